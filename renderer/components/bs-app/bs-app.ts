import { provide } from '@lit/context';
import { Task } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ArticleSummary, EditionInfo, ListView, Preferences, SourceInfo, ThemeChoice } from '../../../electron/shared/models.ts';
import { BroadsheetError, createApi, installedBridge, type Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import '../bs-article-list/bs-article-list.ts';
import type { BsArticleList, ListState } from '../bs-article-list/bs-article-list.ts';
import '../bs-masthead/bs-masthead.ts';
import type { BsMasthead } from '../bs-masthead/bs-masthead.ts';
import '../bs-nav/bs-nav.ts';
import '../bs-reading-pane/bs-reading-pane.ts';
import type { BsReadingPane } from '../bs-reading-pane/bs-reading-pane.ts';
import '../bs-related/bs-related.ts';
import type { BsRelated } from '../bs-related/bs-related.ts';
import { styles } from './bs-app.styles.ts';

const PAGE = 200;

function message(error: unknown): string {
  return error instanceof BroadsheetError || error instanceof Error ? error.message : String(error);
}

function isTyping(event: KeyboardEvent): boolean {
  const target = event.composedPath()[0] as HTMLElement | undefined;
  return !!target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

/**
 * @summary The whole reader: masthead, views and sources, article list, reading pane and related stories.
 */
@customElement('bs-app')
export class BsApp extends LitElement {
  static override styles = styles;

  /** The library client; taken from the preloaded bridge unless a test provides one. */
  @provide({ context: apiContext })
  @property({ attribute: false })
  accessor api: Api | null = null;

  @state() accessor edition: EditionInfo | null = null;
  @state() accessor sources: SourceInfo[] = [];
  @state() accessor prefs: Preferences | null = null;
  @state() accessor view: ListView = 'all';
  @state() accessor sourceId: number | null = null;
  @state() accessor searchQuery = '';
  @state() accessor items: ArticleSummary[] = [];
  @state() accessor total: number | null = null;
  @state() accessor next: string | null = null;
  @state() accessor listState: ListState = 'loading';
  @state() accessor listError = '';
  @state() accessor selectedId: number | null = null;
  @state() accessor announcement = '';
  @state() accessor fatal = '';

  @query('bs-article-list') accessor list!: BsArticleList;
  @query('bs-reading-pane') accessor pane!: BsReadingPane;
  @query('bs-related') accessor related!: BsRelated;
  @query('bs-masthead') accessor masthead!: BsMasthead;

  #listRequest = 0;
  #loadingMore = false;
  #unsubscribe: (() => void)[] = [];

  readonly articleTask = new Task(this, {
    task: async ([id, api]) => (id === null || !api ? null : api.getArticle(id)),
    args: () => [this.selectedId, this.api] as const,
  });

  readonly relatedTask = new Task(this, {
    task: async ([id, api]) => (id === null || !api ? [] : api.relatedArticles(id)),
    args: () => [this.selectedId, this.api] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.api) {
      const bridge = installedBridge();
      if (bridge) this.api = createApi(bridge);
    }
    document.addEventListener('keydown', this.#onKey);
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKey);
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
  }

  async #start(): Promise<void> {
    const api = this.api;
    if (!api) {
      this.fatal = 'Broadsheet could not reach its library. Restart the app; if this keeps happening, reinstall it.';
      return;
    }
    this.#unsubscribe.push(api.on('libraryChanged', () => void this.#refreshCounts()));
    try {
      this.prefs = await api.getPreferences();
      this.#applyPreferences(this.prefs);
      this.view = this.prefs.lastView;
      await Promise.all([this.#refreshCounts(), this.#loadList()]);
      if (this.prefs.lastArticleId !== null) this.selectedId = this.prefs.lastArticleId;
    } catch (error) {
      this.fatal = `Broadsheet could not open its library: ${message(error)}`;
      return;
    }
    await this.updateComplete;
    await this.list?.scrollToSelected();
  }

  #applyPreferences(prefs: Preferences): void {
    const root = document.documentElement;
    if (prefs.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = prefs.theme;
  }

  async #refreshCounts(): Promise<void> {
    if (!this.api) return;
    const [edition, sources] = await Promise.all([this.api.getEdition(), this.api.listSources()]);
    this.edition = edition;
    this.sources = sources;
  }

  async #loadList(): Promise<void> {
    const api = this.api;
    if (!api) return;
    const request = ++this.#listRequest;
    this.listState = 'loading';
    try {
      if (this.searchQuery) {
        const items = await api.searchArticles(this.searchQuery, PAGE);
        if (request !== this.#listRequest) return;
        this.items = items;
        this.total = items.length;
        this.next = null;
      } else {
        const page = await api.listArticles({ view: this.view, sourceId: this.sourceId, limit: PAGE });
        if (request !== this.#listRequest) return;
        this.items = page.items;
        this.total = page.total;
        this.next = page.next;
      }
      this.listState = 'ready';
    } catch (error) {
      if (request !== this.#listRequest) return;
      this.listError = message(error);
      this.listState = 'error';
    }
  }

  async #loadMore(): Promise<void> {
    if (!this.api || !this.next || this.#loadingMore) return;
    this.#loadingMore = true;
    const request = this.#listRequest;
    try {
      const page = await this.api.listArticles({ view: this.view, sourceId: this.sourceId, cursor: this.next, limit: PAGE });
      if (request !== this.#listRequest) return;
      this.items = [...this.items, ...page.items];
      this.next = page.next;
    } catch (error) {
      this.announce(`More articles could not be loaded: ${message(error)}`);
    } finally {
      this.#loadingMore = false;
    }
  }

  announce(text: string): void {
    // Clearing first makes a repeated message ("Bookmarked" twice) be read again.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  #patchItem(updated: ArticleSummary): void {
    this.items = this.items.map((item) => (item.id === updated.id ? { ...item, read: updated.read, bookmarked: updated.bookmarked } : item));
  }

  #onSelect(event: CustomEvent<{ id: number; focus?: boolean }>): void {
    const { id, focus } = event.detail;
    this.selectedId = id;
    this.items = this.items.map((item) => (item.id === id && this.prefs?.markReadOnOpen ? { ...item, read: true } : item));
    if (focus) void this.updateComplete.then(() => this.pane?.focus());
  }

  async toggleBookmark(id: number, bookmarked: boolean): Promise<void> {
    if (!this.api) return;
    try {
      const updated = await this.api.setBookmarked(id, bookmarked);
      this.#patchItem(updated);
      this.articleTask.run();
      if (this.view === 'bookmarks' && !this.searchQuery) void this.#loadList();
      this.announce(bookmarked ? 'Bookmarked' : 'Bookmark removed');
    } catch (error) {
      this.announce(`The bookmark could not be changed: ${message(error)}`);
    }
  }

  async #setPreferences(patch: Partial<Omit<Preferences, 'windowBounds'>>): Promise<void> {
    if (!this.api) return;
    this.prefs = await this.api.setPreferences(patch);
    this.#applyPreferences(this.prefs);
  }

  #onView(event: CustomEvent<{ view: ListView; sourceId: number | null }>): void {
    this.view = event.detail.view;
    this.sourceId = event.detail.sourceId;
    this.searchQuery = '';
    void this.#loadList();
    void this.#setPreferences({ lastView: this.view });
  }

  #onKey = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || isTyping(event)) return;
    const article = this.articleTask.value;
    switch (event.key) {
      case 'j':
      case 'k':
        this.list?.move(event.key === 'j' ? 1 : -1);
        break;
      case 'b':
        if (article) void this.toggleBookmark(article.id, !article.bookmarked);
        break;
      case 'v':
        if (article?.url) void this.api?.openExternal(article.url);
        break;
      case '/':
        this.masthead?.focusSearch();
        break;
      case '+':
      case '=':
      case '-':
        void this.#changeFont(event.key === '-' ? -1 : 1);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  async #changeFont(delta: number): Promise<void> {
    const size = Math.min(32, Math.max(12, (this.prefs?.fontSize ?? 18) + delta));
    await this.#setPreferences({ fontSize: size });
  }

  #listHeading(): string {
    if (this.searchQuery) return `Search: ${this.searchQuery}`;
    if (this.sourceId !== null) return this.sources.find((s) => s.id === this.sourceId)?.title ?? 'Source';
    return { all: 'All articles', unread: 'Unread', bookmarks: 'Bookmarks' }[this.view];
  }

  #emptyText(): [string, string] {
    if (this.searchQuery) return ['No matches', `Nothing in your library matches “${this.searchQuery}”. Try fewer or different words.`];
    if (this.view === 'bookmarks') return ['No bookmarks yet', 'Press b or the Bookmark button on an article to keep it here, offline, for good.'];
    if (this.view === 'unread') return ['All caught up', 'There is nothing unread. New articles appear here as they arrive.'];
    return ['No articles yet', 'This library is empty.'];
  }

  #pane() {
    const size = this.prefs?.fontSize ?? 18;
    return this.articleTask.render({
      initial: () => html`<bs-reading-pane state="empty" font-size=${size}></bs-reading-pane>`,
      pending: () => html`<bs-reading-pane state=${this.articleTask.value ? 'ready' : 'loading'} .article=${this.articleTask.value ?? null} font-size=${size}></bs-reading-pane>`,
      complete: (article) => html`<bs-reading-pane state=${article ? 'ready' : 'empty'} .article=${article} font-size=${size}
        @bookmark-toggle=${(e: CustomEvent<{ id: number; bookmarked: boolean }>) => void this.toggleBookmark(e.detail.id, e.detail.bookmarked)}
        @open-original=${(e: CustomEvent<{ url: string }>) => void this.api?.openExternal(e.detail.url)}></bs-reading-pane>`,
      error: (error) => html`<bs-reading-pane state="error" error-message=${message(error)} font-size=${size}></bs-reading-pane>`,
    });
  }

  #related() {
    if (this.selectedId === null) return html`<bs-related state="idle"></bs-related>`;
    return this.relatedTask.render({
      pending: () => html`<bs-related state="loading"></bs-related>`,
      complete: (entries) => html`<bs-related state="ready" .entries=${entries}></bs-related>`,
      error: (error) => html`<bs-related state="error" error-message=${message(error)}></bs-related>`,
    });
  }

  override render() {
    if (this.fatal) return html`<div class="fatal" role="alert"><strong>Something is wrong</strong>${this.fatal}</div>`;
    const [emptyTitle, emptyMessage] = this.#emptyText();
    return html`
      <bs-masthead
        .edition=${this.edition}
        theme=${this.prefs?.theme ?? 'system'}
        .query=${this.searchQuery}
        @search-change=${(e: CustomEvent<{ query: string }>) => {
          this.searchQuery = e.detail.query.trim();
          void this.#loadList();
        }}
        @theme-change=${(e: CustomEvent<{ theme: ThemeChoice }>) => void this.#setPreferences({ theme: e.detail.theme })}
        @font-size-change=${(e: CustomEvent<{ delta: number }>) => void this.#changeFont(e.detail.delta)}
      ></bs-masthead>
      <div class="columns" @article-select=${this.#onSelect}>
        <bs-nav .edition=${this.edition} .sources=${this.sources} view=${this.view} .sourceId=${this.sourceId} @view-select=${this.#onView}></bs-nav>
        <bs-article-list
          .items=${this.items}
          .selectedId=${this.selectedId}
          .total=${this.total}
          state=${this.listState}
          heading=${this.#listHeading()}
          error-message=${this.listError}
          empty-title=${emptyTitle}
          empty-message=${emptyMessage}
          ?has-more=${this.next !== null}
          @list-more=${() => void this.#loadMore()}
          @list-retry=${() => void this.#loadList()}
        ></bs-article-list>
        <main>${this.#pane()}</main>
        ${this.#related()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-app': BsApp;
  }
}
