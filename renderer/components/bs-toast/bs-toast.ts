import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { styles } from './bs-toast.styles.ts';

/** How long a message stays in view; one with an action (Undo) stays as long as the action is offered. */
export const TOAST_MS = 5_000;
export const TOAST_ACTION_MS = 10_000;

export interface ToastAction {
  label: string;
  run(): void;
}

/**
 * @summary The one status region: what a command did ("Bookmarked", "49 articles marked as read"),
 * shown for a few seconds at the foot of the window and read out by screen readers (a polite live
 * region), with an action button (Undo) while one is offered. The pointer or focus on it keeps it in view.
 * @csspart toast - The visible box.
 */
@customElement('bs-toast')
export class BsToast extends LitElement {
  static override styles = styles;

  /** The message; '' clears it (the announcer clears before repeating one, so it is read again). */
  @property() accessor message = '';
  @property({ attribute: false }) accessor action: ToastAction | null = null;
  /** Whether the message is in view; after it leaves, the text stays in the live region, drawn nowhere. */
  @state() accessor shown = false;

  #timer: ReturnType<typeof setTimeout> | undefined;
  #held = false;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('message') && !changed.has('action')) return;
    clearTimeout(this.#timer);
    this.shown = this.message !== '';
    if (this.shown) this.#schedule();
  }

  #schedule(): void {
    clearTimeout(this.#timer);
    if (this.#held) return;
    this.#timer = setTimeout(() => (this.shown = false), this.action ? TOAST_ACTION_MS : TOAST_MS);
  }

  #hold(held: boolean): void {
    this.#held = held;
    if (held) clearTimeout(this.#timer);
    else if (this.shown) this.#schedule();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#timer);
  }

  #run(): void {
    const action = this.action;
    this.action = null;
    action?.run();
  }

  override render() {
    const action = this.shown ? this.action : null;
    return html`<div part="toast" class="toast ${this.shown ? 'shown' : 'gone'}"
      @pointerenter=${() => this.#hold(true)} @pointerleave=${() => this.#hold(false)}
      @focusin=${() => this.#hold(true)} @focusout=${() => this.#hold(false)}>
      <span class="message" role="status" aria-live="polite">${this.message}</span>
      ${action ? html`<button type="button" class="action" @click=${() => this.#run()}>${action.label}</button>` : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-toast': BsToast;
  }
}
