import { css } from 'lit';
import { visuallyHidden } from '../../styles/shared.styles.ts';

export const styles = [
  visuallyHidden,
  css`
  :host {
    display: block;
    overflow-y: auto;
    min-height: 0;
    background: var(--surface-sunk);
    border-right: 1px solid var(--rule);
    padding: 0.75rem 0.5rem;
    font: 0.88rem/1.3 var(--font-ui);
  }
  h2 {
    font: 600 0.7rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.1em;
    color: var(--muted);
    margin: 1.1rem 0.5rem 0.4rem;
  }
  ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  button {
    all: unset;
    box-sizing: border-box;
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    width: 100%;
    padding: 0.4rem 0.5rem;
    border-radius: 6px;
    cursor: pointer;
    color: var(--ink);
  }
  button:hover {
    background: var(--surface-hover);
  }
  button[aria-current='true'] {
    background: var(--selection);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    button[aria-current='true'],
    button[aria-current='true'] * {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    button[aria-current='true']:focus-visible {
      outline-color: HighlightText;
    }
  }
  button:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: -2px;
  }
  .count {
    color: var(--muted);
    font-variant-numeric: tabular-nums;
  }
  .feed-tools {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem;
    margin: 0 0.25rem 0.4rem;
  }
  .feed-tools .add {
    display: inline-block;
    width: auto;
    padding: 0.2rem 0.5rem;
    color: var(--link);
    font-weight: 600;
  }
  .source-problem {
    margin: 0 0.5rem 0.35rem;
    font-size: 0.76rem;
    line-height: 1.3;
    color: var(--muted);
  }
  .name {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .row {
    position: relative;
    display: flex;
    align-items: center;
  }
  .row > button[data-item] {
    flex: 1;
    min-width: 0;
  }
  /* Sources inside a folder sit under its name. */
  .folder ul {
    padding-left: 0.75rem;
  }
  .twisty {
    flex: none;
    width: 1rem;
    text-align: center;
    color: var(--muted);
    cursor: pointer;
    user-select: none;
  }
  .folder > .row > button[data-item] {
    padding-left: 0.2rem;
    font-weight: 600;
  }
  /* The settings button shows over the count of the row under the pointer, so it costs the
     names no width; on the current source it keeps a place of its own beside the count. */
  button.settings {
    position: absolute;
    inset: 0 0 0 auto;
    align-items: center;
    width: auto;
    padding: 0 0.5rem;
    color: var(--muted);
    background: var(--surface-hover);
    opacity: 0;
  }
  .row:hover > button.settings,
  button.settings:focus-visible {
    opacity: 1;
  }
  button[aria-current='true'] + button.settings {
    position: static;
    padding: 0.4rem 0.4rem;
    background: none;
    opacity: 1;
  }
  button.settings:hover {
    color: var(--ink);
  }
  /* Forced colours draw no hover backgrounds: every settings button gets its own place. */
  @media (forced-colors: active) {
    button.settings {
      position: static;
      opacity: 1;
    }
  }
`,
];
