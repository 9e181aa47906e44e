import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { COMMANDS, effectiveKeymap, type CommandId, type CommandSpec, type Keymap } from '../../../electron/shared/commands.ts';
import { currentPlatform, type Platform } from '../../state/keymap.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { keysTemplate } from '../bs-help/bs-help.ts';
import { dialogStyles } from '../bs-help/dialog.styles.ts';
import { styles } from './bs-palette.styles.ts';

/** Commands whose title (or category) holds every word typed, titles starting with the text first. */
export function matchCommands(query: string, commands: readonly CommandSpec[] = COMMANDS): CommandSpec[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...commands];
  const words = q.split(/\s+/);
  const hits = commands.filter((c) => {
    const haystack = `${c.title} ${c.category}`.toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
  const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const wanted = plain(q);
  // Titles that start with what was typed first, then those where every word typed starts a word of the title.
  const starts = (c: CommandSpec) => {
    const title = plain(c.title);
    if (title.startsWith(wanted)) return 0;
    const titleWords = title.split(' ');
    return words.every((w) => titleWords.some((t) => t.startsWith(plain(w)))) ? 1 : 2;
  };
  return hits.map((c, i) => ({ c, i, rank: starts(c) })).sort((a, b) => a.rank - b.rank || a.i - b.i).map((x) => x.c);
}

/**
 * @summary The command palette (Ctrl/Cmd+K): find any action by name and run it.
 * Owns the command app.palette.
 * @fires command-run - The person chose a command; detail `{ id }`. Fired after the palette closed and focus returned.
 */
@customElement('bs-palette')
export class BsPalette extends LitElement {
  static override styles = [dialogStyles, styles];

  @property({ attribute: false }) accessor keymap: Keymap = effectiveKeymap();
  @property() accessor platform: Platform = currentPlatform();
  @state() accessor query = '';
  @state() accessor active = 0;

  @query('input') accessor input!: HTMLInputElement;
  readonly #modal = new ModalDialog(this);
  readonly #commands = new OwnCommands(this, { 'app.palette': () => this.show() });
  #chosen: CommandId | null = null;

  get open(): boolean {
    return this.#modal.open;
  }

  show(): Promise<void> {
    this.query = '';
    this.active = 0;
    this.#chosen = null;
    return this.#modal.show(() => {
      this.input.value = '';
      return this.input;
    });
  }

  close(): void {
    this.#modal.close();
  }

  get #matches(): CommandSpec[] {
    return matchCommands(this.query);
  }

  #choose(id: string): void {
    this.#chosen = id as CommandId;
    this.close();
  }

  #onClose(): void {
    this.#modal.closed();
    const chosen = this.#chosen;
    this.#chosen = null;
    if (chosen) this.dispatchEvent(new CustomEvent('command-run', { detail: { id: chosen }, bubbles: true, composed: true }));
  }

  #onKey(event: KeyboardEvent): void {
    const matches = this.#matches;
    switch (event.key) {
      case 'ArrowDown':
        this.active = matches.length ? (this.active + 1) % matches.length : 0;
        break;
      case 'ArrowUp':
        this.active = matches.length ? (this.active - 1 + matches.length) % matches.length : 0;
        break;
      case 'Home':
      case 'End':
        if (!event.ctrlKey) return;
        this.active = event.key === 'Home' ? 0 : Math.max(0, matches.length - 1);
        break;
      case 'Enter': {
        const command = matches[this.active];
        if (command) this.#choose(command.id);
        break;
      }
      default:
        return;
    }
    event.preventDefault();
    void this.updateComplete.then(() => this.renderRoot.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' }));
  }

  override render() {
    const matches = this.#matches;
    const active = matches[this.active];
    return html`<dialog aria-label="Command palette" @close=${this.#onClose}>
      <div class="search">
        <input
          type="text"
          role="combobox"
          aria-label="Find a command"
          placeholder="Type a command…"
          aria-expanded="true"
          aria-controls="commands"
          aria-autocomplete="list"
          aria-activedescendant=${active ? `command-${active.id.replace('.', '-')}` : nothing}
          autocomplete="off"
          spellcheck="false"
          @input=${(e: InputEvent) => {
            this.query = (e.target as HTMLInputElement).value;
            this.active = 0;
          }}
          @keydown=${this.#onKey}
        />
      </div>
      <ul id="commands" role="listbox" aria-label="Commands">
        ${matches.map(
          (c, i) => html`<li
            role="option"
            id="command-${c.id.replace('.', '-')}"
            aria-selected=${i === this.active ? 'true' : 'false'}
            @click=${() => this.#choose(c.id)}
            @mousemove=${() => (this.active = i)}
          >
            <span class="title">${c.title}</span>
            <span class="category muted">${c.category}</span>
            <span class="keys">${this.keymap[c.id as CommandId]?.[0] ? keysTemplate(this.keymap[c.id as CommandId][0]!, this.platform) : nothing}</span>
          </li>`,
        )}
      </ul>
      ${matches.length === 0 ? html`<p class="empty muted" role="status">No command matches “${this.query}”.</p>` : html`<p class="visually-hidden" role="status">${matches.length} commands</p>`}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-palette': BsPalette;
  }
  interface GlobalEventHandlersEventMap {
    'command-run': CustomEvent<{ id: CommandId }>;
  }
}
