import { provide } from '@lit/context';
import { html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ListView, Preferences } from '../../../electron/shared/models.ts';
import { DEFAULT_PREFERENCES } from '../../../electron/shared/preferences.ts';
import { createApi, installedBridge, type Api } from '../../api.ts';
import { Announcer } from '../../state/announcer.ts';
import { CommandRouter, type CommandHandlers, type CommandRun } from '../../state/command-router.ts';
import { announcerContext, apiContext, commandsContext, libraryContext } from '../../state/context.ts';
import { containsDeep, deepActiveElement, focusFirstIn, type FocusRegion } from '../../state/focus.ts';
import { FocusRegions } from '../../state/focus-regions.ts';
import { LibraryStore } from '../../state/library-store.ts';
import { RelatedStories } from '../../state/related-stories.ts';
import type { BsArticleList } from '../bs-article-list/bs-article-list.ts';
import type { BsReadingPane } from '../bs-reading-pane/bs-reading-pane.ts';
import type { BsRelated } from '../bs-related/bs-related.ts';
import type { BsSourceSettings } from '../bs-source-settings/bs-source-settings.ts';
import '../bs-about/bs-about.ts';
import '../bs-preferences/bs-preferences.ts';
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
    if (![this.pane, this.related].some((pane) => pane && containsDeep(pane, active))) return false;
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

  override render() {
    const library = this.library;
    if (library.startError) return html`<div class="fatal" role="alert"><strong>Something is wrong</strong>${library.startError}</div>`;
    const { edition, sources, scope, preferences: prefs, reading } = library;
    const [emptyTitle, emptyMessage] = library.emptyText;
    const { sidebar, bigPictureView: big } = this.stories;
    const { keymap, platform } = this.commands.keymap;
    // Most events the elements fire are heard on this element by the controller they concern (the
    // store, the router, the announcer, related stories); the few wired here move focus between panes.
    return html`
      <bs-masthead .edition=${edition} theme=${prefs?.theme ?? 'system'} .query=${scope.query} @keydown=${this.#onSearchEnter}></bs-masthead>
      <div class="columns" @article-select=${this.#onSelect}>
        <bs-nav .edition=${edition} .sources=${sources} view=${scope.view} .sourceId=${scope.sourceId} .folder=${scope.folder} ?big-picture=${library.bigPicture} ?searching=${!!scope.query}
          @source-settings=${(e: CustomEvent<{ sourceId: number }>) => void this.sourceSettings?.showSource(e.detail.sourceId)}></bs-nav>
        ${library.bigPicture
          ? html`<bs-big-picture state=${big.state} .clusters=${big.clusters} .day=${big.day} error-message=${big.errorMessage}></bs-big-picture>`
          : html`<bs-article-list .items=${library.items} .selectedId=${library.selectedId} .total=${library.total} state=${library.listState}
              heading=${library.heading} error-message=${library.listError} empty-title=${emptyTitle} empty-message=${emptyMessage} ?has-more=${library.hasMore}></bs-article-list>`}
        <main>
          <bs-listen ?hidden=${!reading.article} .articleId=${reading.article?.id ?? null} .articleLang=${reading.article?.lang ?? null}
            .paragraphSource=${() => this.pane?.paragraphs() ?? []}></bs-listen>
          <bs-reading-pane state=${reading.state} .article=${reading.article} error-message=${reading.errorMessage}
            font-size=${prefs?.fontSize ?? DEFAULT_PREFERENCES.fontSize}></bs-reading-pane>
        </main>
        <bs-related state=${sidebar.state} .entries=${sidebar.entries} error-message=${sidebar.errorMessage}></bs-related>
      </div>
      ${this.announcer.region()}
      <bs-confirm-open></bs-confirm-open>
      <bs-help .keymap=${keymap} platform=${platform}></bs-help>
      <bs-about></bs-about>
      <bs-account></bs-account>
      <bs-preferences></bs-preferences>
      <bs-palette .keymap=${keymap} platform=${platform}></bs-palette>
      <bs-source-settings default-minutes=${prefs?.refreshMinutes ?? DEFAULT_PREFERENCES.refreshMinutes}
        @source-removed=${(e: CustomEvent<{ sourceId: number; title: string }>) => void this.#onSourceRemoved(e.detail)}></bs-source-settings>
      <bs-import-export></bs-import-export>
      <bs-keymap-editor .overrides=${prefs?.keymap ?? {}} platform=${platform}></bs-keymap-editor>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-app': BsApp;
  }
}
