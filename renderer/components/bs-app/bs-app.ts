import { provide } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ListView, Preferences } from '../../../electron/shared/models.ts';
import { DEFAULT_PREFERENCES } from '../../../electron/shared/preferences.ts';
import { createApi, installedBridge, type Api } from '../../api.ts';
import { Announcer } from '../../state/announcer.ts';
import { CommandRouter, type CommandHandlers, type CommandRun } from '../../state/command-router.ts';
import { announcerContext, apiContext, commandsContext, libraryContext } from '../../state/context.ts';
import { closestDeep, containsDeep, deepActiveElement, focusFirstIn, type FocusRegion } from '../../state/focus.ts';
import { FocusRegions } from '../../state/focus-regions.ts';
import { LibraryStore } from '../../state/library-store.ts';
import { PaneLayout, type SidePane } from '../../state/pane-layout.ts';
import { RelatedStories } from '../../state/related-stories.ts';
import { UndoHistory } from '../../state/undo.ts';
import type { BsArticleList } from '../bs-article-list/bs-article-list.ts';
import type { BsBigPicture } from '../bs-big-picture/bs-big-picture.ts';
import type { BsConfirm } from '../bs-confirm/bs-confirm.ts';
import type { BsReadingPane } from '../bs-reading-pane/bs-reading-pane.ts';
import type { BsRelated } from '../bs-related/bs-related.ts';
import type { BsSourceSettings } from '../bs-source-settings/bs-source-settings.ts';
import '../bs-about/bs-about.ts';
import '../bs-preferences/bs-preferences.ts';
import '../bs-article-list/bs-article-list.ts';
import '../bs-big-picture/bs-big-picture.ts';
import '../bs-confirm/bs-confirm.ts';
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
import '../bs-subscribe/bs-subscribe.ts';
import '../bs-toast/bs-toast.ts';
import { paneDivider } from './pane-divider.ts';
import { styles } from './bs-app.styles.ts';

/**
 * @summary The whole reader: masthead, views and sources, the article list (or the Big picture),
 * reading pane and related stories. It lays them out (PaneLayout decides where, at every width)
 * and provides what they share (the api, the library store, the command router, the status
 * region, undo); the work is done by the controllers in renderer/state/ and by the elements that
 * own each command.
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

  /** Ctrl/⌘+Z and the status region's Undo. */
  readonly undo = new UndoHistory(this, { announce: (text, action) => this.announcer.announce(text, action) });

  @provide({ context: libraryContext })
  accessor library = new LibraryStore(this, {
    api: () => this.api,
    announce: (text) => this.announcer.announce(text),
    remember: (message, action) => this.undo.push(message, action),
    confirm: (question) => this.renderRoot.querySelector<BsConfirm>('bs-confirm')?.ask(question) ?? Promise.resolve(true),
    screenful: () => this.#screenful(),
  });

  /** Where the panes go at the window's width, the dividers' widths and the folded panes. */
  readonly layout = new PaneLayout(this, {
    preferences: () => this.library.preferences,
    save: (patch) => void this.library.setPreferences(patch),
    container: () => this.renderRoot.querySelector('.columns'),
    announce: (text) => this.announcer.announce(text),
    focusPane: (pane) => void this.#focusSide(pane),
  });

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
    for (const handlers of [this.library.commands, this.stories.commands, this.focusRegions.commands, this.undo.commands, this.layout.commands, this.#layoutCommands]) {
      this.commands.register(handlers);
    }
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
    // On the shadow root: focus moving between two panes inside it never reaches the host.
    this.renderRoot.addEventListener('focusin', this.#onOutside);
    this.renderRoot.addEventListener('pointerdown', this.#onOutside);
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
    this.layout.preferencesChanged(prefs);
  }

  get #bigPictureElement(): BsBigPicture | null {
    return this.renderRoot.querySelector('bs-big-picture');
  }

  /** Rows of the list that fit in view: "more than a screenful" for Mark all as read. */
  #screenful(): number {
    const box = this.list?.listbox;
    const row = box?.querySelector('[role="option"]');
    const rowHeight = row?.getBoundingClientRect().height || 64;
    return Math.max(1, Math.floor((box?.clientHeight || window.innerHeight) / rowHeight));
  }

  /** Focus into a side pane opened over the others: the current view or source, or the first story. */
  async #focusSide(pane: SidePane): Promise<void> {
    await this.updateComplete;
    this.focusRegions.focus(pane === 'sources' ? 'sources' : 'related stories');
  }

  /** With one column, shows the article (or the list) and waits until it is laid out. */
  async #showFront(front: 'list' | 'article'): Promise<void> {
    this.layout.front = front;
    await this.updateComplete;
  }

  /** Closes the article (the pane's ×, Escape): the list keeps its place and has focus. */
  async #closeArticle(): Promise<void> {
    this.library.closeArticle();
    await this.#showFront('list');
    if (this.library.bigPicture) this.#bigPictureElement?.focusCurrent();
    else this.list?.focus();
  }

  /** The commands that move between the panes laid out here. */
  readonly #layoutCommands: CommandHandlers = {
    'article.open': () => {
      if (this.library.bigPicture || !this.list) return false;
      if (this.library.selectedId === null) this.list.move(1);
      else if (!this.library.articleOpen) this.library.reopenArticle();
      return this.#showFront('article').then(() => this.pane?.focus());
    },
    'go.all': (run) => this.#goTo('all', run),
    'go.unread': (run) => this.#goTo('unread', run),
    'go.bookmarks': (run) => this.#goTo('bookmarks', run),
    'go.bigPicture': async (run) => {
      this.library.setBigPicture(true);
      this.layout.closeOverlay();
      await this.#showFront('list');
      this.announcer.announce('Big picture');
      // The stories arrive a moment later: focus goes to the first one, as it does to the list's selection.
      await this.stories.bigPicture.taskComplete.catch(() => {});
      await this.updateComplete;
      if (!run.superseded) this.#bigPictureElement?.focusCurrent();
    },
    'app.escape': () => this.#back(),
  };

  async #goTo(view: ListView, run: CommandRun): Promise<void> {
    this.layout.closeOverlay();
    this.layout.front = 'list';
    void this.library.selectView({ view, sourceId: null });
    await this.library.listSettled;
    await this.updateComplete;
    if (run.superseded) return;
    const count = this.library.total ?? this.library.items.length;
    this.announcer.announce(`${this.library.heading}: ${count} ${count === 1 ? 'article' : 'articles'}`);
    if (!this.list?.listbox || !(this.list.focus(), deepActiveElement())) this.pane?.focus();
  }

  /**
   * Escape: closes a pane open over the others; closes the article when the reading pane has focus
   * (back to the list, or to the Big picture's story); goes from related stories back to the list;
   * leaves the search; in the Big picture closes the open story, then leaves the Big picture.
   */
  #back(): boolean | Promise<unknown> {
    const active = deepActiveElement();
    if (this.layout.overlay) {
      this.layout.closeOverlay();
      return this.updateComplete.then(() => this.focusRegions.focus(this.library.bigPicture ? 'big picture' : 'articles') || this.pane?.focus());
    }
    const inPane = !!this.pane && containsDeep(this.pane, active);
    const inRelated = !!this.related && containsDeep(this.related, active);
    if (inPane || (this.layout.arrangement.single && this.layout.front === 'article')) return this.#closeArticle();
    if (this.library.scope.query) return this.library.search('').then(() => this.updateComplete).then(() => this.list?.focus());
    if (this.library.bigPicture) {
      if (inRelated) return this.#bigPictureElement?.focusCurrent() ?? false;
      if (this.#bigPictureElement?.back()) return true;
      this.library.setBigPicture(false);
      return this.updateComplete.then(() => this.list?.focus());
    }
    if (!inRelated) return false;
    this.list?.focus();
    return true;
  }

  #regions(): FocusRegion[] {
    const nav = this.renderRoot.querySelector<HTMLElement>('bs-nav');
    const bigPicture = this.#bigPictureElement;
    const { list, pane, related, layout } = this;
    // A pane out of view for want of room is brought into view on the way (h and l reach every pane);
    // one the person folded away stays folded.
    const side = (name: SidePane) => async () => {
      if (!layout.arrangement.crowded[name]) return false;
      layout.openOverlay(name);
      await this.updateComplete;
      return true;
    };
    const front = (which: 'list' | 'article') => async () => {
      if (!layout.arrangement.single) return false;
      await this.#showFront(which);
      return true;
    };
    return [
      { name: 'sources', element: nav, focus: () => focusFirstIn(nav, '[aria-current="true"]') || focusFirstIn(nav), reveal: side('sources') },
      bigPicture
        ? { name: 'big picture', element: bigPicture, focus: () => bigPicture.focusCurrent(), fallback: true, reveal: front('list') }
        : { name: 'articles', element: list, focus: () => (list?.listbox ? (list.focus(), true) : false), fallback: true, reveal: front('list') },
      { name: 'reading pane', element: pane, focus: () => (pane ? (pane.focus(), true) : false), fallback: true, reveal: front('article') },
      { name: 'related stories', element: related, focus: () => related?.focusFirst() ?? false, reveal: side('related') },
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
    if (event.detail.focus) void this.#showFront('article').then(() => this.pane?.focus());
  };

  /** On one column, a row clicked opens its article over the whole width. */
  #onListClick = (event: MouseEvent): void => {
    if (!this.layout.arrangement.single || !closestDeep(event.composedPath()[0] as Node, '[role="option"]')) return;
    void this.#showFront('article').then(() => this.pane?.focus());
  };

  /** A view or source chosen in the sources open over the others: they step aside for the list. */
  #onViewSelect = (): void => {
    if (!this.layout.closeOverlay()) return;
    this.layout.front = 'list';
    void this.updateComplete.then(() => this.focusRegions.focus(this.library.bigPicture ? 'big picture' : 'articles'));
  };

  /** A pane open over the others closes when focus or a click goes elsewhere (its own toggle aside, which closes it itself). */
  #onOutside = (event: Event): void => {
    const overlay = this.layout.overlay;
    if (!overlay) return;
    const target = event.composedPath()[0] as Node;
    const element = overlay === 'sources' ? this.renderRoot.querySelector('bs-nav') : this.related;
    if (!element || containsDeep(element, target) || closestDeep(target, '[data-pane-toggle], dialog, bs-toast')) return;
    this.layout.closeOverlay();
  };

  async #onSourceRemoved(): Promise<void> {
    await this.updateComplete;
    // The dialog gave focus back to the source's own button, which has just gone: stay in the source list.
    if (!deepActiveElement()) this.focusRegions.focus('sources');
  }

  override render() {
    const library = this.library;
    if (library.startError) return html`<div class="fatal" role="alert"><strong>Something is wrong</strong>${library.startError}</div>`;
    const { edition, sources, scope, preferences: prefs, reading } = library;
    const [emptyTitle, emptyMessage] = library.emptyText;
    const { sidebar, bigPictureView: big } = this.stories;
    const { keymap, platform } = this.commands.keymap;
    const layout = this.layout;
    const a = layout.arrangement;
    // A side pane sits in the row ('' ), over the others ('overlay'), or out of view ('off').
    const side = (pane: SidePane) => (a[pane] === 'docked' ? '' : a[pane] === 'overlay' ? 'overlay' : 'off');
    const overlayWidth = (pane: SidePane) => `--overlay-width: ${layout.width(pane)}px`;
    // Most events the elements fire are heard on this element by the controller they concern (the
    // store, the router, the announcer, related stories); the few wired here move focus between panes.
    return html`
      <bs-masthead .edition=${edition} theme=${prefs?.theme ?? 'system'} .query=${scope.query} @keydown=${this.#onSearchEnter}
        .panes=${{ sources: a.sources !== 'hidden', related: a.related !== 'hidden' }} ?show-tagline=${prefs?.showTagline ?? DEFAULT_PREFERENCES.showTagline}></bs-masthead>
      <div class="columns ${a.single ? 'single' : ''}" style="grid-template-columns: ${a.columns}"
        @article-select=${this.#onSelect} @view-select=${this.#onViewSelect} @big-picture-open=${this.#onViewSelect} @article-close=${() => void this.#closeArticle()}>
        <bs-nav class=${side('sources')} style=${overlayWidth('sources')} .edition=${edition} .sources=${sources} view=${scope.view} .sourceId=${scope.sourceId}
          .folder=${scope.folder} ?big-picture=${library.bigPicture} ?searching=${!!scope.query}
          @source-settings=${(e: CustomEvent<{ sourceId: number }>) => void this.sourceSettings?.showSource(e.detail.sourceId)}></bs-nav>
        ${library.bigPicture
          ? html`<bs-big-picture class=${a.list ? '' : 'off'} state=${big.state} .clusters=${big.clusters} .day=${big.day} error-message=${big.errorMessage}></bs-big-picture>`
          : html`<bs-article-list class=${a.list ? '' : 'off'} @click=${this.#onListClick} .items=${library.items} .selectedId=${library.selectedId} .total=${library.total} state=${library.listState}
              heading=${library.heading} error-message=${library.listError} empty-title=${emptyTitle} empty-message=${emptyMessage} ?has-more=${library.hasMore}></bs-article-list>`}
        <main class=${a.reading ? '' : 'off'}>
          <bs-listen ?hidden=${!reading.article} .articleId=${reading.article?.id ?? null} .articleLang=${reading.article?.lang ?? null}
            .paragraphSource=${() => this.pane?.paragraphs() ?? []}></bs-listen>
          <bs-reading-pane state=${reading.state} .article=${reading.article} error-message=${reading.errorMessage}
            font-size=${prefs?.fontSize ?? DEFAULT_PREFERENCES.fontSize}></bs-reading-pane>
        </main>
        <bs-related class=${side('related')} style=${overlayWidth('related')} state=${sidebar.state} .entries=${sidebar.entries} error-message=${sidebar.errorMessage}></bs-related>
        ${a.sources === 'docked' ? paneDivider(layout, 'sources', 'Resize sources', { left: a.widths.sources }) : nothing}
        ${!a.single ? paneDivider(layout, 'list', 'Resize article list', { left: a.widths.sources + a.widths.list }) : nothing}
        ${a.related === 'docked' ? paneDivider(layout, 'related', 'Resize related stories', { right: a.widths.related }) : nothing}
      </div>
      ${this.announcer.region()}
      <bs-confirm></bs-confirm>
      <bs-subscribe .button=${false}></bs-subscribe>
      <bs-confirm-open></bs-confirm-open>
      <bs-help .keymap=${keymap} platform=${platform}></bs-help>
      <bs-about></bs-about>
      <bs-account></bs-account>
      <bs-preferences></bs-preferences>
      <bs-palette .keymap=${keymap} platform=${platform}></bs-palette>
      <bs-source-settings default-minutes=${prefs?.refreshMinutes ?? DEFAULT_PREFERENCES.refreshMinutes}
        @source-removed=${() => void this.#onSourceRemoved()}></bs-source-settings>
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
