import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { RefreshProgress, SyncAccountInfo } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import { apiContext, libraryContext } from '../../state/context.ts';
import type { LibraryStore } from '../../state/library-store.ts';
import { errorMessage } from '../../state/errors.ts';
import { styles } from './bs-refresh-status.styles.ts';

/**
 * @summary "Refresh" for all sources, and the progress of any refresh under way (scheduled or asked
 * for), and of a sync with the sync account (new articles fetched, marks compared, changes sent).
 */
@customElement('bs-refresh-status')
export class BsRefreshStatus extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  /** The latest progress; set by the refreshProgress event, or directly in tests. */
  @property({ attribute: false }) accessor progress: RefreshProgress | null = null;
  /** In the app, results go to its one status region, as the r key's do. */
  @consume({ context: libraryContext, subscribe: true }) accessor library: LibraryStore | undefined = undefined;
  /** The sync account as last heard; its progress shows while it syncs. Set by the syncChanged event, or directly in tests. */
  @property({ attribute: false }) accessor sync: SyncAccountInfo | null = null;
  @state() accessor message = '';

  #off: (() => void) | null = null;
  #offSync: (() => void) | null = null;
  #listeningTo: Api | null = null;

  override updated(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('api') && this.api !== this.#listeningTo) {
      this.#off?.();
      this.#listeningTo = this.api;
      this.#off = this.api?.on('refreshProgress', (progress) => (this.progress = progress)) ?? null;
      this.#offSync?.();
      this.#offSync = this.api?.on('syncChanged', (account) => (this.sync = account)) ?? null;
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#off?.();
    this.#off = null;
    this.#offSync?.();
    this.#offSync = null;
    this.#listeningTo = null;
  }

  async refreshAll(): Promise<void> {
    if (this.progress?.running) return;
    if (this.library) return this.library.refreshFeeds(null);
    if (!this.api) return;
    this.message = '';
    try {
      const summary = await this.api.feeds.refresh(null);
      const failed = summary.failed.length;
      this.message =
        summary.checked === 0
          ? 'No feeds to refresh.'
          : `${summary.newArticles} new article${summary.newArticles === 1 ? '' : 's'}` + (failed ? `; ${failed} source${failed === 1 ? '' : 's'} could not be refreshed` : '');
    } catch (error) {
      this.message = `Refresh failed: ${errorMessage(error)}`;
    }
  }

  #syncLine() {
    const sync = this.sync;
    if (!sync?.syncing) return nothing;
    const progress = sync.progress;
    return html`<span class="sync">
      ${progress?.total ? html`<progress max=${progress.total} .value=${progress.done} aria-label="Sync progress"></progress>` : nothing}
      Syncing: ${progress?.message ?? 'connecting…'}</span
    >`;
  }

  override render() {
    const p = this.progress;
    const running = !!p?.running;
    return html`<button type="button" aria-disabled=${running ? 'true' : 'false'} @click=${() => void this.refreshAll()}>Refresh</button>
      <span aria-live="polite">
        ${running
          ? html`<progress max=${p!.total} .value=${p!.done} aria-label="Refresh progress"></progress> Refreshing ${p!.done} of ${p!.total}…`
          : this.sync?.syncing
            ? nothing
            : this.message || nothing}
        ${this.#syncLine()}
      </span>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-refresh-status': BsRefreshStatus;
  }
}
