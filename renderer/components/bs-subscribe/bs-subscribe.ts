import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { FeedCandidate, SourceInfo } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { emit } from '../../state/events.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-subscribe.styles.ts';

type Phase = 'idle' | 'working' | 'choose';

/**
 * @summary "Add source": paste a feed or site address; when the site offers several feeds, pick one.
 * Owns the command source.add (a key, the palette, the File menu, the sidebar's "+ Add source").
 * @fires source-added - A source was subscribed (or was already there); detail has the source.
 * @csspart dialog - The modal dialog.
 */
@customElement('bs-subscribe')
export class BsSubscribe extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  @state() accessor phase: Phase = 'idle';
  @state() accessor error = '';
  @state() accessor candidates: FeedCandidate[] = [];
  @state() accessor chosen = '';

  /** Draws its own "+ Add source" button; the app's copy is the dialog alone, opened by the command. */
  @property({ type: Boolean }) accessor button = true;

  @query('input[name="address"]') accessor input!: HTMLInputElement;
  readonly #modal = new ModalDialog(this);
  readonly #commands = new OwnCommands(this, { 'source.add': () => this.show() });

  #address = '';

  /** Opens the dialog with an empty form. */
  async show(): Promise<void> {
    this.phase = 'idle';
    this.error = '';
    this.candidates = [];
    await this.#modal.show(() => {
      this.input.value = '';
      return this.input;
    });
  }

  close(): void {
    this.#modal.close();
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (!this.api || this.phase === 'working') return;
    const choice = this.phase === 'choose' ? this.chosen : undefined;
    if (this.phase !== 'choose') this.#address = this.input.value.trim();
    if (!this.#address) {
      this.error = 'Paste the address of a feed or of a news site.';
      return;
    }
    this.phase = 'working';
    this.error = '';
    try {
      const result = await this.api.feeds.subscribe(this.#address, choice);
      if (result.kind === 'choose') {
        this.candidates = result.candidates;
        this.chosen = result.candidates[0]?.url ?? '';
        this.phase = 'choose';
        return;
      }
      this.#added(result.source, result.alreadySubscribed, result.newArticles);
    } catch (error) {
      this.error = errorMessage(error);
      this.phase = choice ? 'choose' : 'idle';
    }
  }

  #added(source: SourceInfo, already: boolean, newArticles: number): void {
    this.phase = 'idle';
    this.close();
    emit(this, 'source-added', { source, alreadySubscribed: already, newArticles });
  }

  #body() {
    if (this.phase === 'choose' || (this.phase === 'working' && this.candidates.length)) {
      return html`<fieldset>
        <legend>This site has ${this.candidates.length} feeds. Which one?</legend>
        ${this.candidates.map(
          (c) => html`<label class="candidate">
            <input type="radio" name="candidate" .value=${c.url} .checked=${c.url === this.chosen} @change=${() => (this.chosen = c.url)} />
            <span>${c.title ?? c.url}${c.format ? html` <small>${c.format.toUpperCase()} · ${c.url}</small>` : html`<small>${c.url}</small>`}</span>
          </label>`,
        )}
      </fieldset>`;
    }
    return nothing;
  }

  override render() {
    const working = this.phase === 'working';
    return html`${this.button ? html`<button class="open" type="button" @click=${() => void this.show()} aria-haspopup="dialog">+ Add source</button>` : nothing}
      <dialog part="dialog" aria-labelledby="subscribe-title" @close=${() => {
        this.phase = 'idle';
        this.#modal.closed();
      }}>
        <form @submit=${this.#submit}>
          <h2 id="subscribe-title">Add a source</h2>
          <label for="address">Feed or site address</label>
          <input id="address" name="address" type="text" inputmode="url" autocomplete="url" spellcheck="false" placeholder="https://news.example/" ?readonly=${working || this.phase === 'choose'} aria-describedby="address-hint" />
          <p class="hint" id="address-hint">Paste a feed, or just a site's address: Broadsheet finds its feed.</p>
          ${this.#body()}
          ${working ? html`<p class="status" role="status">${this.candidates.length ? 'Subscribing…' : 'Looking for the feed…'}</p>` : nothing}
          ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
          <div class="actions">
            <button type="button" @click=${() => this.close()}>Cancel</button>
            <button type="submit" ?disabled=${working}>Subscribe</button>
          </div>
        </form>
      </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-subscribe': BsSubscribe;
  }
  interface GlobalEventHandlersEventMap {
    'source-added': CustomEvent<{ source: SourceInfo; alreadySubscribed: boolean; newArticles: number }>;
  }
}
