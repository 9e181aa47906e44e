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
import { MAX_MARKS } from '../../electron/shared/contract.ts';
import type { Api } from '../api.ts';
import type { Question } from '../components/bs-confirm/bs-confirm.ts';
import type { CommandHandlers } from './command-router.ts';
import { errorMessage } from './errors.ts';
import type { UndoableAction } from './undo.ts';

/** Articles per list page (scripts/bench/storage.ts measures pages of the same size). */
export const PAGE = 200;
/**
 * Search results asked for at once: the best 50, each with a snippet of its text. Every snippet is
 * worked out by FTS5 from the article's body (~70 µs a row at 100k articles), so 200 would spend
 * ~15 ms more on rows few readers scroll to (measured on the 100k bench library).
 */
export const SEARCH_PAGE = 50;
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
  /** Tells the person what an action did (the status region). */
  announce(text: string): void;
  /** Remembers an action Ctrl+Z can undo, and says `message` with an Undo button. Without it nothing is undoable. */
  remember?(message: string, action: UndoableAction): void;
  /** Asks before an action that reaches beyond what is in view; without it nothing is asked. */
  confirm?(question: Question): Promise<boolean>;
  /** How many rows of the list fit in view: more than this is more than the person can see. */
  screenful?(): number;
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
  /** False once the reader closed the article (×, Escape): the pane is empty, the list keeps its place. */
  #articleOpen = true;
  /** Sources unsubscribed within the undo window: hidden here, removed from the library when it passes. */
  #removing = new Map<number, SourceInfo>();

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
        if (!scope.query) return api!.library.articles({ view: scope.view, sourceId: scope.sourceId, folder: scope.folder, limit: PAGE, ...this.#folding() });
        const items = await api!.library.search(scope.query, SEARCH_PAGE);
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
    'story-toggle': (e) => (this.#openStory = e.detail.open ? e.detail.storyId : this.#openStory === e.detail.storyId ? null : this.#openStory),
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
    const edition = this.#edition;
    if (!edition || this.#removing.size === 0) return edition;
    const removing = [...this.#removing.values()];
    const sum = (key: 'total' | 'unread') => removing.reduce((n, s) => n + s[key], 0);
    return {
      ...edition,
      articleCount: Math.max(0, edition.articleCount - sum('total')),
      unreadCount: Math.max(0, edition.unreadCount - sum('unread')),
      sourceCount: Math.max(0, edition.sourceCount - removing.length),
    };
  }
  get sources(): SourceInfo[] {
    return this.#removing.size ? this.#sources.filter((s) => !this.#removing.has(s.id)) : this.#sources;
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
    return this.#removing.size ? this.#items.filter((i) => !this.#removing.has(i.source.id)) : this.#items;
  }
  get total(): number | null {
    if (this.#total === null || this.#removing.size === 0) return this.#total;
    return Math.max(0, this.#total - (this.#items.length - this.items.length));
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
  /** False after the reader closed the article; selecting one opens it again. */
  get articleOpen(): boolean {
    return this.#articleOpen && this.#selectedId !== null;
  }
  get reading(): ReadingView {
    // One view for every state of the task, so the pane element (and its focus) is kept from article to article.
    const task = this.article;
    if (!this.#articleOpen) return { state: 'empty', article: null, errorMessage: '' };
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
    // Articles joined stories: the folded rows change in place (same place, same selection).
    if (change.reason === 'stories' && this.#preferences?.foldStories) this.#showArrivals();
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
      const page = await api.library.articles({ view, sourceId, folder, cursor, limit: PAGE, ...this.#folding() });
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
    this.#articleOpen = true;
    // A new items array makes the virtualizer lay out again: only when a row really changes.
    if (this.#preferences?.markReadOnOpen && this.#items.some((item) => item.id === id && !item.read)) {
      this.#items = this.#items.map((item) => (item.id === id ? { ...item, read: true } : item));
    }
    const lead = this.#items.find((item) => item.id === id && item.story && item.story.unread > 0);
    if (lead && this.#preferences?.markReadOnOpen && this.#preferences.readStoryOnce) void this.markStoryRead(lead.id, false);
    this.#changed();
  }

  /** The list query's folding, from the preferences; search results and Bookmarks are never folded. */
  #folding(): { fold?: boolean; storyOrder?: Preferences['storyOrder'] } {
    const prefs = this.#preferences;
    if (!prefs?.foldStories || this.#scope.view === 'bookmarks') return {};
    return { fold: true, storyOrder: prefs.storyOrder };
  }

  /** The folded story whose other articles the list shows (Shift+A on one of them then marks that story). */
  #openStory: number | null = null;

  /**
   * Reads a story once: every article of the story `id` leads is marked read, and the row
   * says so in place. Undo (Ctrl+Z, or the status line's button) marks exactly those unread again.
   */
  async markStoryRead(id: number, announce = true): Promise<void> {
    const api = this.#options.api();
    if (!api) return;
    try {
      const ids = await api.related.markStoryRead(id);
      if (ids.length === 0) return;
      const marked = new Set(ids);
      const readIn = (item: ArticleSummary): ArticleSummary => (marked.has(item.id) ? { ...item, read: true } : item);
      this.#items = this.#items.map((item) =>
        item.story && (marked.has(item.id) || item.story.others.some((o) => marked.has(o.id)))
          ? { ...readIn(item), story: { ...item.story, others: item.story.others.map(readIn), unread: 0 } }
          : readIn(item),
      );
      this.#changed();
      const others = ids.filter((i) => i !== id).length;
      if (others === 0) return;
      const message = `Story read: ${plural(others, 'other article', 'other articles')} marked as read`;
      const undo = {
        undo: async () => {
          await api.library.setReadMany(ids.filter((i) => i !== id), false);
          await Promise.all([this.reload(), this.refreshCounts()]);
          return `${plural(others, 'article', 'articles')} unread again`;
        },
      };
      if (this.#options.remember) this.#options.remember(message, undo);
      else if (announce) this.#options.announce(message);
    } catch (error) {
      this.#options.announce(`The story could not be marked as read: ${errorMessage(error)}`);
    }
  }

  /** Closes the article (the pane's ×, Escape): the pane is empty and the selected row stays where it was. */
  closeArticle(): void {
    this.#articleOpen = false;
    this.#changed();
  }

  /** Opens the selected article again after it was closed. */
  reopenArticle(): void {
    this.#articleOpen = true;
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
    const before = this.#preferences;
    this.#preferences = prefs;
    // Folding on or off, or another story order: the list is asked for again.
    if (before && (before.foldStories !== prefs.foldStories || before.storyOrder !== prefs.storyOrder) && !this.#scope.query) void this.reload();
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
      if (bookmarked || !this.#options.remember) return this.#options.announce(bookmarked ? 'Bookmarked' : 'Bookmark removed');
      // A bookmark keeps an article for good; taking one away by a slip of b is put right with Ctrl+Z.
      this.#options.remember('Bookmark removed', {
        undo: async () => {
          this.#patchItem(await api.library.setBookmarked(id, true));
          this.article.run();
          if (this.#scope.view === 'bookmarks' && !this.#scope.query) await this.reload();
          return 'Bookmarked again';
        },
      });
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

  /** Search results and Bookmarks are not a source or folder scope: "all" is what the list shows. */
  get #marksShownRows(): boolean {
    return !!this.#scope.query || this.#scope.view === 'bookmarks';
  }

  /** How many articles "Mark all as read" would mark now, as far as the counts know. */
  #unreadInScope(): number {
    const { sourceId, folder } = this.#scope;
    if (this.#marksShownRows) return this.items.filter((i) => !i.read).length;
    if (sourceId !== null) return this.sources.find((s) => s.id === sourceId)?.unread ?? 0;
    if (folder !== null) return this.sources.filter((s) => s.folder === folder).reduce((n, s) => n + s.unread, 0);
    return this.edition?.unreadCount ?? 0;
  }

  /**
   * Marks what the list's scope holds unread as read, after asking when that is more than a
   * screenful (more than the person can see), and remembers exactly which articles it marked
   * so that Undo marks those, and only those, unread again.
   */
  async markAllRead(): Promise<void> {
    const api = this.#options.api();
    if (!api) return;
    // On a folded story's row (or an article shown beneath it), Shift+A marks that story while any of it
    // is unread; pressed again, with the story read, it marks the list as on any other row.
    const story = this.#items.find(
      (i) => i.story && (i.id === this.#selectedId || (this.#openStory === i.story.id && i.story.others.some((o) => o.id === this.#selectedId))),
    );
    if (story?.story && story.story.unread > 0) return this.markStoryRead(story.id);
    const affected = this.#unreadInScope();
    const screenful = this.#options.screenful?.() ?? Infinity;
    if (affected > screenful && this.#options.confirm) {
      const where = this.#scope.query ? 'these search results' : this.heading;
      const yes = await this.#options.confirm({
        title: 'Mark all as read?',
        message: `${plural(affected, 'article', 'articles')} in ${where} will be marked as read. Ctrl+Z undoes it.`,
        confirm: `Mark ${affected} as read`,
      });
      if (!yes) return this.#options.announce('Nothing was marked');
    }
    try {
      let ids: number[];
      if (this.#marksShownRows) {
        const unread = this.items.filter((i) => !i.read).map((i) => i.id);
        ids = [];
        for (let at = 0; at < unread.length; at += MAX_MARKS) {
          const part = unread.slice(at, at + MAX_MARKS);
          if ((await api.library.setReadMany(part, true)) > 0) ids.push(...part);
        }
      } else {
        ids = await api.library.markAllRead({ sourceId: this.#scope.sourceId, folder: this.#scope.folder });
      }
      await Promise.all([this.reload(), this.refreshCounts()]);
      if (ids.length === 0) return this.#options.announce('Nothing was unread');
      const message = `${plural(ids.length, 'article', 'articles')} marked as read`;
      if (!this.#options.remember) return this.#options.announce(message);
      this.#options.remember(message, {
        undo: async () => {
          for (let at = 0; at < ids.length; at += MAX_MARKS) await api.library.setReadMany(ids.slice(at, at + MAX_MARKS), false);
          await Promise.all([this.reload(), this.refreshCounts()]);
          return `${plural(ids.length, 'article', 'articles')} unread again`;
        },
      });
    } catch (error) {
      this.#options.announce(`Could not mark all as read: ${errorMessage(error)}`);
    }
  }

  /** Refreshes one source's feed (`scope`), by default the source the list shows, or all of them (null). */
  async refreshFeeds(scope: number | null = this.#scope.sourceId): Promise<void> {
    const api = this.#options.api();
    if (!api) return;
    // The result names what was refreshed: r on a source refreshes that source only.
    const what = scope === null ? 'All sources' : (this.#sources.find((s) => s.id === scope)?.title ?? 'This source');
    this.#options.announce(`${what}: refreshing…`);
    try {
      const summary = await api.feeds.refresh(scope);
      await Promise.all([this.reload(), this.refreshCounts()]);
      const news = summary.newArticles === 0 ? 'no new articles' : `${summary.newArticles} new ${summary.newArticles === 1 ? 'article' : 'articles'}`;
      const failed = summary.failed.length;
      this.#options.announce(`${what}: ${news}${failed ? `; ${plural(failed, 'source', 'sources')} could not be refreshed` : ''}`);
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

  /**
   * Unsubscribes from `source`, with Undo. Removing a source deletes its articles, which nothing
   * could bring back as they were, so the removal is held for the undo window: the source and its
   * articles leave the window at once, and the library removes them when the window passes (or
   * the app closes). Undo within it cancels the removal, and nothing was lost.
   */
  unsubscribe(source: SourceInfo): void {
    const api = this.#options.api();
    if (!api) return;
    const remove = async () => {
      await api.feeds.unsubscribe(source.id);
      this.#removing.delete(source.id);
      await Promise.all([this.refreshCounts(), this.reload()]).catch(() => {});
    };
    if (!this.#options.remember) {
      void remove().then(() => this.#options.announce(`Unsubscribed from ${source.title}`), (error) => this.#options.announce(`Could not unsubscribe: ${errorMessage(error)}`));
      return;
    }
    this.#removing.set(source.id, source);
    void this.sourceRemoved(source.id);
    this.#options.remember(`Unsubscribed from ${source.title}`, {
      commit: remove,
      undo: async () => {
        this.#removing.delete(source.id);
        this.#changed();
        await this.refreshCounts().catch(() => {});
        return `${source.title} is back`;
      },
      commitFailed: (message) => this.#options.announce(`Could not unsubscribe from ${source.title}: ${message}`),
    });
  }

  /** A source was unsubscribed (or is being): the list and the selection leave it. */
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
    'library.refreshAll': () => this.refreshFeeds(null),
  };
}
