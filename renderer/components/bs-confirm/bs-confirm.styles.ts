import { css } from 'lit';
import { buttonStyles } from '../../styles/shared.styles.ts';
import { dialogStyles, formDialogStyles } from '../bs-help/dialog.styles.ts';

export const styles = [
  dialogStyles,
  buttonStyles,
  formDialogStyles,
  css`
    dialog {
      width: min(28rem, calc(100vw - 2rem));
    }
    .body {
      padding: 1rem 1.1rem;
    }
    p {
      margin: 0.6rem 0 0;
    }
    button {
      padding: 0.35rem 0.8rem;
    }
    .confirm {
      background: var(--accent);
      border-color: var(--accent);
      color: var(--on-accent);
      font-weight: 600;
    }
  `,
];
