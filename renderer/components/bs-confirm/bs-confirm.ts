import { html, LitElement } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import { ModalDialog } from '../../state/modal.ts';
import { styles } from './bs-confirm.styles.ts';

export interface Question {
  /** The dialog's title, a question: "Mark all as read?" */
  title: string;
  /** What will happen, in a sentence or two. */
  message: string;
  /** The button that goes ahead: "Mark 49 as read". */
  confirm: string;
}

/**
 * @summary Asks before an action that changes more than the person can see (mark all as read over
 * more than a screenful). The answer that goes ahead has focus, so Enter confirms and Escape cancels.
 * @csspart dialog - The modal dialog.
 */
@customElement('bs-confirm')
export class BsConfirm extends LitElement {
  static override styles = styles;

  @state() accessor question: Question | null = null;

  readonly #modal = new ModalDialog(this);
  #answer: ((yes: boolean) => void) | null = null;

  get open(): boolean {
    return this.#modal.open;
  }

  /** Shows the question; resolves true when the person goes ahead, false when they cancel or close it. */
  ask(question: Question): Promise<boolean> {
    this.#answer?.(false);
    this.question = question;
    const answered = new Promise<boolean>((resolve) => (this.#answer = resolve));
    void this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('.confirm'));
    return answered;
  }

  #answerWith(yes: boolean): void {
    const answer = this.#answer;
    this.#answer = null;
    this.#modal.close();
    answer?.(yes);
  }

  override render() {
    const q = this.question;
    return html`<dialog part="dialog" aria-labelledby="confirm-title" aria-describedby="confirm-message"
      @close=${() => {
        this.#modal.closed();
        this.#answerWith(false);
      }}>
      <div class="body">
        <h2 id="confirm-title">${q?.title ?? ''}</h2>
        <p id="confirm-message">${q?.message ?? ''}</p>
        <div class="actions">
          <span class="spacer"></span>
          <button type="button" class="cancel" @click=${() => this.#answerWith(false)}>Cancel</button>
          <button type="button" class="confirm" @click=${() => this.#answerWith(true)}>${q?.confirm ?? 'OK'}</button>
        </div>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-confirm': BsConfirm;
  }
}
