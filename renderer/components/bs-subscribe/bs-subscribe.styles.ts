import { css } from 'lit';

export const styles = css`
  :host {
    display: inline-block;
    font: 0.88rem/1.35 var(--font-ui);
  }
  .open {
    all: unset;
    cursor: pointer;
    padding: 0.2rem 0.5rem;
    border-radius: 6px;
    color: var(--link);
    font-weight: 600;
  }
  .open:hover {
    background: var(--surface-hover);
  }
  .open:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  dialog {
    width: min(32rem, 90vw);
    border: 1px solid var(--rule);
    border-radius: 10px;
    background: var(--surface);
    color: var(--ink);
    padding: 1.25rem 1.4rem;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  h2 {
    font: 600 1.15rem/1.2 var(--font-display);
    margin: 0 0 0.75rem;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.3rem;
  }
  .hint {
    color: var(--muted);
    margin: 0.3rem 0 0;
    font-size: 0.82rem;
  }
  input[type='text'] {
    box-sizing: border-box;
    width: 100%;
    font: inherit;
    padding: 0.45rem 0.55rem;
    border: 1px solid var(--rule);
    border-radius: 6px;
    background: var(--paper);
    color: var(--ink);
  }
  fieldset {
    border: 0;
    margin: 0.9rem 0 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    margin-bottom: 0.3rem;
  }
  .candidate {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    padding: 0.3rem 0;
    font-weight: normal;
  }
  .candidate small {
    display: block;
    color: var(--muted);
    word-break: break-all;
  }
  .error {
    margin: 0.75rem 0 0;
    color: var(--accent);
  }
  .status {
    margin: 0.75rem 0 0;
    color: var(--muted);
  }
  .actions {
    display: flex;
    justify-content: flex-end;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .actions button {
    font: inherit;
    padding: 0.4rem 0.9rem;
    border-radius: 6px;
    border: 1px solid var(--rule);
    background: var(--surface);
    color: var(--ink);
    cursor: pointer;
  }
  .actions button[type='submit'] {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--on-accent);
  }
  .actions button:disabled {
    opacity: 0.6;
    cursor: progress;
  }
`;
