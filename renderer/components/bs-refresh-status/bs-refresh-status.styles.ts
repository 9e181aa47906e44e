import { css } from 'lit';

export const styles = css`
  :host {
    display: flex;
    align-items: center;
    gap: 0.4rem;
    font: 0.8rem/1.3 var(--font-ui);
    color: var(--muted);
    min-height: 1.6rem;
  }
  button {
    all: unset;
    cursor: pointer;
    padding: 0.2rem 0.5rem;
    border-radius: 6px;
    color: var(--link);
    font-weight: 600;
  }
  button:hover {
    background: var(--surface-hover);
  }
  button:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  button[aria-disabled='true'] {
    cursor: progress;
    color: var(--muted);
  }
  progress {
    width: 4rem;
    height: 0.4rem;
    accent-color: var(--accent);
  }
`;
