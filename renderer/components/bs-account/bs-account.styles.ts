import { css } from 'lit';
import { buttonStyles } from '../../styles/shared.styles.ts';
import { dialogStyles, formDialogStyles } from '../bs-help/dialog.styles.ts';

export const styles = [
  dialogStyles,
  buttonStyles,
  formDialogStyles,
  css`
    dialog {
      width: min(36rem, calc(100vw - 2rem));
    }
    button {
      padding: 0.35rem 0.8rem;
    }
    .intro {
      margin: 0.4rem 0 0.8rem;
      color: var(--muted);
    }
    .field {
      margin: 0 0 0.8rem;
    }
    label {
      display: block;
      font-weight: 600;
      margin-bottom: 0.3rem;
    }
    input,
    select {
      box-sizing: border-box;
      width: 100%;
      font: inherit;
      padding: 0.35rem 0.45rem;
      border: 1px solid var(--rule);
      border-radius: 6px;
      background: var(--paper);
      color: var(--ink);
    }
    .hint {
      color: var(--muted);
      margin: 0.3rem 0 0;
      font-size: 0.82rem;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.3rem 1rem;
      margin: 0.4rem 0 1rem;
    }
    dt {
      color: var(--muted);
    }
    dd {
      margin: 0;
      min-width: 0;
      overflow-wrap: anywhere;
    }
    .problem {
      color: var(--accent);
    }
    .status {
      margin: 0.75rem 0 0;
      color: var(--muted);
    }
    .status.ok {
      color: var(--ink);
    }
    progress {
      width: 100%;
      margin-top: 0.3rem;
    }
    .confirm .actions {
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
    @media (forced-colors: active) {
      input,
      select {
        border-color: ButtonText;
      }
    }
  `,
];
