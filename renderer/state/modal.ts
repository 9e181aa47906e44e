// What every Broadsheet dialog shares: it opens with showModal() (the browser
// keeps focus inside and Escape closes it), hands focus to a chosen control,
// and gives focus back to where it was when it closes.
import type { ReactiveController, ReactiveElement } from 'lit';
import { deepActiveElement } from './focus.ts';

export class ModalDialog implements ReactiveController {
  readonly #host: ReactiveElement;
  #returnFocus: HTMLElement | null = null;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {}

  get dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  get open(): boolean {
    return this.dialog?.open ?? false;
  }

  /** Opens after the host's pending render; `focusTarget` picks the control that gets focus. */
  async show(focusTarget: () => HTMLElement | null | undefined): Promise<void> {
    this.#returnFocus ??= deepActiveElement();
    await this.#host.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    focusTarget()?.focus();
  }

  close(): void {
    if (this.dialog?.open) this.dialog.close();
  }

  /** Call from the dialog's close event: focus goes back where it was before the dialog opened. */
  closed(): void {
    const target = this.#returnFocus;
    this.#returnFocus = null;
    target?.focus();
  }
}
