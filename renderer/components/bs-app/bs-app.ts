import { provide } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { Preferences } from '../../../electron/shared/models.ts';
import { DEFAULT_PREFERENCES } from '../../../electron/shared/preferences.ts';
import { createApi, installedBridge, type Api } from '../../api.ts';
import { Announcer } from '../../state/announcer.ts';
import { CommandRouter } from '../../state/command-router.ts';
import { announcerContext, apiContext, commandsContext, libraryContext } from '../../state/context.ts';
import { FocusRegions } from '../../state/focus-regions.ts';
import { LibraryStore } from '../../state/library-store.ts';
import { PaneLayout, type SidePane } from '../../state/pane-layout.ts';
import { PaneNavigation } from '../../state/pane-navigation.ts';
import { RelatedStories } from '../../state/related-stories.ts';
import { UndoHistory } from '../../state/undo.ts';
import type { BsArticleList } from '../bs-article-list/bs-article-list.ts';
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
    screenful: () => this.navigation.screenful(),
  });

  /** Where the panes go at the window's width, the dividers' widths and the folded panes. */
  readonly layout = new PaneLayout(this, {
    preferences: () => this.library.preferences,
    save: (patch) => void this.library.setPreferences(patch),
    container: () => this.renderRoot.querySelector('.columns'),
    announce: (text) => this.announcer.announce(text),
    focusPane: (pane) => void this.navigation.focusSide(pane),
  });

  readonly stories = new RelatedStories(this, {
    api: () => this.api,
    selected: () => this.library.selectedId,
    bigPictureOpen: () => this.library.bigPicture,
    sidebar: () => this.related,
    announce: (text) => this.announcer.announce(text),
  });

  readonly focusRegions = new FocusRegions(this, { regions: () => this.navigation.regions(), beforeMove: () => this.stories.lookUpNow() });

  /** Where focus and the front pane go as the person moves between panes. */
  readonly navigation: PaneNavigation = new PaneNavigation(this);

  @query('bs-article-list') accessor list!: BsArticleList | null;
  @query('bs-reading-pane') accessor pane!: BsReadingPane | null;
  @query('bs-related') accessor related!: BsRelated | null;
  @query('bs-source-settings') accessor sourceSettings!: BsSourceSettings | null;

  constructor() {
    super();
    for (const handlers of [this.library.commands, this.stories.commands, this.focusRegions.commands, this.undo.commands, this.layout.commands, this.navigation.commands]) {
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
      <bs-masthead .edition=${edition} theme=${prefs?.theme ?? 'system'} .query=${scope.query} @keydown=${this.navigation.onSearchEnter}
        .panes=${{ sources: a.sources !== 'hidden', related: a.related !== 'hidden' }} ?show-tagline=${prefs?.showTagline ?? DEFAULT_PREFERENCES.showTagline}></bs-masthead>
      <div class="columns ${a.single ? 'single' : ''}" style="grid-template-columns: ${a.columns}"
        @article-select=${this.navigation.onSelect} @view-select=${this.navigation.onViewSelect} @big-picture-open=${this.navigation.onViewSelect} @article-close=${() => void this.navigation.closeArticle()}>
        <bs-nav class=${side('sources')} style=${overlayWidth('sources')} .edition=${edition} .sources=${sources} view=${scope.view} .sourceId=${scope.sourceId}
          .folder=${scope.folder} ?big-picture=${library.bigPicture} ?searching=${!!scope.query}
          @source-settings=${(e: CustomEvent<{ sourceId: number }>) => void this.sourceSettings?.showSource(e.detail.sourceId)}></bs-nav>
        ${library.bigPicture
          ? html`<bs-big-picture class=${a.list ? '' : 'off'} state=${big.state} .clusters=${big.clusters} .day=${big.day} error-message=${big.errorMessage}></bs-big-picture>`
          : html`<bs-article-list class=${a.list ? '' : 'off'} @click=${this.navigation.onListClick} .items=${library.items} .selectedId=${library.selectedId} .total=${library.total} state=${library.listState}
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
        @source-removed=${() => void this.navigation.onSourceRemoved()}></bs-source-settings>
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
