import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    margin: 0 0 1.25rem;
    font: 0.8rem/1.4 var(--font-ui);
    color: var(--muted);
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
    padding: 0.4rem 0;
    border-block: 1px solid var(--rule);
  }
  .segmented {
    display: inline-flex;
    border: 1px solid var(--rule);
    border-radius: 999px;
    overflow: hidden;
  }
  button {
    font: inherit;
    padding: 0.2rem 0.75rem;
    border: 0;
    background: transparent;
    color: var(--muted-ink);
    cursor: pointer;
  }
  button + button {
    border-inline-start: 1px solid var(--rule);
  }
  button[aria-pressed='true'] {
    background: var(--surface-sunk);
    color: var(--ink);
    font-weight: 600;
  }
  button:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: -2px;
  }
  button:disabled {
    cursor: progress;
  }
`;
