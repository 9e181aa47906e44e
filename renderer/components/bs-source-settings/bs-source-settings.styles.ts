import { css } from 'lit';
import { buttonStyles } from '../../styles/shared.styles.ts';
import { dialogStyles, formDialogStyles } from '../bs-help/dialog.styles.ts';

export const styles = [
  dialogStyles,
  buttonStyles,
  formDialogStyles,
  css`
    dialog {
      width: min(34rem, calc(100vw - 2rem));
    }
    button {
      padding: 0.35rem 0.8rem;
    }
    .source-title {
      margin: 0.4rem 0 0.6rem;
      font: 600 1.05rem/1.3 var(--font-display);
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.3rem 1rem;
      margin: 0 0 1rem;
    }
    dt {
      color: var(--muted);
    }
    dd {
      margin: 0;
      min-width: 0;
    }
    .url {
      overflow-wrap: anywhere;
      font-family: var(--font-mono);
      font-size: 0.85rem;
    }
    .problem {
      color: var(--accent);
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.3rem;
    }
    select,
    input[type='text'] {
      font: inherit;
      padding: 0.35rem 0.45rem;
      border: 1px solid var(--rule);
      border-radius: 6px;
      background: var(--paper);
      color: var(--ink);
      max-width: 100%;
    }
    input[type='text'] {
      box-sizing: border-box;
      width: 100%;
      margin-bottom: 0.75rem;
    }
    input[type='text'] + datalist + .hint {
      margin: -0.5rem 0 0.9rem;
    }
    .same-feed {
      margin: 0 0 1rem;
      padding: 0.7rem 0.8rem;
      border: 1px solid var(--accent);
      border-radius: 6px;
      background: var(--surface-sunk);
    }
    .same-feed p {
      margin: 0 0 0.5rem;
    }
    .hint {
      color: var(--muted);
      margin: 0.3rem 0 0;
      font-size: 0.82rem;
    }
    .lead {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0 0.5rem;
      align-items: baseline;
      margin-top: 1rem;
    }
    .lead label {
      margin: 0;
    }
    .lead .hint {
      grid-column: 2;
    }
    .status {
      margin: 0.75rem 0 0;
      color: var(--muted);
    }
    .confirm .actions,
    .same-feed .actions {
      justify-content: flex-end;
    }
    button.primary,
    button.danger {
      background: var(--accent);
      border-color: var(--accent);
      color: var(--on-accent);
    }
    button:disabled {
      opacity: 0.6;
      cursor: progress;
    }
  `,
];
