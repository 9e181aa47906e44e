import { provide } from '@lit/context';
import { TaskStatus } from '@lit/task';
import { html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { KeymapOverrides } from '../../../electron/shared/commands.ts';
import type { BigPictureQuery, ListView, Preferences, SourceInfo, ThemeChoice } from '../../../electron/shared/models.ts';
import { DEFAULT_PREFERENCES } from '../../../electron/shared/preferences.ts';
import { createApi, installedBridge, type Api } from '../../api.ts';
import { Announcer } from '../../state/announcer.ts';
import { CommandRouter, type CommandHandlers, type CommandRun } from '../../state/command-router.ts';
import { announcerContext, apiContext, commandsContext, libraryContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import type { ViewSelectEvent } from '../../state/events.ts';
import { containsDeep, deepActiveElement, focusFirstIn, type FocusRegion } from '../../state/focus.ts';
import { FocusRegions } from '../../state/focus-regions.ts';
import { LibraryStore } from '../../state/library-store.ts';
import { RelatedStories } from '../../state/related-stories.ts';
import type { BsArticleList } from '../bs-article-list/bs-article-list.ts';
import type { BsReadingPane } from '../bs-reading-pane/bs-reading-pane.ts';
import type { BsRelated } from '../bs-related/bs-related.ts';
import type { BsSourceSettings } from '../bs-source-settings/bs-source-settings.ts';
import '../bs-article-list/bs-article-list.ts';
import '../bs-big-picture/bs-big-picture.ts';
import '../bs-confirm-open/bs-confirm-open.ts';
import '../bs-help/bs-help.ts';
import '../bs-import-export/bs-import-export.ts';
import '../bs-keymap-editor/bs-keymap-editor.ts';
import '../bs-listen/bs-listen.ts';
import '../bs-masthead/bs-masthead.ts';
import '../bs-nav/bs-nav.ts';
import '../bs-palette/bs-palette.ts';
import '../bs-reading-pane/bs-reading-pane.ts';
import '../bs-related/bs-related.ts';
import '../bs-source-settings/bs-source-settings.ts';
import { styles } from './bs-app.styles.ts';

/**
 * @summary The whole reader: masthead, views and sources, the article list (or the Big picture),
 * reading pane and related stories. It lays them out and provides what they share (the api, the
 * library store, the command router, the live region); the work is done by the controllers in
 * renderer/state/ and by the elements that own each command.
 */
@customElement('bs-app')
export class BsApp extends LitElement {
  static override styles = styles;

  /** The library client; taken from the preloaded bridge unless a test provides one. */
  @provide({ context: apiContext })
  @property({ attribute: false })
  accessor api: Api | null = null;

  @provide({ context: announcerContext })
  accessor announcer = new Announcer(this, { messagesFrom: ['export-done', 'open-request-resolved'] });

  /** Keys, palette and menu all run commands here; focus is watched after each one. */
  @provide({ context: commandsContext })
  accessor commands = new CommandRouter(this, { watch: () => this.focusRegions.watch() });

  @provide({ context: libraryContext })
  accessor library = new LibraryStore(this, { api: () => this.api, announce: (text) => this.announcer.announce(text) });

  readonly stories = new RelatedStories(this, {
    api: () => this.api,
    selected: () => this.library.selectedId,
    bigPictureOpen: () => this.library.bigPicture,
    sidebar: () => this.related,
    announce: (text) => this.announcer.announce(text),
  });

  readonly focusRegions = new FocusRegions(this, { regions: () => this.#regions(), beforeMove: () => this.stories.lookUpNow() });

  @query('bs-article-list') accessor list!: BsArticleList | null;
  @query('bs-reading-pane') accessor pane!: BsReadingPane | null;
  @query('bs-related') accessor related!: BsRelated | null;
  @query('bs-source-settings') accessor sourceSettings!: BsSourceSettings | null;

  constructor() {
    super();
    for (const handlers of [this.library.commands, this.stories.commands, this.focusRegions.commands, this.#layoutCommands]) this.commands.register(handlers);
    this.library.on('preferences-changed', (prefs) => this.#applyPreferences(prefs));
  }

  /** The list's rows and selection (scripts/bench reads them). */
  get items() {
    return this.library.items;
  }
  get selectedId(): number | null {
    return this.library.selectedId;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.api) {
      const bridge = installedBridge();
      if (bridge) this.api = createApi(bridge);
    }
    void this.#start();
  }

  async #start(): Promise<void> {
    if (this.api) this.commands.listenToMenu(this.api);
    if (!(await this.library.start())) return;
    await this.updateComplete;
    await this.list?.scrollToSelected();
  }

  #applyPreferences(prefs: Preferences): void {
    const root = document.documentElement;
    if (prefs.theme === 'system') delete root.dataset.theme;
    else root.dataset.theme = prefs.theme;
    this.commands.keymap.overrides = prefs.keymap ?? {};
  }

  /** The commands that move between the panes laid out here. */
  readonly #layoutCommands: CommandHandlers = {
    'article.open': () => {
      if (this.library.bigPicture || !this.list) return false;
      if (this.library.selectedId === null) this.list.move(1);
      return this.updateComplete.then(() => this.pane?.focus());
    },
    'go.all': (run) => this.#goTo('all', run),
    'go.unread': (run) => this.#goTo('unread', run),
    'go.bookmarks': (run) => this.#goTo('bookmarks', run),
    'go.bigPicture': () => {
      this.library.setBigPicture(true);
      this.announcer.announce('Big picture');
      return this.updateComplete.then(() => focusFirstIn(this.renderRoot.querySelector('bs-big-picture')));
    },
    'app.escape': () => this.#back(),
  };

  async #goTo(view: ListView, run: CommandRun): Promise<void> {
    void this.library.selectView({ view, sourceId: null });
    await this.library.listSettled;
    await this.updateComplete;
    if (run.superseded) return;
    const count = this.library.total ?? this.library.items.length;
    this.announcer.announce(`${this.library.heading}: ${count} ${count === 1 ? 'article' : 'articles'}`);
    if (!this.list?.listbox || !(this.list.focus(), deepActiveElement())) this.pane?.focus();
  }

  /** Escape: leaves the search, then the Big picture, then goes from the reading pane or the sidebar back to the list. */
  #back(): boolean | Promise<void> {
    if (this.library.scope.query) return this.library.search('').then(() => this.updateComplete).then(() => this.list?.focus());
    if (this.library.bigPicture) {
      this.library.setBigPicture(false);
      return this.updateComplete.then(() => this.list?.focus());
    }
    const active = deepActiveElement();
    if (!active || !(containsDeep(this.pane!, active) || containsDeep(this.related!, active))) return false;
    this.list?.focus();
    return true;
  }

  #regions(): FocusRegion[] {
    const nav = this.renderRoot.querySelector<HTMLElement>('bs-nav');
    const bigPicture = this.renderRoot.querySelector<HTMLElement>('bs-big-picture');
    const { list, pane, related } = this;
    return [
      { name: 'sources', element: nav, focus: () => focusFirstIn(nav, '[aria-current="true"]') || focusFirstIn(nav) },
      bigPicture
        ? { name: 'big picture', element: bigPicture, focus: () => focusFirstIn(bigPicture), fallback: true }
        : { name: 'articles', element: list, focus: () => (list?.listbox ? (list.focus(), true) : false), fallback: true },
      { name: 'reading pane', element: pane, focus: () => (pane ? (pane.focus(), true) : false), fallback: true },
      { name: 'related stories', element: related, focus: () => related?.focusFirst() ?? false },
    ];
  }

  /** Enter in the search field shows the results at once and moves the keyboard to them. */
  #onSearchEnter = async (event: KeyboardEvent): Promise<void> => {
    const input = event.composedPath()[0];
    if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || input.type !== 'search') return;
    event.preventDefault();
    void this.library.search(input.value);
    await this.library.listSettled;
    await this.updateComplete;
    const { items, selectedId } = this.library;
    if (!this.list?.listbox) return;
    if (selectedId === null || !items.some((i) => i.id === selectedId)) this.list.move(1);
    this.list.focus();
  };

  #onSelect = (event: CustomEvent<{ id: number; focus?: boolean }>): void => {
    this.library.select(event.detail.id);
    if (event.detail.focus) void this.updateComplete.then(() => this.pane?.focus());
  };

  async #onSourceRemoved({ sourceId, title }: { sourceId: number; title: string }): Promise<void> {
    await this.library.sourceRemoved(sourceId);
    await this.updateComplete;
    // The dialog gave focus back to the source's own button, which has just gone: stay in the source list.
    if (!deepActiveElement()) this.focusRegions.focus('sources');
    this.announcer.announce(`Unsubscribed from ${title}`);
  }

  #onKeymapChange = (event: CustomEvent<{ keymap: KeymapOverrides }>): void => {
    this.commands.keymap.overrides = event.detail.keymap;
    void this.library.setPreferences({ keymap: event.detail.keymap });
  };

  #pane() {
    // One template for every task state: the pane element, with its focus, survives moving from
    // article to article instead of being rebuilt twice per key press (see scripts/bench/keyboard.ts).
    const task = this.library.article;
    const failed = task.status === TaskStatus.ERROR;
    const article = failed ? null : (task.value ?? null);
    const state = failed ? 'error' : article ? 'ready' : task.status === TaskStatus.PENDING ? 'loading' : 'empty';
    return html`<bs-reading-pane state=${state} .article=${article} font-size=${this.library.preferences?.fontSize ?? DEFAULT_PREFERENCES.fontSize}
      error-message=${failed ? errorMessage(task.error) : ''}
      @bookmark-toggle=${(e: CustomEvent<{ id: number; bookmarked: boolean }>) => void this.library.toggleBookmark(e.detail.id, e.detail.bookmarked)}
      @open-original=${(e: CustomEvent<{ url: string }>) => void this.library.openExternal(e.detail.url)}></bs-reading-pane>`;
  }

  #bigPicture() {
    const task = this.stories.bigPicture;
    const state = task.status === TaskStatus.COMPLETE ? 'ready' : task.status === TaskStatus.ERROR ? 'error' : 'loading';
    return html`<bs-big-picture state=${state} .clusters=${task.value ?? []} .day=${this.stories.bigPictureQuery.day ?? null}
      error-message=${state === 'error' ? errorMessage(task.error) : ''}
      @big-picture-range=${(e: CustomEvent<BigPictureQuery>) => (this.stories.bigPictureQuery = e.detail)}></bs-big-picture>`;
  }

  override render() {
    const library = this.library;
    if (library.startError) return html`<div class="fatal" role="alert"><strong>Something is wrong</strong>${library.startError}</div>`;
    const { edition, sources, scope, preferences: prefs } = library;
    const [emptyTitle, emptyMessage] = library.emptyText;
    const open = library.article.value;
    const sidebar = this.stories.sidebar;
    const { keymap, platform } = this.commands.keymap;
    return html`
      <bs-masthead .edition=${edition} theme=${prefs?.theme ?? 'system'} .query=${scope.query}
        @search-change=${(e: CustomEvent<{ query: string }>) => void library.search(e.detail.query)}
        @theme-change=${(e: CustomEvent<{ theme: ThemeChoice }>) => void library.setPreferences({ theme: e.detail.theme })}
        @font-size-change=${(e: CustomEvent<{ delta: number }>) => void library.changeFontSize(e.detail.delta)}
        @keydown=${this.#onSearchEnter}></bs-masthead>
      <div class="columns" @article-select=${this.#onSelect}>
        <bs-nav .edition=${edition} .sources=${sources} view=${scope.view} .sourceId=${scope.sourceId} .folder=${scope.folder} ?big-picture=${library.bigPicture}
          @view-select=${(e: ViewSelectEvent) => void library.selectView(e.detail)}
          @source-settings=${(e: CustomEvent<{ sourceId: number }>) => void this.sourceSettings?.showSource(e.detail.sourceId)}
          @big-picture-open=${() => library.setBigPicture(true)}
          @source-added=${(e: CustomEvent<{ source: SourceInfo; alreadySubscribed: boolean; newArticles: number }>) => library.sourceAdded(e.detail)}></bs-nav>
        ${library.bigPicture
          ? this.#bigPicture()
          : html`<bs-article-list .items=${library.items} .selectedId=${library.selectedId} .total=${library.total} state=${library.listState}
              heading=${library.heading} error-message=${library.listError} empty-title=${emptyTitle} empty-message=${emptyMessage} ?has-more=${library.hasMore}
              @list-more=${() => void library.loadMore()} @list-retry=${() => void library.reload()}></bs-article-list>`}
        <main>
          <bs-listen ?hidden=${!open} .articleId=${open?.id ?? null} .articleLang=${open?.lang ?? null} .paragraphSource=${() => this.pane?.paragraphs() ?? []}></bs-listen>
          ${this.#pane()}
        </main>
        <bs-related state=${sidebar.state} .entries=${sidebar.entries} error-message=${sidebar.errorMessage}></bs-related>
      </div>
      ${this.announcer.region()}
      <bs-confirm-open></bs-confirm-open>
      <bs-help .keymap=${keymap} platform=${platform}></bs-help>
      <bs-palette .keymap=${keymap} platform=${platform}></bs-palette>
      <bs-source-settings default-minutes=${prefs?.refreshMinutes ?? DEFAULT_PREFERENCES.refreshMinutes}
        @source-changed=${(e: CustomEvent<{ source: SourceInfo }>) => library.sourceChanged(e.detail.source)}
        @source-removed=${(e: CustomEvent<{ sourceId: number; title: string }>) => void this.#onSourceRemoved(e.detail)}></bs-source-settings>
      <bs-import-export @library-imported=${(e: CustomEvent<{ kind: 'subscriptions' | 'bookmarks' }>) => void library.imported(e.detail.kind)}></bs-import-export>
      <bs-keymap-editor .overrides=${prefs?.keymap ?? {}} platform=${platform} @keymap-change=${this.#onKeymapChange}></bs-keymap-editor>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-app': BsApp;
  }
}
