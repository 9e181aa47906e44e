import { provide } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ArticleSummary, BigPictureQuery, EditionInfo, ListView, Preferences, SourceInfo, ThemeChoice } from '../../../electron/shared/models.ts';
import { BroadsheetError, createApi, installedBridge, type Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import type { ViewSelectEvent } from '../../state/events.ts';
import '../bs-article-list/bs-article-list.ts';
import '../bs-confirm-open/bs-confirm-open.ts';
import type { BsArticleList, ListState } from '../bs-article-list/bs-article-list.ts';
import '../bs-masthead/bs-masthead.ts';
import type { BsMasthead } from '../bs-masthead/bs-masthead.ts';
import '../bs-nav/bs-nav.ts';
import '../bs-reading-pane/bs-reading-pane.ts';
import type { BsReadingPane } from '../bs-reading-pane/bs-reading-pane.ts';
import '../bs-related/bs-related.ts';
import '../bs-big-picture/bs-big-picture.ts';
import type { BsRelated } from '../bs-related/bs-related.ts';
import '../bs-help/bs-help.ts';
import type { BsHelp } from '../bs-help/bs-help.ts';
import '../bs-keymap-editor/bs-keymap-editor.ts';
import type { BsKeymapEditor } from '../bs-keymap-editor/bs-keymap-editor.ts';
import '../bs-listen/bs-listen.ts';
import type { BsListen } from '../bs-listen/bs-listen.ts';
import '../bs-palette/bs-palette.ts';
import type { BsPalette } from '../bs-palette/bs-palette.ts';
import '../bs-import-export/bs-import-export.ts';
import type { BsImportExport } from '../bs-import-export/bs-import-export.ts';
import '../bs-source-settings/bs-source-settings.ts';
import type { BsSourceSettings } from '../bs-source-settings/bs-source-settings.ts';
import { intervalLabel } from '../bs-source-settings/bs-source-settings.ts';
import { isCommandId, type CommandId, type KeymapOverrides } from '../../../electron/shared/commands.ts';
import { containsDeep, deepActiveElement, focusablesIn, isShown, moveBetweenRegions, type FocusRegion } from '../../state/focus.ts';
import { KeymapController } from '../../state/keymap.ts';
import { styles } from './bs-app.styles.ts';

const PAGE = 200;
/** Longest a key waits for the command typed before it. */
const COMMAND_WAIT_MS = 400;

function message(error: unknown): string {
  return error instanceof BroadsheetError || error instanceof Error ? error.message : String(error);
}

/** The core's default reading size (electron/core/preferences.ts), restored by "Default text size". */
const DEFAULT_FONT_SIZE = 18;
/** How long a selection rests before its related stories are looked up (see relatedFor). */
const RELATED_SETTLE_MS = 150;
/** How long after a command focus is watched (see #keepFocus). */
const KEEP_FOCUS_MS = 2000;

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
  /** The folder whose sources the list shows (sourceId is then null); see bs-nav. */
  @state() accessor folder: string | null = null;
  @state() accessor searchQuery = '';
  @state() accessor items: ArticleSummary[] = [];
  @state() accessor total: number | null = null;
  @state() accessor next: string | null = null;
  @state() accessor listState: ListState = 'loading';
  @state() accessor listError = '';
  @state() accessor selectedId: number | null = null;
  @state() accessor announcement = '';
  @state() accessor fatal = '';
  /** The Big picture replaces the article list while it is open. */
  @state() accessor bigPicture = false;
  @state() accessor bigPictureQuery: BigPictureQuery = { since: '24h' };

  @query('bs-article-list') accessor list!: BsArticleList;
  @query('bs-reading-pane') accessor pane!: BsReadingPane;
  @query('bs-related') accessor related!: BsRelated;
  @query('bs-masthead') accessor masthead!: BsMasthead;
  @query('bs-help') accessor help!: BsHelp | null;
  @query('bs-palette') accessor palette!: BsPalette | null;
  @query('bs-keymap-editor') accessor keymapEditor!: BsKeymapEditor | null;
  @query('bs-listen') accessor listenPanel!: BsListen | null;
  @query('bs-source-settings') accessor sourceSettings!: BsSourceSettings | null;
  @query('bs-import-export') accessor importExport!: BsImportExport | null;

  /** Every key goes through the command table; see electron/shared/commands.ts. */
  readonly keymap = new KeymapController(this, { run: (id) => this.runCommand(id) });

  #listRequest = 0;
  #loadingMore = false;
  #unsubscribe: (() => void)[] = [];

  readonly articleTask = new Task(this, {
    task: async ([id, api]) => (id === null || !api ? null : api.library.article(id)),
    args: () => [this.selectedId, this.api] as const,
  });

  readonly bigPictureTask = new Task(this, {
    task: async ([open, query, api]) => (!open || !api ? [] : api.related.bigPicture(query)),
    args: () => [this.bigPicture, this.bigPictureQuery, this.api] as const,
  });

  /**
   * The article whose related stories are shown: the selection once it has rested for
   * RELATED_SETTLE_MS. Finding related stories costs the core tens of milliseconds on a
   * large library, and while it runs the next key press's article waits; skimming with j
   * should not pay that for every article passed over.
   */
  @state() accessor relatedFor: number | null = null;
  #relatedTimer: ReturnType<typeof setTimeout> | undefined;

  readonly relatedTask = new Task(this, {
    task: async ([id, api]) => (id === null || !api ? [] : api.related.articles(id)),
    args: () => [this.relatedFor, this.api] as const,
  });

  #paneArticleId: number | null = null;

  override updated(): void {
    // The reading pane is kept between articles, so a newly shown article starts at its top.
    const shown = this.articleTask.value?.id ?? null;
    if (shown !== this.#paneArticleId) {
      this.#paneArticleId = shown;
      this.pane?.scrollTo({ top: 0 });
    }
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('selectedId')) {
      clearTimeout(this.#relatedTimer);
      const id = this.selectedId;
      this.#relatedTimer = setTimeout(() => (this.relatedFor = id), RELATED_SETTLE_MS);
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.api) {
      const bridge = installedBridge();
      if (bridge) this.api = createApi(bridge);
    }
    void this.#start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const off of this.#unsubscribe) off();
    this.#unsubscribe = [];
  }

  async #start(): Promise<void> {
    const api = this.api;
    if (!api) {
      this.fatal = 'Broadsheet could not reach its library. Restart the app; if this keeps happening, reinstall it.';
      return;
    }
    this.#unsubscribe.push(
      api.on('libraryChanged', (change) => {
        this.#refreshCountsSoon();
        if (change.reason === 'refresh' && change.articleIds.length > 0) this.#showArrivals();
      }),
    );
    this.#unsubscribe.push(api.on('menuCommand', ({ id }) => void (isCommandId(id) && this.runCommand(id))));
    try {
      this.prefs = await api.preferences.get();
      this.#applyPreferences(this.prefs);
      this.keymap.overrides = this.prefs.keymap ?? {};
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

  #countsTimer: ReturnType<typeof setTimeout> | undefined;

  /**
   * Counts follow library changes, but reading with j/j/j marks an article read
   * on every key: one refresh after the burst keeps those keys off the IPC queue.
   */
  #refreshCountsSoon(): void {
    clearTimeout(this.#countsTimer);
    this.#countsTimer = setTimeout(() => void this.#refreshCounts(), 300);
  }

  async #refreshCounts(): Promise<void> {
    if (!this.api) return;
    const [edition, sources] = await Promise.all([this.api.library.edition(), this.api.feeds.sources()]);
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
        const items = await api.library.search(this.searchQuery, PAGE);
        if (request !== this.#listRequest) return;
        this.items = items;
        this.total = items.length;
        this.next = null;
      } else {
        const page = await api.library.articles({ view: this.view, sourceId: this.sourceId, folder: this.folder, limit: PAGE });
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
      const page = await this.api.library.articles({ view: this.view, sourceId: this.sourceId, folder: this.folder, cursor: this.next, limit: PAGE });
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
    // A new items array makes the virtualizer lay out again: only when a row really changes.
    if (this.prefs?.markReadOnOpen && this.items.some((item) => item.id === id && !item.read)) {
      this.items = this.items.map((item) => (item.id === id ? { ...item, read: true } : item));
    }
    if (focus) void this.updateComplete.then(() => this.pane?.focus());
  }

  async toggleBookmark(id: number, bookmarked: boolean): Promise<void> {
    if (!this.api) return;
    try {
      const updated = await this.api.library.setBookmarked(id, bookmarked);
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
    this.prefs = await this.api.preferences.set(patch);
    this.#applyPreferences(this.prefs);
  }

  #onView(event: ViewSelectEvent): void {
    this.bigPicture = false;
    this.view = event.detail.view;
    this.sourceId = event.detail.sourceId;
    this.folder = event.detail.sourceId === null ? (event.detail.folder ?? null) : null;
    this.searchQuery = '';
    void this.#loadList();
    void this.#setPreferences({ lastView: this.view });
  }

  /**
   * Runs one command of the command table (electron/shared/commands.ts), whether it came
   * from a key, the command palette or the application menu. Returns false when the
   * command does not apply here, so its key keeps its usual meaning.
   */
  runCommand(id: CommandId): boolean {
    // Keys typed while a slow command (g a loading a view) is under way run after it, in
    // order, so "g a h" always means "go to All, then the pane before it". A command is
    // waited for at most COMMAND_WAIT_MS, so a long refresh never holds the keyboard.
    if (this.#commandsBusy > 0) {
      this.#commandsBusy++;
      this.#commandTail = this.#commandTail.then(() => this.#runNow(id).done).finally(() => this.#commandsBusy--);
      return true;
    }
    const { applies, done } = this.#runNow(id);
    if (!applies) return false;
    if (done) {
      this.#commandsBusy++;
      this.#commandTail = done.finally(() => this.#commandsBusy--);
    }
    return true;
  }

  #commandTail: Promise<unknown> = Promise.resolve();
  #commandsBusy = 0;

  #runNow(id: CommandId): { applies: boolean; done: Promise<unknown> | null } {
    this.#commandSeq++;
    const before = deepActiveElement();
    const region = this.#regions().findIndex((r) => r.element && containsDeep(r.element, before));
    const result = this.#command(id);
    if (result === false) return { applies: false, done: null };
    void Promise.resolve(result).then(() => this.#keepFocus(region));
    if (!(result instanceof Promise)) return { applies: true, done: null };
    const settled = result.catch(() => {});
    return { applies: true, done: Promise.race([settled, new Promise((resolve) => setTimeout(resolve, COMMAND_WAIT_MS))]) };
  }

  /** Counts commands, so a slow one (g a loading a view) never takes focus from a key pressed after it. */
  #commandSeq = 0;

  #command(id: CommandId): boolean | void | Promise<unknown> {
    // The selected row, even while its full article is still loading: a key pressed right after j acts on what is selected.
    const article = this.items.find((i) => i.id === this.selectedId) ?? this.articleTask.value ?? null;
    const listen = this.listenPanel;
    switch (id) {
      case 'article.next':
      case 'article.previous':
        if (this.bigPicture || !this.list) return false;
        if (!this.list.move(id === 'article.next' ? 1 : -1)) this.announce(id === 'article.next' ? 'This is the last article' : 'This is the first article');
        return;
      case 'article.nextUnread':
      case 'article.previousUnread':
        return this.#moveToUnread(id === 'article.nextUnread' ? 1 : -1);
      case 'article.open':
        if (this.bigPicture || !this.list) return false;
        if (this.selectedId === null) this.list.move(1);
        return this.updateComplete.then(() => this.pane?.focus());
      case 'article.openOriginal':
        if (!article?.url) return this.announce('This article has no original page to open');
        return this.api?.system.openExternal(article.url).then(() => this.announce('Opened in your browser'));
      case 'article.toggleBookmark':
        if (!article) return this.announce('Open an article first');
        return this.toggleBookmark(article.id, !article.bookmarked);
      case 'article.toggleRead':
        return this.#toggleRead();
      case 'library.markAllRead':
        return this.#markAllRead();
      case 'library.refresh':
        return this.#refreshFeeds();
      case 'source.settings':
        return this.#openSourceSettings(article?.source.id ?? null);
      case 'search.focus':
        this.masthead?.focusSearch();
        return;
      case 'subscriptions.import':
        return this.importExport?.showImportSubscriptions();
      case 'subscriptions.export':
        return this.importExport?.exportSubscriptions().then((text) => this.announce(text));
      case 'bookmarks.export':
        return this.importExport?.showExportBookmarks();
      case 'bookmarks.import':
        return this.importExport?.showImportBookmarks();
      case 'reading.pageDown':
      case 'reading.pageUp':
        return this.#page(id === 'reading.pageDown' ? 1 : -1);
      case 'related.next':
      case 'related.previous':
        return this.#moveInRelated(id === 'related.next' ? 1 : -1);
      case 'go.all':
      case 'go.unread':
      case 'go.bookmarks':
        return this.#goTo(({ 'go.all': 'all', 'go.unread': 'unread', 'go.bookmarks': 'bookmarks' } as const)[id]);
      case 'go.bigPicture':
        if (!customElements.get('bs-big-picture')) return this.announce('Big picture is not available yet');
        this.bigPicture = true;
        this.announce('Big picture');
        return this.updateComplete.then(() => focusablesIn(this.renderRoot.querySelector('bs-big-picture'))[0]?.focus());
      case 'focus.next':
      case 'focus.previous':
        // The sidebar is one of the stops, so its stories are looked up now if the selection has not rested yet.
        return this.#relatedNow().then(() => void moveBetweenRegions(this.#regions(), id === 'focus.next' ? 1 : -1));
      case 'app.escape':
        return this.#back();
      case 'listen.toggle':
        return this.announce(listen?.toggle() ?? 'Open an article to listen');
      case 'listen.next':
        return this.announce(listen?.next() ?? 'Open an article to listen');
      case 'listen.previous':
        return this.announce(listen?.previous() ?? 'Open an article to listen');
      case 'listen.faster':
      case 'listen.slower':
        return this.announce(listen?.changeRate(id === 'listen.faster' ? 1 : -1) ?? 'Open an article to listen');
      case 'view.fontLarger':
        return this.#changeFont(1);
      case 'view.fontSmaller':
        return this.#changeFont(-1);
      case 'view.fontReset':
        return this.#setPreferences({ fontSize: DEFAULT_FONT_SIZE });
      case 'theme.cycle':
      case 'theme.system':
      case 'theme.light':
      case 'theme.dark': {
        const order: ThemeChoice[] = ['system', 'light', 'dark'];
        const theme = id === 'theme.cycle' ? order[(order.indexOf(this.prefs?.theme ?? 'system') + 1) % order.length]! : (id.slice(6) as ThemeChoice);
        return this.#setPreferences({ theme }).then(() => this.announce(theme === 'system' ? 'Theme follows the system' : `${theme[0]!.toUpperCase()}${theme.slice(1)} theme`));
      }
      case 'app.palette':
        return this.palette?.show();
      case 'app.help':
        return this.help?.show();
      case 'app.keymap':
        return this.keymapEditor?.show();
    }
  }

  #regions(): FocusRegion[] {
    const nav = this.renderRoot.querySelector<HTMLElement>('bs-nav');
    const bigPicture = this.renderRoot.querySelector<HTMLElement>('bs-big-picture');
    const first = (el: HTMLElement | null, selector = '*') => {
      const target = focusablesIn(el).find((f) => f.matches(selector));
      target?.focus();
      return !!target;
    };
    return [
      { name: 'sources', element: nav, focus: () => first(nav, '[aria-current="true"]') || first(nav) },
      bigPicture
        ? { name: 'big picture', element: bigPicture, focus: () => first(bigPicture) }
        : { name: 'articles', element: this.list, focus: () => (this.list?.listbox ? (this.list.focus(), true) : false) },
      { name: 'reading pane', element: this.pane, focus: () => (this.pane ? (this.pane.focus(), true) : false) },
      { name: 'related stories', element: this.related, focus: () => this.related?.focusFirst() ?? false },
    ];
  }

  /** Enter in the search field shows the results at once and moves the keyboard to them. */
  #onSearchEnter = async (event: KeyboardEvent): Promise<void> => {
    const input = event.composedPath()[0];
    if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || input.type !== 'search') return;
    event.preventDefault();
    this.searchQuery = input.value.trim();
    await this.#loadList();
    await this.updateComplete;
    if (this.list?.listbox) {
      if (this.selectedId === null || !this.items.some((i) => i.id === this.selectedId)) this.list.move(1);
      this.list.focus();
    }
  };

  /**
   * Focus must never fall to the page body after an action: the row or button it was on may be
   * removed by work that finishes later (a list reload, related stories arriving). For a short
   * while after each command, focus that fell to the body goes back to the pane it was in, or
   * else to the article list, or else to the reading pane.
   */
  #keepFocusUntil = 0;
  #keepFocusRegion = -1;
  async #keepFocus(region: number): Promise<void> {
    this.#keepFocusRegion = region;
    const running = this.#keepFocusUntil > performance.now();
    this.#keepFocusUntil = performance.now() + KEEP_FOCUS_MS;
    if (running) return;
    while (performance.now() < this.#keepFocusUntil && this.isConnected) {
      await this.updateComplete;
      await new Promise(requestAnimationFrame);
      if (deepActiveElement() || document.querySelector('dialog[open]')) continue;
      const regions = this.#regions();
      const was = regions[this.#keepFocusRegion];
      if (was && isShown(was.element) && was.focus()) continue;
      if (!regions[1]!.focus()) this.pane?.focus();
    }
  }

  async #moveToUnread(step: 1 | -1): Promise<void> {
    if (this.bigPicture || !this.list) return;
    const index = this.items.findIndex((a) => a.id === this.selectedId);
    for (let i = index + step; i >= 0 && i < this.items.length; i += step) {
      if (!this.items[i]!.read) {
        this.list.move(i - index);
        return;
      }
    }
    this.announce(step === 1 ? 'No more unread articles in this list' : 'No earlier unread articles in this list');
  }

  /** Looks up the selection's related stories without waiting for it to rest. */
  async #relatedNow(): Promise<void> {
    if (this.selectedId === null) return;
    if (this.relatedFor !== this.selectedId) {
      clearTimeout(this.#relatedTimer);
      this.relatedFor = this.selectedId;
    }
    // A lookup the rest timer already started may still be running: wait for it too, or `]`
    // pressed just then finds no stories yet (seen on a loaded machine).
    await this.updateComplete;
    await this.relatedTask.taskComplete.catch(() => {});
    await this.updateComplete;
  }

  /** [ and ]: step through the related stories; looks them up at once if the selection has not rested yet. */
  async #moveInRelated(step: 1 | -1): Promise<void> {
    if (this.selectedId === null) return this.announce('Open an article first');
    await this.#relatedNow();
    const buttons = focusablesIn(this.related).filter((b) => b.matches('button[data-article-id]'));
    if (buttons.length === 0) return this.announce('No related stories');
    const at = buttons.indexOf(deepActiveElement() as HTMLElement);
    const next = step === 1 ? (at + 1) % buttons.length : at <= 0 ? buttons.length - 1 : at - 1;
    buttons[next]!.focus();
  }

  async #toggleRead(): Promise<void> {
    const article = this.items.find((i) => i.id === this.selectedId) ?? this.articleTask.value;
    if (!article || !this.api) return this.announce('Open an article first');
    const current = this.items.find((i) => i.id === article.id)?.read ?? article.read;
    try {
      const updated = await this.api.library.setRead(article.id, !current);
      this.#patchItem(updated);
      this.announce(updated.read ? 'Marked as read' : 'Marked as unread');
    } catch (error) {
      this.announce(`The article could not be marked: ${message(error)}`);
    }
  }

  async #markAllRead(): Promise<void> {
    if (!this.api) return;
    try {
      let count: number;
      if (this.searchQuery) {
        // Search results are not a source or folder scope: mark what the list shows.
        const unread = this.items.filter((i) => !i.read);
        await Promise.all(unread.map((i) => this.api!.library.setRead(i.id, true)));
        count = unread.length;
      } else {
        count = await this.api.library.markAllRead({ sourceId: this.sourceId, folder: this.folder });
      }
      await Promise.all([this.#loadList(), this.#refreshCounts()]);
      this.announce(count === 0 ? 'Nothing was unread' : `${count} ${count === 1 ? 'article' : 'articles'} marked as read`);
    } catch (error) {
      this.announce(`Could not mark all as read: ${message(error)}`);
    }
  }

  /**
   * Articles that a background refresh brought appear without a click, but only
   * while the reader is at the top of a plain view: a reload there moves nothing
   * they are looking at. Deep in a list or in search results, the counts update
   * and the list waits until they change view.
   */
  #showArrivals(): void {
    if (this.searchQuery || this.bigPicture || this.listState !== 'ready' || this.items.length > PAGE) return;
    void this.#loadList();
  }

  /**
   * "Source settings" acts on the source the keyboard is on in the source list, else the
   * source the list shows, else the open article's source (`articleSource`); a click on a
   * source's settings button passes that source with `exact`.
   */
  async #openSourceSettings(articleSource: number | null, exact = false): Promise<void> {
    const focused = deepActiveElement();
    const nav = this.renderRoot.querySelector('bs-nav');
    const focusedSource = !exact && focused?.dataset.sourceId && nav && containsDeep(nav, focused) ? Number(focused.dataset.sourceId) : null;
    const id = exact ? articleSource : (focusedSource ?? this.sourceId ?? articleSource);
    if (id === null) return this.announce('Choose a source first');
    // Fresh figures: last success and last error change with every refresh.
    await this.#refreshCounts().catch(() => {});
    const source = this.sources.find((s) => s.id === id);
    if (!source) return this.announce('That source is no longer in your library');
    await this.sourceSettings?.show(source);
  }

  #onSourceChanged(source: SourceInfo): void {
    this.sources = this.sources.map((s) => (s.id === source.id ? source : s));
    const every = source.refreshMinutes == null ? `follows the preference (every ${intervalLabel(this.prefs?.refreshMinutes ?? 30)})` : `refreshes every ${intervalLabel(source.refreshMinutes)}`;
    this.announce(`${source.title} ${every}`);
  }

  async #onSourceRemoved(sourceId: number, title: string): Promise<void> {
    // Its articles left the library with it.
    const shown = this.items.find((i) => i.id === this.selectedId) ?? this.articleTask.value;
    if (shown?.source.id === sourceId) this.selectedId = null;
    if (this.sourceId === sourceId) this.sourceId = null;
    await Promise.all([this.#refreshCounts(), this.#loadList()]).catch(() => {});
    await this.updateComplete;
    // The dialog gave focus back to the source's own button, which has just gone: stay in the source list.
    if (!deepActiveElement()) this.#regions()[0]?.focus();
    this.announce(`Unsubscribed from ${title}`);
  }

  /** After an import: the new sources and bookmarks show at once, and new sources fetch their articles now rather than at the next scheduled refresh. */
  async #onImported(kind: 'subscriptions' | 'bookmarks'): Promise<void> {
    await Promise.all([this.#refreshCounts(), this.#loadList()]).catch(() => {});
    if (kind === 'subscriptions') await this.#refreshFeeds(null);
  }

  async #refreshFeeds(scope: number | null = this.sourceId): Promise<void> {
    if (!this.api) return;
    this.announce('Refreshing…');
    try {
      const summary = await this.api.feeds.refresh(scope);
      await Promise.all([this.#loadList(), this.#refreshCounts()]);
      const news = summary.newArticles === 0 ? 'No new articles' : `${summary.newArticles} new ${summary.newArticles === 1 ? 'article' : 'articles'}`;
      this.announce(summary.failed.length ? `${news}; ${summary.failed.length} ${summary.failed.length === 1 ? 'source' : 'sources'} could not be refreshed` : news);
    } catch (error) {
      this.announce(`Refresh failed: ${message(error)}`);
    }
  }

  /** Space: a screenful down in the reading pane; at the end, on to the next unread article. */
  async #page(step: 1 | -1): Promise<void> {
    const pane = this.pane;
    if (!pane) return;
    const atEnd = pane.scrollTop + pane.clientHeight >= pane.scrollHeight - 4;
    if (step === 1 && atEnd) return this.#moveToUnread(1);
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    pane.scrollBy({ top: step * pane.clientHeight * 0.85, behavior: smooth ? 'smooth' : 'auto' });
  }

  async #goTo(view: ListView): Promise<void> {
    const seq = this.#commandSeq;
    this.#onView(new CustomEvent('view-select', { detail: { view, sourceId: null } }));
    for (let i = 0; i < 120 && this.listState === 'loading'; i++) await new Promise(requestAnimationFrame);
    await this.updateComplete;
    if (seq !== this.#commandSeq) return;
    this.announce(`${this.#listHeading()}: ${this.total ?? this.items.length} ${(this.total ?? this.items.length) === 1 ? 'article' : 'articles'}`);
    if (!this.list?.listbox || !(this.list.focus(), deepActiveElement())) this.pane?.focus();
  }

  #back(): boolean | Promise<void> {
    if (this.searchQuery) {
      this.searchQuery = '';
      return this.#loadList().then(() => this.updateComplete).then(() => this.list?.focus());
    }
    if (this.bigPicture) {
      this.bigPicture = false;
      return this.updateComplete.then(() => this.list?.focus());
    }
    const active = deepActiveElement();
    if (active && (containsDeep(this.pane, active) || containsDeep(this.related, active))) {
      this.list?.focus();
      return true;
    }
    return false;
  }

  async #changeFont(delta: number): Promise<void> {
    const size = Math.min(32, Math.max(12, (this.prefs?.fontSize ?? 18) + delta));
    await this.#setPreferences({ fontSize: size });
  }

  #listHeading(): string {
    if (this.searchQuery) return `Search: ${this.searchQuery}`;
    if (this.sourceId !== null) return this.sources.find((s) => s.id === this.sourceId)?.title ?? 'Source';
    if (this.folder !== null) return this.folder;
    return { all: 'All articles', unread: 'Unread', bookmarks: 'Bookmarks' }[this.view];
  }

  #emptyText(): [string, string] {
    if (this.searchQuery) return ['No matches', `Nothing in your library matches “${this.searchQuery}”. Try fewer or different words.`];
    if (this.view === 'bookmarks') return ['No bookmarks yet', 'Press b or the Bookmark button on an article to keep it here, offline, for good.'];
    if (this.view === 'unread') return ['All caught up', 'There is nothing unread. New articles appear here as they arrive.'];
    if (this.sourceId !== null || this.folder !== null) {
      return ['No articles yet', `Nothing has arrived from ${this.sourceId !== null ? 'this source' : 'the sources in this folder'} yet. Refresh (r) to check now.`];
    }
    return ['No articles yet', 'This library is empty.'];
  }

  #pane() {
    const size = this.prefs?.fontSize ?? 18;
    // One template for every task state: the pane element, with its focus, survives moving from
    // article to article instead of being rebuilt twice per key press (see scripts/bench/keyboard.ts).
    const task = this.articleTask;
    const article = task.status === TaskStatus.ERROR ? null : (task.value ?? null);
    const state =
      task.status === TaskStatus.ERROR ? 'error' : article ? 'ready' : task.status === TaskStatus.PENDING ? 'loading' : 'empty';
    return html`<bs-reading-pane state=${state} .article=${article} font-size=${size}
      error-message=${task.status === TaskStatus.ERROR ? message(task.error) : ''}
      @bookmark-toggle=${(e: CustomEvent<{ id: number; bookmarked: boolean }>) => void this.toggleBookmark(e.detail.id, e.detail.bookmarked)}
      @open-original=${(e: CustomEvent<{ url: string }>) => void this.api?.system.openExternal(e.detail.url)}></bs-reading-pane>`;
  }

  #bigPicture() {
    const day = this.bigPictureQuery.day ?? null;
    const onRange = (e: CustomEvent<BigPictureQuery>) => (this.bigPictureQuery = e.detail);
    return this.bigPictureTask.render({
      initial: () => html`<bs-big-picture state="loading" .day=${day}></bs-big-picture>`,
      pending: () => html`<bs-big-picture state="loading" .day=${day} @big-picture-range=${onRange}></bs-big-picture>`,
      complete: (clusters) => html`<bs-big-picture state="ready" .clusters=${clusters} .day=${day} @big-picture-range=${onRange}></bs-big-picture>`,
      error: (error) => html`<bs-big-picture state="error" error-message=${message(error)} .day=${day} @big-picture-range=${onRange}></bs-big-picture>`,
    });
  }

  #related() {
    if (this.selectedId === null) return html`<bs-related state="idle"></bs-related>`;
    if (this.relatedFor !== this.selectedId) return html`<bs-related state="loading"></bs-related>`;
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
        @keydown=${this.#onSearchEnter}
      ></bs-masthead>
      <div class="columns" @article-select=${this.#onSelect}>
        <bs-nav .edition=${this.edition} .sources=${this.sources} view=${this.view} .sourceId=${this.sourceId} .folder=${this.folder} @view-select=${this.#onView}
          @source-settings=${(e: CustomEvent<{ sourceId: number }>) => void this.#openSourceSettings(e.detail.sourceId, true)}
          ?big-picture=${this.bigPicture} @big-picture-open=${() => (this.bigPicture = true)}
          @source-added=${(e: CustomEvent<{ source: SourceInfo; alreadySubscribed: boolean; newArticles: number }>) => {
            const { source, alreadySubscribed, newArticles } = e.detail;
            this.#onView(new CustomEvent('view-select', { detail: { view: 'all', sourceId: source.id } }));
            void this.#refreshCounts();
            this.announce(alreadySubscribed ? `Already subscribed to ${source.title}` : `Subscribed to ${source.title}: ${newArticles} articles`);
          }}></bs-nav>
        ${this.bigPicture ? this.#bigPicture() : html`<bs-article-list
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
        ></bs-article-list>`}
        <main>
          <bs-listen ?hidden=${!this.articleTask.value} .articleId=${this.articleTask.value?.id ?? null} .articleLang=${this.articleTask.value?.lang ?? null}
            .paragraphSource=${() => [...(this.pane?.shadowRoot?.querySelectorAll<HTMLElement>('#headline, .standfirst, .body :is(p, h2, h3, h4, li, blockquote)') ?? [])]}></bs-listen>
          ${this.#pane()}
        </main>
        ${this.#related()}
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
      <bs-confirm-open @open-request-resolved=${(e: CustomEvent<{ message: string }>) => this.announce(e.detail.message)}></bs-confirm-open>
      <bs-help .keymap=${this.keymap.keymap} platform=${this.keymap.platform}></bs-help>
      <bs-palette .keymap=${this.keymap.keymap} platform=${this.keymap.platform} @command-run=${(e: CustomEvent<{ id: CommandId }>) => this.runCommand(e.detail.id)}></bs-palette>
      <bs-source-settings default-minutes=${this.prefs?.refreshMinutes ?? 30}
        @source-changed=${(e: CustomEvent<{ source: SourceInfo }>) => this.#onSourceChanged(e.detail.source)}
        @source-removed=${(e: CustomEvent<{ sourceId: number; title: string }>) => void this.#onSourceRemoved(e.detail.sourceId, e.detail.title)}></bs-source-settings>
      <bs-import-export @library-imported=${(e: CustomEvent<{ kind: 'subscriptions' | 'bookmarks' }>) => void this.#onImported(e.detail.kind)}
        @export-done=${(e: CustomEvent<{ message: string }>) => this.announce(e.detail.message)}></bs-import-export>
      <bs-keymap-editor .overrides=${this.prefs?.keymap ?? {}} platform=${this.keymap.platform}
        @keymap-change=${(e: CustomEvent<{ keymap: KeymapOverrides }>) => {
          this.keymap.overrides = e.detail.keymap;
          void this.#setPreferences({ keymap: e.detail.keymap });
        }}></bs-keymap-editor>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-app': BsApp;
  }
}
