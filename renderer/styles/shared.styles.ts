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

/** The plain bordered button of lists, masthead and reading pane; each component sets only its padding. */
export const buttonStyles = css`
  button {
    font: 0.85rem var(--font-ui);
    border: 1px solid var(--rule);
    border-radius: 6px;
    background: var(--surface);
    color: var(--ink);
    cursor: pointer;
  }
  button[aria-pressed='true'] {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--on-accent);
  }
  button:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
`;
