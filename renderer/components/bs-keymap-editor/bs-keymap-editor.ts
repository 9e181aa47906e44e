import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import {
  CATEGORIES,
  commandById,
  COMMANDS,
  effectiveKeymap,
  findConflicts,
  type CommandId,
  type KeymapOverrides,
} from '../../../electron/shared/commands.ts';
import { chordOf, currentPlatform, type Platform } from '../../state/keymap.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { keysTemplate } from '../bs-help/bs-help.ts';
import { dialogStyles } from '../bs-help/dialog.styles.ts';
import { styles } from './bs-keymap-editor.styles.ts';

/** After one key, how long recording waits for a second key of a sequence ('g' then 'a'). */
const NEXT_CHORD_MS = 900;

interface Pending {
  id: CommandId;
  binding: string;
  clashesWith: CommandId[];
}

/**
 * @summary Rebind any command: record a key or sequence, see clashes before they happen, reset one or all.
 * Owns the command app.keymap.
 * @fires keymap-change - New overrides to store as the `keymap` preference; detail `{ keymap }`.
 */
@customElement('bs-keymap-editor')
export class BsKeymapEditor extends LitElement {
  static override styles = [dialogStyles, styles];

  @property({ attribute: false }) accessor overrides: KeymapOverrides = {};
  @property() accessor platform: Platform = currentPlatform();
  @state() accessor recording: CommandId | null = null;
  @state() accessor recorded: string[] = [];
  @state() accessor pending: Pending | null = null;
  @state() accessor message = '';

  readonly #modal = new ModalDialog(this);
  readonly #commands = new OwnCommands(this, { 'app.keymap': () => this.show() });
  #recordTimer: ReturnType<typeof setTimeout> | undefined;

  get open(): boolean {
    return this.#modal.open;
  }

  show(): Promise<void> {
    this.message = '';
    return this.#modal.show(() => this.renderRoot.querySelector<HTMLElement>('.close'));
  }

  close(): void {
    this.#modal.close();
  }

  #onClose(): void {
    this.#stopRecording();
    this.pending = null;
    this.#modal.closed();
  }

  #save(overrides: KeymapOverrides, message: string): void {
    // Overrides equal to the defaults are dropped, so a later change of a default still reaches this person.
    const clean: KeymapOverrides = {};
    for (const [id, bindings] of Object.entries(overrides)) {
      const defaults = commandById(id)?.keys ?? [];
      if (bindings.length !== defaults.length || bindings.some((b, i) => b !== defaults[i])) clean[id] = bindings;
    }
    this.overrides = clean;
    this.message = message;
    this.dispatchEvent(new CustomEvent('keymap-change', { detail: { keymap: clean }, bubbles: true, composed: true }));
  }

  #title(id: CommandId): string {
    return commandById(id)?.title ?? id;
  }

  #startRecording(id: CommandId): void {
    this.pending = null;
    this.recording = id;
    this.recorded = [];
    this.message = `Press the new key or keys for “${this.#title(id)}”, then Enter. Escape cancels.`;
  }

  #stopRecording(): void {
    clearTimeout(this.#recordTimer);
    this.recording = null;
    this.recorded = [];
  }

  #onRecordKey(event: KeyboardEvent): void {
    const id = this.recording;
    if (!id) return;
    if (event.key === 'Tab') {
      this.#stopRecording();
      this.message = 'Not changed.';
      return;
    }
    event.preventDefault();
    event.stopPropagation();
    // Enter and Escape end a recording, as they end anything typed: Enter keeps the keys pressed
    // so far, Escape drops them. Neither is recorded (so "f then Enter" is f).
    const plainEnter = event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey;
    if (event.key === 'Escape' || (plainEnter && this.recorded.length === 0)) {
      this.#stopRecording();
      this.message = 'Not changed.';
      return;
    }
    if (plainEnter) {
      this.#finishRecording();
      return;
    }
    const chord = chordOf(event, this.platform);
    if (!chord) return;
    this.recorded = [...this.recorded, chord];
    clearTimeout(this.#recordTimer);
    if (this.recorded.length >= 3) this.#finishRecording();
    else this.#recordTimer = setTimeout(() => this.#finishRecording(), NEXT_CHORD_MS);
  }

  #finishRecording(): void {
    const id = this.recording;
    const binding = this.recorded.join(' ');
    this.#stopRecording();
    if (!id || !binding) return;
    const keymap = effectiveKeymap(this.overrides);
    if (keymap[id].includes(binding)) {
      this.message = `“${this.#title(id)}” already uses that key.`;
      return;
    }
    const candidate = { ...keymap, [id]: [...keymap[id], binding] };
    const clashesWith = [...new Set(findConflicts(candidate).filter((c) => c.commands.includes(id)).map((c) => (c.commands[0] === id ? c.commands[1] : c.commands[0])))];
    if (clashesWith.length > 0) {
      this.pending = { id, binding, clashesWith };
      this.message = '';
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.conflict button')?.focus());
      return;
    }
    this.#save({ ...this.overrides, [id]: [...keymap[id], binding] }, `“${this.#title(id)}” now also uses ${binding}.`);
    void this.updateComplete.then(() => this.#focusRow(id));
  }

  /** Takes the key from the clashing commands and gives it to the pending one. */
  #reassign(): void {
    const pending = this.pending;
    if (!pending) return;
    const keymap = effectiveKeymap(this.overrides);
    const next: KeymapOverrides = { ...this.overrides, [pending.id]: [...keymap[pending.id], pending.binding] };
    for (const other of pending.clashesWith) {
      next[other] = keymap[other].filter((b) => b !== pending.binding && !b.startsWith(`${pending.binding} `) && !pending.binding.startsWith(`${b} `));
    }
    this.pending = null;
    this.#save(next, `${pending.binding} now runs “${this.#title(pending.id)}”; removed from ${pending.clashesWith.map((c) => `“${this.#title(c)}”`).join(', ')}.`);
    void this.updateComplete.then(() => this.#focusRow(pending.id));
  }

  #remove(id: CommandId, binding: string): void {
    const keymap = effectiveKeymap(this.overrides);
    this.#save({ ...this.overrides, [id]: keymap[id].filter((b) => b !== binding) }, `Removed ${binding} from “${this.#title(id)}”.`);
    void this.updateComplete.then(() => this.#focusRow(id));
  }

  #reset(id: CommandId): void {
    const { [id]: _dropped, ...rest } = this.overrides;
    this.#save(rest, `“${this.#title(id)}” is back to its default keys.`);
    void this.updateComplete.then(() => this.#focusRow(id));
  }

  #resetAll(): void {
    this.#save({}, 'All shortcuts are back to their defaults.');
  }

  #focusRow(id: CommandId): void {
    this.renderRoot.querySelector<HTMLElement>(`tr[data-command="${id}"] .add`)?.focus();
  }

  #conflict(pending: Pending) {
    const names = pending.clashesWith.map((c) => `“${this.#title(c)}”`).join(' and ');
    return html`<div class="conflict" role="alert">
      <p>${keysTemplate(pending.binding, this.platform)} is already used by ${names}.</p>
      <button type="button" @click=${() => this.#reassign()}>Use it for “${this.#title(pending.id)}”</button>
      <button type="button" @click=${() => {
        this.pending = null;
        this.message = 'Not changed.';
        this.#focusRow(pending.id);
      }}>Keep the current keys</button>
    </div>`;
  }

  override render() {
    const keymap = effectiveKeymap(this.overrides);
    return html`<dialog aria-labelledby="keymap-title" @close=${this.#onClose} @keydown=${this.#onRecordKey}>
      <header>
        <h2 id="keymap-title">Customize keyboard shortcuts</h2>
        <span>
          <button type="button" class="reset-all" ?disabled=${Object.keys(this.overrides).length === 0} @click=${() => this.#resetAll()}>Reset all</button>
          <button type="button" class="close" @click=${() => this.close()}>Done</button>
        </span>
      </header>
      ${this.pending ? this.#conflict(this.pending) : nothing}
      <p class="message" role="status">${this.message}</p>
      <div class="body">
        ${CATEGORIES.map(
          (category) => html`<table>
            <caption>${category}</caption>
            <tbody>
              ${COMMANDS.filter((c) => c.category === category).map((c) => {
                const id = c.id as CommandId;
                const changed = id in this.overrides;
                return html`<tr data-command=${id}>
                  <th scope="row">${c.title}${changed ? html` <span class="muted">(changed)</span>` : nothing}</th>
                  <td class="keys">
                    ${keymap[id].map(
                      (b) => html`<span class="binding">${keysTemplate(b, this.platform)}<button type="button" class="remove" aria-label="Remove ${b} from ${c.title}" @click=${() => this.#remove(id, b)}>×</button></span>`,
                    )}
                  </td>
                  <td class="actions">
                    <button type="button" class="add" aria-label="Add a key for ${c.title}" aria-pressed=${this.recording === id ? 'true' : 'false'} @click=${() => this.#startRecording(id)}>
                      ${this.recording === id ? (this.recorded.length ? this.recorded.join(' ') + '…' : 'Press a key…') : 'Add key'}
                    </button>
                    ${changed ? html`<button type="button" class="reset" aria-label="Reset ${c.title}" @click=${() => this.#reset(id)}>Reset</button>` : nothing}
                  </td>
                </tr>`;
              })}
            </tbody>
          </table>`,
        )}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-keymap-editor': BsKeymapEditor;
  }
  interface GlobalEventHandlersEventMap {
    'keymap-change': CustomEvent<{ keymap: KeymapOverrides }>;
  }
}
