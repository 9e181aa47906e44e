import { css } from 'lit';
import { buttonStyles } from '../../styles/shared.styles.ts';
import { dialogStyles, formDialogStyles } from '../bs-help/dialog.styles.ts';

export const styles = [
  dialogStyles,
  buttonStyles,
  formDialogStyles,
  css`
    :host {
      display: contents;
    }
    dialog {
      width: min(34rem, calc(100vw - 2rem));
    }
    button {
      padding: 0.35rem 0.8rem;
    }
    p {
      margin: 0.4rem 0 0.8rem;
    }
    .status:empty {
      display: none;
    }
    .status {
      font-weight: 600;
    }
    .counts {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4rem 1.2rem;
      list-style: none;
      margin: 0 0 0.8rem;
      padding: 0;
    }
    .counts strong {
      font: 700 1.1rem/1 var(--font-display);
    }
    .counts .zero {
      color: var(--muted);
    }
    h3 {
      margin: 0.6rem 0 0.3rem;
      font: 700 0.75rem/1 var(--font-ui);
      text-transform: uppercase;
      letter-spacing: 0.08em;
      color: var(--accent);
    }
    .problems {
      margin: 0 0 0.8rem;
      padding-left: 1.2rem;
      max-height: 12rem;
      overflow: auto;
      overflow-wrap: anywhere;
    }
    .hint {
      color: var(--muted);
      font-size: 0.85rem;
    }
    fieldset {
      margin: 0;
      padding: 0.4rem 0.8rem 0.6rem;
      border: 1px solid var(--rule);
      border-radius: 6px;
    }
    legend {
      font-weight: 600;
      padding: 0 0.3rem;
    }
    .choice {
      display: flex;
      align-items: baseline;
      gap: 0.5rem;
      padding: 0.3rem 0;
      cursor: pointer;
    }
    .choice .label {
      font-weight: 600;
    }
    button.primary {
      background: var(--accent);
      border-color: var(--accent);
      color: var(--on-accent);
    }
    button:disabled,
    fieldset:disabled {
      opacity: 0.6;
    }
    @media (forced-colors: active) {
      .error {
        border-color: CanvasText;
      }
    }
  `,
];
