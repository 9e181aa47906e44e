import { css } from 'lit';

export const styles = css`
  :host {
    display: contents;
  }
  dialog {
    max-width: min(32rem, calc(100vw - 2rem));
    padding: 1.5rem;
    border: 1px solid var(--rule);
    border-top: 4px solid var(--rule-strong);
    background: var(--surface);
    color: var(--ink);
    font: 400 0.95rem/1.5 var(--font-ui);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  h2 {
    font: 700 1.3rem/1.2 var(--font-display);
    margin: 0 0 0.75rem;
  }
  p {
    margin: 0 0 1rem;
    color: var(--muted-ink);
  }
  .target {
    color: var(--ink);
    overflow-wrap: anywhere;
  }
  .more {
    font-size: 0.85rem;
    color: var(--muted);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  button {
    font: 600 0.9rem/1 var(--font-ui);
    padding: 0.6rem 1rem;
    border: 1px solid var(--rule);
    border-radius: 4px;
    background: var(--surface-sunk);
    color: var(--ink);
    cursor: pointer;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--on-accent);
  }
  button:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.6;
    cursor: default;
  }
`;
