import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { SourceInfo } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext, apiContext, libraryContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { emit } from '../../state/events.ts';
import { closestDeep, deepActiveElement } from '../../state/focus.ts';
import { fullDate } from '../../state/format.ts';
import type { LibraryStore } from '../../state/library-store.ts';
import { ModalDialog } from '../../state/modal.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { ago } from '../bs-nav/source-status.ts';
import { styles } from './bs-source-settings.styles.ts';

/** The intervals offered, in minutes; the contract accepts 5 minutes to 24 hours. */
export const REFRESH_CHOICES = [5, 10, 15, 30, 60, 120, 180, 360, 720, 1440] as const;

export function intervalLabel(minutes: number): string {
  if (minutes % 60 !== 0) return `${minutes} minutes`;
  const hours = minutes / 60;
  return hours === 1 ? '1 hour' : `${hours} hours`;
}

type Phase = 'idle' | 'saving' | 'confirm-unsubscribe' | 'unsubscribing' | 'confirm-remove-edition' | 'removing-edition' | 'keeping-one';

/** A folder as typed: spaces tidied, empty for none. */
const folderName = (value: string) => value.replace(/\s+/g, ' ').trim();

/**
 * @summary One source's settings: its feed address, when it last updated and what last went wrong,
 * its own refresh interval (or the preference), and Unsubscribe after a confirmation.
 * A failed save keeps the dialog open with the choice still made, and says why.
 * "Prefer as the story's lead" applies at once: when several sources cover one story, the folded
 * list shows this source's version.
 * Owns the command source.settings, and announces a saved interval or lead.
 * @fires source-changed - The refresh interval was saved or the story lead changed; detail has the updated source.
 * @fires source-removed - The source was unsubscribed; detail has its id and title.
 * @csspart dialog - The modal dialog.
 */
@customElement('bs-source-settings')
export class BsSourceSettings extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  /** The preference every source follows unless it has its own interval (minutes). */
  @property({ type: Number, attribute: 'default-minutes' }) accessor defaultMinutes = 30;

  @state() accessor source: SourceInfo | null = null;
  @state() accessor phase: Phase = 'idle';
  @state() accessor error = '';
  /** The interval chosen in the form: '' follows the preference, else minutes. */
  @state() accessor choice = '';
  /** The name and folder in the form ('' folder: none). */
  @state() accessor name = '';
  @state() accessor folderChoice = '';
  /** True while "Prefer as the story's lead" is being saved. */
  @state() accessor leadSaving = false;

  @query('select') accessor select!: HTMLSelectElement | null;
  readonly #modal = new ModalDialog(this);

  @consume({ context: libraryContext, subscribe: true }) accessor library: LibraryStore | undefined = undefined;
  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  readonly #commands = new OwnCommands(this, {
    'source.settings': () => this.#showForKeyboard(),
    'library.removeSampleEdition': () => this.#askRemoveEditionFromCommand(),
  });

  /** "Remove the sample edition…": this dialog, on one of its sources, asking first. */
  async #askRemoveEditionFromCommand(): Promise<void> {
    await this.library?.refreshCounts().catch(() => {});
    const source = this.library?.sources.find((s) => s.sampleEdition);
    if (!source) return this.announcer?.announce('The sample edition is no longer in your library');
    await this.show(source);
    await this.#askRemoveEdition();
  }

  /**
   * "Source settings" acts on the source the keyboard is on in the source list, else the
   * source the list shows, else the selected article's source.
   */
  #showForKeyboard(): Promise<void> {
    const focused = deepActiveElement();
    const inSources = focused?.dataset.sourceId && closestDeep(focused, 'bs-nav');
    const library = this.library;
    return this.showSource(inSources ? Number(focused.dataset.sourceId) : (library?.scope.sourceId ?? library?.selectedArticle?.source.id ?? null));
  }

  /** Opens the dialog for the source `id` with fresh figures (last success and last error change with every refresh), or says why it cannot. */
  async showSource(id: number | null): Promise<void> {
    if (id === null) return this.announcer?.announce('Choose a source first');
    await this.library?.refreshCounts().catch(() => {});
    const source = this.library?.sources.find((s) => s.id === id);
    if (!source) return this.announcer?.announce('That source is no longer in your library');
    await this.show(source);
  }

  get open(): boolean {
    return this.#modal.open;
  }

  /** Opens the dialog for `source`, showing what the library has for it now. */
  async show(source: SourceInfo): Promise<void> {
    this.source = source;
    this.phase = 'idle';
    this.error = '';
    this.choice = source.refreshMinutes == null ? '' : String(source.refreshMinutes);
    this.name = source.title;
    this.folderChoice = source.folder ?? '';
    await this.#modal.show(() => this.select ?? this.renderRoot.querySelector<HTMLElement>('#name') ?? this.renderRoot.querySelector<HTMLElement>('.close'));
  }

  close(): void {
    this.#modal.close();
  }

  get #isFeed(): boolean {
    return !!this.source?.feedUrl;
  }

  async #save(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const source = this.source;
    if (!source || !this.api || this.phase !== 'idle') return;
    const minutes = this.#isFeed && this.choice !== '' ? Number(this.choice) : null;
    const intervalChanged = this.#isFeed && (source.refreshMinutes ?? null) !== minutes;
    const title = this.name.replace(/\s+/g, ' ').trim();
    if (!title) {
      this.error = 'A source needs a name.';
      return;
    }
    const folder = folderName(this.folderChoice) || null;
    const change: { title?: string; folder?: string | null } = {};
    if (title !== source.title) change.title = title;
    if (folder !== (source.folder ?? null)) change.folder = folder;
    if (!intervalChanged && Object.keys(change).length === 0) {
      this.close();
      return;
    }
    this.phase = 'saving';
    this.error = '';
    if (Object.keys(change).length) {
      try {
        this.source = await this.api.feeds.updateSource(source.id, change);
        if (!intervalChanged) {
          this.phase = 'idle';
          this.close();
          emit(this, 'source-changed', { source: this.source });
          this.announcer?.announce(this.source.folder ? `${this.source.title} saved, in ${this.source.folder}` : `${this.source.title} saved`);
          return;
        }
      } catch (error) {
        this.phase = 'idle';
        this.error = `The changes could not be saved: ${errorMessage(error)}`;
        return;
      }
    }
    try {
      const updated = await this.api.feeds.setRefresh(source.id, minutes);
      this.source = updated;
      this.phase = 'idle';
      this.close();
      emit(this, 'source-changed', { source: updated });
      const every = updated.refreshMinutes == null ? `follows the preference (every ${intervalLabel(this.defaultMinutes)})` : `refreshes every ${intervalLabel(updated.refreshMinutes)}`;
      this.announcer?.announce(`${updated.title} ${every}`);
    } catch (error) {
      // The choice stays selected, so trying again is one click.
      this.phase = 'idle';
      this.error = `The refresh interval could not be saved: ${errorMessage(error)}`;
    }
  }

  async #askUnsubscribe(): Promise<void> {
    this.phase = 'confirm-unsubscribe';
    this.error = '';
    await this.updateComplete;
    // The safe answer has focus, so an Enter pressed too soon removes nothing.
    this.renderRoot.querySelector<HTMLElement>('.keep')?.focus();
  }

  async #keep(): Promise<void> {
    this.phase = 'idle';
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.unsubscribe')?.focus();
  }

  async #unsubscribe(): Promise<void> {
    const source = this.source;
    if (!source || !this.api) return;
    this.phase = 'unsubscribing';
    this.error = '';
    try {
      // In the app the library holds the removal back for the undo window (LibraryStore.unsubscribe); alone, the dialog removes at once.
      if (this.library) this.library.unsubscribe(source);
      else await this.api.feeds.unsubscribe(source.id);
      this.phase = 'idle';
      this.close();
      emit(this, 'source-removed', { sourceId: source.id, title: source.title });
    } catch (error) {
      this.phase = 'confirm-unsubscribe';
      this.error = `Could not unsubscribe: ${errorMessage(error)}`;
    }
  }

  /** Keeps this source or its twin (the same feed at another address): the other is unsubscribed. */
  async #keepOne(keep: 'this' | 'other'): Promise<void> {
    const source = this.source;
    const twin = source?.sameFeedAs;
    if (!source || !twin || !this.api) return;
    const gone = keep === 'this' ? (this.library?.sources.find((s) => s.id === twin.id) ?? { ...source, ...twin }) : source;
    this.phase = 'keeping-one';
    this.error = '';
    try {
      if (this.library) this.library.unsubscribe(gone);
      else await this.api.feeds.unsubscribe(gone.id);
      this.phase = 'idle';
      this.close();
      emit(this, 'source-removed', { sourceId: gone.id, title: gone.title });
    } catch (error) {
      this.phase = 'idle';
      this.error = `Could not unsubscribe: ${errorMessage(error)}`;
    }
  }

  #sameFeed(source: SourceInfo) {
    const twin = source.sameFeedAs;
    if (!twin) return nothing;
    const busy = this.phase === 'keeping-one';
    return html`<div class="same-feed" role="group" aria-labelledby="same-feed-text">
      <p id="same-feed-text"><strong>The same feed as “${twin.title}”.</strong> Broadsheet found it at a second address
        (the feed names itself, or one address leads to the other). Keep one: the other is unsubscribed, and its articles are this one's.</p>
      <div class="actions">
        <button type="button" ?disabled=${busy} @click=${() => void this.#keepOne('this')}>Keep this one</button>
        <button type="button" ?disabled=${busy} @click=${() => void this.#keepOne('other')}>Keep “${twin.title}”</button>
      </div>
    </div>`;
  }

  async #askRemoveEdition(): Promise<void> {
    this.phase = 'confirm-remove-edition';
    this.error = '';
    await this.updateComplete;
    // The safe answer has focus, so an Enter pressed too soon removes nothing.
    this.renderRoot.querySelector<HTMLElement>('.keep')?.focus();
  }

  async #removeEdition(): Promise<void> {
    if (!this.api) return;
    this.phase = 'removing-edition';
    this.error = '';
    try {
      const removed = await this.api.library.removeSampleEdition();
      const editionIds = (this.library?.sources ?? []).filter((s) => s.sampleEdition).map((s) => s.id);
      this.phase = 'idle';
      this.close();
      // The list, the selection and the counts leave its sources.
      for (const id of editionIds) await this.library?.sourceRemoved(id);
      this.announcer?.announce(`Sample edition removed: ${removed.articles} ${removed.articles === 1 ? 'article' : 'articles'}`);
    } catch (error) {
      this.phase = 'confirm-remove-edition';
      this.error = `The sample edition could not be removed: ${errorMessage(error)}`;
    }
  }

  #confirmRemoveEdition() {
    const busy = this.phase === 'removing-edition';
    return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text"><strong>Remove the sample edition?</strong> Its sources and articles leave your library for good; your bookmarks keep their title and link.</p>
      <div class="actions">
        <button type="button" class="keep" ?disabled=${busy} @click=${() => void this.#keep()}>Keep it</button>
        <button type="button" class="danger" ?disabled=${busy} @click=${() => void this.#removeEdition()}>${busy ? 'Removing…' : 'Remove the sample edition'}</button>
      </div>
    </div>`;
  }

  /** Name and folder: any source, the sample edition's too. */
  #nameFields() {
    const folders = [...new Set((this.library?.sources ?? []).map((s) => s.folder).filter((f): f is string => !!f))].sort();
    const busy = this.phase === 'saving';
    return html`<label for="name">Name</label>
      <input id="name" name="name" type="text" maxlength="200" autocomplete="off" .value=${this.name} ?disabled=${busy}
        @input=${(e: Event) => (this.name = (e.target as HTMLInputElement).value)} />
      <label for="folder">Folder</label>
      <input id="folder" name="folder" type="text" maxlength="256" autocomplete="off" list="folders" placeholder="No folder" aria-describedby="folder-hint"
        .value=${this.folderChoice} ?disabled=${busy} @input=${(e: Event) => (this.folderChoice = (e.target as HTMLInputElement).value)} />
      <datalist id="folders">${folders.map((f) => html`<option value=${f}></option>`)}</datalist>
      <p class="hint" id="folder-hint">Choose a folder, type a new one, or leave it empty for none.</p>`;
  }

  #facts(source: SourceInfo) {
    const lastSuccess = source.lastSuccess
      ? html`<time datetime=${source.lastSuccess}>${fullDate(source.lastSuccess)}</time> <span class="muted">(${ago(source.lastSuccess)})</span>`
      : 'Not fetched yet';
    return html`<dl>
      <dt>Feed address</dt>
      ${source.feedUrl ? html`<dd class="url">${source.feedUrl}</dd>` : html`<dd>None: this source is part of the sample edition, which comes with Broadsheet.</dd>`}
      ${source.folder ? html`<dt>Folder</dt><dd>${source.folder}</dd>` : nothing}
      ${this.#isFeed
        ? html`<dt>Last updated</dt>
            <dd>${lastSuccess}</dd>
            <dt>Last problem</dt>
            <dd class=${source.lastError ? 'problem' : ''}>${source.gone ? 'The feed is gone for good and is no longer checked. ' : ''}${source.lastError ?? 'None: the last refresh worked.'}</dd>`
        : nothing}
      <dt>Articles</dt>
      <dd>${source.total} (${source.unread} unread)</dd>
    </dl>`;
  }

  #refreshField(source: SourceInfo) {
    if (!this.#isFeed) return nothing;
    const own = source.refreshMinutes;
    // An interval set elsewhere (the CLI takes any number of minutes) is offered as it is.
    const choices = own != null && !REFRESH_CHOICES.includes(own as (typeof REFRESH_CHOICES)[number]) ? [...REFRESH_CHOICES, own].sort((a, b) => a - b) : REFRESH_CHOICES;
    return html`<label for="refresh">Refresh every</label>
      <select id="refresh" name="refresh" .value=${this.choice} ?disabled=${this.phase === 'saving'} aria-describedby="refresh-hint"
        @change=${(e: Event) => (this.choice = (e.target as HTMLSelectElement).value)}>
        <option value="" ?selected=${this.choice === ''}>Follow the preference (every ${intervalLabel(this.defaultMinutes)})</option>
        ${choices.map((m) => html`<option value=${String(m)} ?selected=${this.choice === String(m)}>${intervalLabel(m)}</option>`)}
      </select>
      <p class="hint" id="refresh-hint">How often Broadsheet checks this feed. A feed that keeps failing is checked less often until it works again.</p>`;
  }

  /**
   * "Prefer as the story's lead" is saved when ticked, not by Save: it changes which row the
   * folded list shows, not how the feed is fetched, and sample-edition sources (no Save) have it too.
   */
  async #setLead(event: Event): Promise<void> {
    const box = event.target as HTMLInputElement;
    const source = this.source;
    if (!source || !this.api) return;
    const lead = box.checked;
    this.leadSaving = true;
    this.error = '';
    try {
      const updated = { ...source, storyLead: await this.api.related.setStoryLead(source.id, lead) };
      this.source = updated;
      emit(this, 'source-changed', { source: updated });
      if (this.library?.preferences?.foldStories) void this.library.reload();
      this.announcer?.announce(updated.storyLead ? `${source.title} leads the stories it covers` : `${source.title} no longer leads the stories it covers`);
    } catch (error) {
      box.checked = !lead;
      this.error = `The story lead could not be changed: ${errorMessage(error)}`;
    } finally {
      this.leadSaving = false;
    }
  }

  #leadField(source: SourceInfo) {
    return html`<div class="lead">
      <input id="story-lead" type="checkbox" .checked=${source.storyLead === true} ?disabled=${this.leadSaving} aria-describedby="story-lead-hint"
        @change=${(e: Event) => void this.#setLead(e)} />
      <label for="story-lead">Prefer as the story's lead</label>
      <p class="hint" id="story-lead-hint">When several sources cover one story, the list shows this source's version first. Applies at once.</p>
    </div>`;
  }

  #confirm(source: SourceInfo) {
    const busy = this.phase === 'unsubscribing';
    return html`<div class="confirm" role="group" aria-labelledby="confirm-text">
      <p id="confirm-text"><strong>Unsubscribe from ${source.title}?</strong> Its articles leave your library; your bookmarks keep their title and link.</p>
      <div class="actions">
        <button type="button" class="keep" ?disabled=${busy} @click=${() => void this.#keep()}>Keep subscription</button>
        <button type="button" class="danger" ?disabled=${busy} @click=${() => void this.#unsubscribe()}>${busy ? 'Unsubscribing…' : 'Unsubscribe'}</button>
      </div>
    </div>`;
  }

  override render() {
    const source = this.source;
    const confirming = this.phase === 'confirm-unsubscribe' || this.phase === 'unsubscribing';
    return html`<dialog part="dialog" aria-labelledby="settings-title" aria-describedby="settings-source" @close=${() => {
      this.phase = 'idle';
      this.#modal.closed();
    }}>
      <header>
        <h2 id="settings-title">Source settings</h2>
        <button type="button" class="close" @click=${() => this.close()}>Close</button>
      </header>
      ${source
        ? html`<form class="body" @submit=${this.#save}>
            <p class="source-title" id="settings-source">${source.title}</p>
            ${this.#sameFeed(source)} ${this.#facts(source)} ${this.#nameFields()} ${this.#refreshField(source)} ${this.#leadField(source)}
            ${this.phase === 'saving' ? html`<p class="status" role="status">Saving…</p>` : nothing}
            ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
            ${confirming
              ? this.#confirm(source)
              : this.phase === 'confirm-remove-edition' || this.phase === 'removing-edition'
                ? this.#confirmRemoveEdition()
                : html`<div class="actions">
                  ${this.#isFeed ? html`<button type="button" class="unsubscribe" @click=${() => void this.#askUnsubscribe()}>Unsubscribe…</button>` : nothing}
                  ${source.sampleEdition
                    ? html`<button type="button" class="unsubscribe" @click=${() => void this.#askRemoveEdition()}>Remove the sample edition…</button>`
                    : nothing}
                  <span class="spacer"></span>
                  <button type="button" @click=${() => this.close()}>Cancel</button>
                  <button type="submit" class="primary" ?disabled=${this.phase === 'saving'}>Save</button>
                </div>`}
          </form>`
        : nothing}
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-source-settings': BsSourceSettings;
  }
  interface GlobalEventHandlersEventMap {
    'source-changed': CustomEvent<{ source: SourceInfo }>;
    'source-removed': CustomEvent<{ sourceId: number; title: string }>;
  }
}
