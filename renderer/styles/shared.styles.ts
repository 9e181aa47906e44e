// Styles several components share. Each component lists these before its own.
import { css } from 'lit';

/** Text for screen readers only: kept in the accessibility tree, not drawn. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
