import { html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { bindingLabel, CATEGORIES, COMMANDS, effectiveKeymap, type Keymap } from '../../../electron/shared/commands.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { currentPlatform, type Platform } from '../../state/keymap.ts';
import { dialogStyles } from './dialog.styles.ts';
import { styles } from './bs-help.styles.ts';


/** Renders a binding as keys: chords as <kbd>, sequences joined by "then". */
export function keysTemplate(binding: string, platform: Platform) {
  const chords = bindingLabel(binding, platform).split(' then ');
  return chords.map((chord, i) => html`${i > 0 ? html` <span class="muted">then</span> ` : ''}<kbd>${chord}</kbd>`);
}

/**
 * @summary The keyboard shortcuts overlay (?): every command of the command table with its current keys.
 * Owns the command app.help.
 * A modal dialog: focus stays inside while open and returns where it was on close.
 */
@customElement('bs-help')
export class BsHelp extends LitElement {
  static override styles = [dialogStyles, styles];

  @property({ attribute: false }) accessor keymap: Keymap = effectiveKeymap();
  @property() accessor platform: Platform = currentPlatform();

  readonly #modal = new ModalDialog(this);
  readonly #commands = new OwnCommands(this, { 'app.help': () => this.show() });

  get open(): boolean {
    return this.#modal.open;
  }

  show(): Promise<void> {
    return this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('.close'));
  }

  close(): void {
    this.#modal.close();
  }

  #onClose(): void {
    this.#modal.closed();
  }

  override render() {
    return html`<dialog aria-labelledby="help-title" @close=${this.#onClose}>
      <header>
        <h2 id="help-title">Keyboard shortcuts</h2>
        <button type="button" class="close" @click=${() => this.close()}>Close</button>
      </header>
      <div class="body" tabindex="0" aria-label="Shortcut list">
        <p class="muted">Keys do nothing while you type in a text field. Change any of them with “Customize keyboard shortcuts” in the command palette (${bindingLabel('Mod+K', this.platform)}).</p>
        ${CATEGORIES.map((category) => {
          const commands = COMMANDS.filter((c) => c.category === category);
          return html`<table>
            <caption>${category}</caption>
            <tbody>
              ${commands.map(
                (c) => html`<tr data-command=${c.id}>
                  <th scope="row">${c.title}</th>
                  <td>${this.keymap[c.id].length ? this.keymap[c.id].map((b, i) => html`${i > 0 ? html`<span class="muted"> or </span>` : ''}${keysTemplate(b, this.platform)}`) : html`<span class="muted">no key</span>`}</td>
                </tr>`,
              )}
            </tbody>
          </table>`;
        })}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-help': BsHelp;
  }
}
