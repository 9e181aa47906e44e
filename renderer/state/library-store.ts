// The library as the window shows it: the edition's counts, the sources, the preferences,
// the article list (a view, a source, a folder or a search, paged by keyset), the selected
// article and whether the Big picture stands in for the list. Elements read it through
// libraryContext and change it through its methods or the bubbling events it hears on its
// host (a view chosen, a search typed, a bookmark pressed); it follows the library's own
// change events, and tells its listeners when the library or the preferences changed.
import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Article, ArticlePage, ArticleSummary, EditionInfo, LibraryChange, ListView, Preferences, SourceInfo } from '../../electron/shared/models.ts';
import { DEFAULT_PREFERENCES, steppedFontSize } from '../../electron/shared/preferences.ts';
import type { Api } from '../api.ts';
import type { CommandHandlers } from './command-router.ts';
import { errorMessage } from './errors.ts';

/** Articles per list page (scripts/bench/storage.ts measures pages of the same size). */
export const PAGE = 200;
/** How long the counts wait for a burst of library changes to end (see #refreshCountsSoon). */
const COUNTS_SETTLE_MS = 300;

/** Whether the list's latest request is under way, answered, or failed. */
export type ListState = 'loading' | 'ready' | 'error';

/** What the reading pane shows: bs-reading-pane's properties. */
export interface ReadingView {
  state: 'empty' | 'loading' | 'ready' | 'error';
  article: Article | null;
  errorMessage: string;
}

export type PreferencesPatch = Partial<Omit<Preferences, 'windowBounds'>>;

/** What the list shows: a view, one source or one folder of it, or search results. */
export interface ListScope {
  readonly view: ListView;
  readonly sourceId: number | null;
  readonly folder: string | null;
  readonly query: string;
}

export interface LibraryStoreEvents {
  /** The preferences now in force (after loading or any change). */
  'preferences-changed': Preferences;
  /** Articles changed in the library (a refresh, a mark, an import), as the library reported it. */
  'library-changed': LibraryChange;
}

export interface LibraryStoreOptions {
  /** The library client; null when the window has none. */
  api(): Api | null;
  /** Tells the person what an action did (the live region). */
  announce(text: string): void;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export class LibraryStore implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: LibraryStoreOptions;
  readonly #events = new EventTarget();
  #off: (() => void)[] = [];
  #countsTimer: ReturnType<typeof setTimeout> | undefined;
  #loadingMore = false;

  #startError = '';
  #edition: EditionInfo | null = null;
  #sources: SourceInfo[] = [];
  #preferences: Preferences | null = null;
  #scope: ListScope = { view: 'all', sourceId: null, folder: null, query: '' };
  #bigPicture = false;
  #items: ArticleSummary[] = [];
  #total: number | null = null;
  #next: string | null = null;
  #listError = '';
  #selectedId: number | null = null;

  /** The list's first page (or the search results): only the answer to the latest request is shown. */
  readonly #list: Task<readonly [Api | null, ListScope], ArticlePage>;
  /** The selected article in full, for the reading pane. */
  readonly article: Task<readonly [number | null, Api | null], Article | null>;

  constructor(host: ReactiveElement, options: LibraryStoreOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
    this.#list = new Task(host, {
      autoRun: false,
      args: () => [options.api(), this.#scope] as const,
      task: async ([api, scope]) => {
        if (!scope.query) return api!.library.articles({ view: scope.view, sourceId: scope.sourceId, folder: scope.folder, limit: PAGE });
        const items = await api!.library.search(scope.query, PAGE);
        return { items, total: items.length, next: null };
      },
      onComplete: (page) => {
        this.#items = page.items;
        this.#total = page.total;
        this.#next = page.next;
      },
      onError: (error) => (this.#listError = errorMessage(error)),
    });
    this.article = new Task(host, {
      task: async ([id, api]) => (id === null || !api ? null : api.library.article(id)),
      args: () => [this.#selectedId, options.api()] as const,
    });
  }

  /** The bubbling events from the window's elements that change the library or what it shows. */
  readonly #listeners: { [K in keyof GlobalEventHandlersEventMap]?: (event: GlobalEventHandlersEventMap[K]) => void } = {
    'view-select': (e) => void this.selectView(e.detail),
    'search-change': (e) => void this.search(e.detail.query),
    'big-picture-open': () => this.setBigPicture(true),
    'list-more': () => void this.loadMore(),
    'list-retry': () => void this.reload(),
    'bookmark-toggle': (e) => void this.toggleBookmark(e.detail.id, e.detail.bookmarked),
    'open-original': (e) => void this.openExternal(e.detail.url),
    'theme-change': (e) => void this.setPreferences({ theme: e.detail.theme }),
    'font-size-change': (e) => void this.changeFontSize(e.detail.delta),
    'keymap-change': (e) => void this.setPreferences({ keymap: e.detail.keymap }),
    'source-added': (e) => this.sourceAdded(e.detail),
    'source-changed': (e) => this.sourceChanged(e.detail.source),
    'library-imported': (e) => void this.imported(e.detail.kind),
  };

  hostConnected(): void {
    for (const [type, listener] of Object.entries(this.#listeners)) this.#host.addEventListener(type, listener as EventListener);
  }

  hostDisconnected(): void {
    for (const [type, listener] of Object.entries(this.#listeners)) this.#host.removeEventListener(type, listener as EventListener);
    for (const off of this.#off) off();
    this.#off = [];
    clearTimeout(this.#countsTimer);
  }

  /** Listens for one of the store's events; returns the function that stops listening. */
  on<K extends keyof LibraryStoreEvents>(type: K, listener: (detail: LibraryStoreEvents[K]) => void): () => void {
    const handler = (event: Event) => listener((event as CustomEvent<LibraryStoreEvents[K]>).detail);
    this.#events.addEventListener(type, handler);
    return () => this.#events.removeEventListener(type, handler);
  }

  #emit<K extends keyof LibraryStoreEvents>(type: K, detail: LibraryStoreEvents[K]): void {
    this.#events.dispatchEvent(new CustomEvent(type, { detail }));
  }

  #changed(): void {
    this.#host.requestUpdate();
  }

  get startError(): string {
    return this.#startError;
  }
  get edition(): EditionInfo | null {
    return this.#edition;
  }
  get sources(): SourceInfo[] {
    return this.#sources;
  }
  get preferences(): Preferences | null {
    return this.#preferences;
  }
  get scope(): ListScope {
    return this.#scope;
  }
  /** True while the Big picture stands in for the article list. */
  get bigPicture(): boolean {
    return this.#bigPicture;
  }
  get items(): ArticleSummary[] {
    return this.#items;
  }
  get total(): number | null {
    return this.#total;
  }
  get hasMore(): boolean {
    return this.#next !== null;
  }
  get listState(): ListState {
    const status = this.#list.status;
    return status === TaskStatus.COMPLETE ? 'ready' : status === TaskStatus.ERROR ? 'error' : 'loading';
  }
  get listError(): string {
    return this.#listError;
  }
  /** Resolves once the list's latest request has been answered. */
  get listSettled(): Promise<void> {
    return this.#list.taskComplete.then(
      () => {},
      () => {},
    );
  }
  get selectedId(): number | null {
    return this.#selectedId;
  }
  get reading(): ReadingView {
    // One view for every state of the task, so the pane element (and its focus) is kept from article to article.
    const task = this.article;
    if (task.status === TaskStatus.ERROR) return { state: 'error', article: null, errorMessage: errorMessage(task.error) };
    const article = task.value ?? null;
    return { state: article ? 'ready' : task.status === TaskStatus.PENDING ? 'loading' : 'empty', article, errorMessage: '' };
  }
  /** The selected row, even while its full article is still loading: a key pressed right after j acts on what is selected. */
  get selectedArticle(): ArticleSummary | null {
    return this.#items.find((i) => i.id === this.#selectedId) ?? this.article.value ?? null;
  }

  /** Loads the preferences, counts and the last view; false (with startError set) when the library cannot be opened. */
  async start(): Promise<boolean> {
    const api = this.#options.api();
    if (!api) return this.#fail('Broadsheet could not reach its library. Restart the app; if this keeps happening, reinstall it.');
    this.#off.push(api.on('libraryChanged', (change) => this.#onLibraryChanged(change)));
    // Preferences changed anywhere (the Preferences dialog, another element, the menu) apply here at once.
    this.#off.push(api.on('preferencesChanged', (prefs) => this.#applyPreferences(prefs)));
    try {
      const prefs = await api.preferences.get();
      this.#applyPreferences(prefs);
      this.#scope = { ...this.#scope, view: prefs.lastView };
      await Promise.all([this.refreshCounts(), this.reload()]);
      if (prefs.lastArticleId !== null) this.#selectedId = prefs.lastArticleId;
      this.#changed();
      return true;
    } catch (error) {
      return this.#fail(`Broadsheet could not open its library: ${errorMessage(error)}`);
    }
  }

  #fail(message: string): false {
    this.#startError = message;
    this.#changed();
    return false;
  }

  #onLibraryChanged(change: LibraryChange): void {
    this.#refreshCountsSoon();
    if (change.reason === 'refresh' && change.articleIds.length > 0) this.#showArrivals();
    this.#emit('library-changed', change);
  }

  /**
   * Counts follow library changes, but reading with j/j/j marks an article read
   * on every key: one refresh after the burst keeps those keys off the IPC queue.
   */
  #refreshCountsSoon(): void {
    clearTimeout(this.#countsTimer);
    this.#countsTimer = setTimeout(() => void this.refreshCounts(), COUNTS_SETTLE_MS);
  }

  /** Fresh edition counts and sources (their unread counts, last success and last error). */
  async refreshCounts(): Promise<void> {
    const api = this.#options.api();
    if (!api) return;
    const [edition, sources] = await Promise.all([api.library.edition(), api.feeds.sources()]);
    this.#edition = edition;
    this.#sources = sources;
    this.#changed();
  }

  /**
   * Articles that a background refresh brought appear without a click, but only
   * while the reader is at the top of a plain view: a reload there moves nothing
   * they are looking at. Deep in a list or in search results, the counts update
   * and the list waits until they change view.
   */
  #showArrivals(): void {
    if (this.#scope.query || this.#bigPicture || this.listState !== 'ready' || this.#items.length > PAGE) return;
    void this.reload();
  }

  /** Loads the list's first page afresh; the answer to any earlier request is dropped. */
  async reload(): Promise<void> {
    if (this.#options.api()) await this.#list.run();
  }

  /** The next page of the list, appended; dropped if the list was reloaded meanwhile. */
  async loadMore(): Promise<void> {
    const api = this.#options.api();
    const cursor = this.#next;
    if (!api || cursor === null || this.#loadingMore) return;
    this.#loadingMore = true;
    const shown = this.#list.value;
    const { view, sourceId, folder } = this.#scope;
    try {
      const page = await api.library.articles({ view, sourceId, folder, cursor, limit: PAGE });
      // Each first page is a new value: another one (or one on its way) means this page continues a list no longer shown.
      if (this.#list.value !== shown || this.#list.status === TaskStatus.PENDING) return;
      this.#items = [...this.#items, ...page.items];
      this.#next = page.next;
      this.#changed();
    } catch (error) {
      this.#options.announce(`More articles could not be loaded: ${errorMessage(error)}`);
    } finally {
      this.#loadingMore = false;
    }
  }

  /** Shows a view, one source (`sourceId`) or one folder (`folder`), and remembers the view for next time. */
  selectView(choice: { view: ListView; sourceId: number | null; folder?: string | null }): Promise<void> {
    this.#bigPicture = false;
    const folder = choice.sourceId === null ? (choice.folder ?? null) : null;
    this.#scope = { view: choice.view, sourceId: choice.sourceId, folder, query: '' };
    const loaded = this.reload();
    void this.setPreferences({ lastView: choice.view });
    return loaded;
  }

  /** Shows the articles matching `query` (trimmed); an empty query shows the view again. */
  search(query: string): Promise<void> {
    this.#scope = { ...this.#scope, query: query.trim() };
    return this.reload();
  }

  setBigPicture(open: boolean): void {
    this.#bigPicture = open;
    this.#changed();
  }

  /** Selects an article (it opens in the reading pane) and, if the preference says so, shows it as read. */
  select(id: number | null): void {
    this.#selectedId = id;
    // A new items array makes the virtualizer lay out again: only when a row really changes.
    if (this.#preferences?.markReadOnOpen && this.#items.some((item) => item.id === id && !item.read)) {
      this.#items = this.#items.map((item) => (item.id === id ? { ...item, read: true } : item));
    }
    this.#changed();
  }

  #patchItem(updated: ArticleSummary): void {
    this.#items = this.#items.map((item) => (item.id === updated.id ? { ...item, read: updated.read, bookmarked: updated.bookmarked } : item));
    this.#changed();
  }

  async setPreferences(patch: PreferencesPatch): Promise<void> {
    const api = this.#options.api();
    if (api) this.#applyPreferences(await api.preferences.set(patch));
  }

  #applyPreferences(prefs: Preferences): void {
    this.#preferences = prefs;
    this.#changed();
    this.#emit('preferences-changed', prefs);
  }

  /** One step larger (1) or smaller (-1) reading text, or the default size (0). */
  changeFontSize(direction: number): Promise<void> {
    const current = this.#preferences?.fontSize ?? DEFAULT_PREFERENCES.fontSize;
    return this.setPreferences({ fontSize: steppedFontSize(current, Math.sign(direction) as -1 | 0 | 1) });
  }

  async toggleBookmark(id: number, bookmarked: boolean): Promise<void> {
    const api = this.#options.api();
    if (!api) return;
    try {
      this.#patchItem(await api.library.setBookmarked(id, bookmarked));
      this.article.run();
      if (this.#scope.view === 'bookmarks' && !this.#scope.query) void this.reload();
      this.#options.announce(bookmarked ? 'Bookmarked' : 'Bookmark removed');
    } catch (error) {
      this.#options.announce(`The bookmark could not be changed: ${errorMessage(error)}`);
    }
  }

  async toggleRead(): Promise<void> {
    const article = this.selectedArticle;
    const api = this.#options.api();
    if (!article || !api) return this.#options.announce('Open an article first');
    try {
      const updated = await api.library.setRead(article.id, !article.read);
      this.#patchItem(updated);
      this.#options.announce(updated.read ? 'Marked as read' : 'Marked as unread');
    } catch (error) {
      this.#options.announce(`The article could not be marked: ${errorMessage(error)}`);
    }
  }

  async markAllRead(): Promise<void> {
    const api = this.#options.api();
    if (!api) return;
    try {
      let count: number;
      if (this.#scope.query) {
        // Search results are not a source or folder scope: mark what the list shows.
        const unread = this.#items.filter((i) => !i.read);
        await Promise.all(unread.map((i) => api.library.setRead(i.id, true)));
        count = unread.length;
      } else {
        count = await api.library.markAllRead({ sourceId: this.#scope.sourceId, folder: this.#scope.folder });
      }
      await Promise.all([this.reload(), this.refreshCounts()]);
      this.#options.announce(count === 0 ? 'Nothing was unread' : `${plural(count, 'article', 'articles')} marked as read`);
    } catch (error) {
      this.#options.announce(`Could not mark all as read: ${errorMessage(error)}`);
    }
  }

  /** Refreshes one source's feed (`scope`), by default the source the list shows, or all of them (null). */
  async refreshFeeds(scope: number | null = this.#scope.sourceId): Promise<void> {
    const api = this.#options.api();
    if (!api) return;
    this.#options.announce('Refreshing…');
    try {
      const summary = await api.feeds.refresh(scope);
      await Promise.all([this.reload(), this.refreshCounts()]);
      const news = summary.newArticles === 0 ? 'No new articles' : `${summary.newArticles} new ${summary.newArticles === 1 ? 'article' : 'articles'}`;
      const failed = summary.failed.length;
      this.#options.announce(failed ? `${news}; ${plural(failed, 'source', 'sources')} could not be refreshed` : news);
    } catch (error) {
      this.#options.announce(`Refresh failed: ${errorMessage(error)}`);
    }
  }

  /** Opens a link in the system browser, never in the app window. */
  openExternal(url: string): Promise<boolean> | undefined {
    return this.#options.api()?.system.openExternal(url);
  }

  /** A new subscription: its articles are shown at once. */
  sourceAdded({ source, alreadySubscribed, newArticles }: { source: SourceInfo; alreadySubscribed: boolean; newArticles: number }): void {
    void this.selectView({ view: 'all', sourceId: source.id });
    void this.refreshCounts();
    this.#options.announce(alreadySubscribed ? `Already subscribed to ${source.title}` : `Subscribed to ${source.title}: ${newArticles} articles`);
  }

  /** A source's settings were saved. */
  sourceChanged(source: SourceInfo): void {
    this.#sources = this.#sources.map((s) => (s.id === source.id ? source : s));
    this.#changed();
  }

  /** A source was unsubscribed: its articles left the library with it. */
  async sourceRemoved(sourceId: number): Promise<void> {
    if (this.selectedArticle?.source.id === sourceId) this.#selectedId = null;
    if (this.#scope.sourceId === sourceId) this.#scope = { ...this.#scope, sourceId: null };
    this.#changed();
    await Promise.all([this.refreshCounts(), this.reload()]).catch(() => {});
  }

  /** After an import: the new sources and bookmarks show at once, and new sources fetch their articles now rather than at the next scheduled refresh. */
  async imported(kind: 'subscriptions' | 'bookmarks'): Promise<void> {
    await Promise.all([this.refreshCounts(), this.reload()]).catch(() => {});
    if (kind === 'subscriptions') await this.refreshFeeds(null);
  }

  /** The list's name: its view, source, folder or search. */
  get heading(): string {
    const { view, sourceId, folder, query } = this.#scope;
    if (query) return `Search: ${query}`;
    if (sourceId !== null) return this.#sources.find((s) => s.id === sourceId)?.title ?? 'Source';
    if (folder !== null) return folder;
    return { all: 'All articles', unread: 'Unread', bookmarks: 'Bookmarks' }[view];
  }

  /** What an empty list says: a title and a sentence. */
  get emptyText(): [string, string] {
    const { view, sourceId, folder, query } = this.#scope;
    if (query) return ['No matches', `Nothing in your library matches “${query}”. Try fewer or different words.`];
    if (view === 'bookmarks') return ['No bookmarks yet', 'Press b or the Bookmark button on an article to keep it here, offline, for good.'];
    if (view === 'unread') return ['All caught up', 'There is nothing unread. New articles appear here as they arrive.'];
    if (sourceId !== null || folder !== null) {
      return ['No articles yet', `Nothing has arrived from ${sourceId !== null ? 'this source' : 'the sources in this folder'} yet. Refresh (r) to check now.`];
    }
    return ['No articles yet', 'This library is empty.'];
  }

  /** The commands that act on the selected article or the whole list. */
  readonly commands: CommandHandlers = {
    'article.openOriginal': () => {
      const article = this.selectedArticle;
      if (!article?.url) return this.#options.announce('This article has no original page to open');
      return this.openExternal(article.url)?.then(() => this.#options.announce('Opened in your browser'));
    },
    'article.toggleBookmark': () => {
      const article = this.selectedArticle;
      if (!article) return this.#options.announce('Open an article first');
      return this.toggleBookmark(article.id, !article.bookmarked);
    },
    'article.toggleRead': () => this.toggleRead(),
    'library.markAllRead': () => this.markAllRead(),
    'library.refresh': () => this.refreshFeeds(),
  };
}
