// Shared look of Broadsheet's modal overlays (help, palette, keymap editor, source settings, import and export).
import { css } from 'lit';

export const dialogStyles = css`
  /* Section titles of the tables in help and the keymap editor. */
  caption {
    text-align: left;
    font: 700 0.75rem/1 var(--font-ui);
    text-transform: uppercase;
    letter-spacing: 0.08em;
    color: var(--accent);
    padding: 0.6rem 0 0.4rem;
  }
  dialog {
    box-sizing: border-box;
    width: min(44rem, calc(100vw - 2rem));
    max-height: min(40rem, calc(100vh - 2rem));
    padding: 0;
    border: 1px solid var(--rule);
    border-radius: 8px;
    background: var(--surface);
    color: var(--ink);
    box-shadow: 0 12px 40px rgb(0 0 0 / 0.25);
    font: 0.95rem/1.45 var(--font-ui);
  }
  dialog[open] {
    display: flex;
    flex-direction: column;
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.35);
  }
  header {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.8rem 1rem;
    border-bottom: 1px solid var(--rule);
  }
  h2 {
    margin: 0;
    font: 700 1.2rem/1.2 var(--font-display);
  }
  .body {
    overflow: auto;
    padding: 0.5rem 1rem 1rem;
  }
  button {
    font: inherit;
    color: var(--ink);
    background: var(--surface);
    border: 1px solid var(--rule);
    border-radius: 4px;
    padding: 0.2rem 0.6rem;
    cursor: pointer;
  }
  :is(button, input, select, [tabindex]):focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  kbd {
    display: inline-block;
    min-width: 1.2em;
    padding: 0.05rem 0.35rem;
    border: 1px solid var(--rule);
    border-bottom-width: 2px;
    border-radius: 4px;
    background: var(--surface-sunk);
    font: 0.85rem/1.3 var(--font-mono);
    text-align: center;
    color: var(--ink);
  }
  .muted {
    color: var(--muted);
  }
  @media (forced-colors: active) {
    dialog {
      border: 2px solid CanvasText;
    }
    kbd,
    button {
      border-color: ButtonText;
    }
  }
  @media (prefers-reduced-motion: no-preference) {
    dialog[open] {
      animation: rise 120ms ease-out;
    }
    @keyframes rise {
      from {
        opacity: 0;
        transform: translateY(6px);
      }
    }
  }
`;

/** The dialogs that ask something (source settings, import and export): a bordered error line and a row of actions. */
export const formDialogStyles = css`
  /* A question asked inside the dialog before something is removed (unsubscribe, remove an account). */
  div.confirm {
    margin-top: 1rem;
    padding: 0.7rem 0.8rem;
    border: 1px solid var(--rule);
    border-radius: 6px;
    background: var(--surface-sunk);
  }
  div.confirm p {
    margin: 0;
  }
  .error {
    margin: 0.75rem 0 0;
    padding: 0.5rem 0.7rem;
    border: 1px solid var(--accent);
    border-radius: 6px;
    color: var(--accent);
  }
  .actions {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-top: 1rem;
  }
  .spacer {
    flex: 1;
  }
`;
