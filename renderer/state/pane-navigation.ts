// Moving between the panes bs-app lays out: opening and closing the article, the views' keys,
// Escape stepping back one level, the regions h and l visit, and the few events that move focus
// between panes (a row chosen, a view chosen over the others, a search entered). bs-app only
// places the elements; this controller decides where focus and the front pane go.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ListView } from '../../electron/shared/models.ts';
import type { BsArticleList } from '../components/bs-article-list/bs-article-list.ts';
import type { BsBigPicture } from '../components/bs-big-picture/bs-big-picture.ts';
import type { BsReadingPane } from '../components/bs-reading-pane/bs-reading-pane.ts';
import type { BsRelated } from '../components/bs-related/bs-related.ts';
import type { Announcer } from './announcer.ts';
import type { CommandHandlers, CommandRun } from './command-router.ts';
import { closestDeep, containsDeep, deepActiveElement, focusFirstIn, type FocusRegion } from './focus.ts';
import type { FocusRegions } from './focus-regions.ts';
import type { LibraryStore } from './library-store.ts';
import type { PaneLayout, SidePane } from './pane-layout.ts';
import type { RelatedStories } from './related-stories.ts';

/** What the navigation needs of the element that lays the panes out. */
export interface NavigationHost extends ReactiveControllerHost {
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly library: LibraryStore;
  readonly layout: PaneLayout;
  readonly stories: RelatedStories;
  readonly focusRegions: FocusRegions;
  readonly announcer: Announcer;
  readonly list: BsArticleList | null;
  readonly pane: BsReadingPane | null;
  readonly related: BsRelated | null;
}

export class PaneNavigation implements ReactiveController {
  readonly #host: NavigationHost;

  constructor(host: NavigationHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    // On the shadow root: focus moving between two panes inside it never reaches the host.
    this.#host.renderRoot.addEventListener('focusin', this.onOutside);
    this.#host.renderRoot.addEventListener('pointerdown', this.onOutside);
  }

  hostDisconnected(): void {
    this.#host.renderRoot.removeEventListener('focusin', this.onOutside);
    this.#host.renderRoot.removeEventListener('pointerdown', this.onOutside);
  }

  get bigPictureElement(): BsBigPicture | null {
    return this.#host.renderRoot.querySelector('bs-big-picture');
  }

  /** Rows of the list that fit in view: "more than a screenful" for Mark all as read. */
  screenful(): number {
    const box = this.#host.list?.listbox;
    const row = box?.querySelector('[role="option"]');
    const rowHeight = row?.getBoundingClientRect().height || 64;
    return Math.max(1, Math.floor((box?.clientHeight || window.innerHeight) / rowHeight));
  }

  /** Focus into a side pane opened over the others: the current view or source, or the first story. */
  async focusSide(pane: SidePane): Promise<void> {
    await this.#host.updateComplete;
    this.#host.focusRegions.focus(pane === 'sources' ? 'sources' : 'related stories');
  }

  /** With one column, shows the article (or the list) and waits until it is laid out. */
  async showFront(front: 'list' | 'article'): Promise<void> {
    this.#host.layout.front = front;
    await this.#host.updateComplete;
  }

  /** Closes the article (the pane's ×, Escape): the list keeps its place and has focus. */
  async closeArticle(): Promise<void> {
    this.#host.library.closeArticle();
    await this.showFront('list');
    if (this.#host.library.bigPicture) this.bigPictureElement?.focusCurrent();
    else this.#host.list?.focus();
  }

  /** The commands that move between the panes laid out here. */
  readonly commands: CommandHandlers = {
    'article.open': () => {
      if (this.#host.library.bigPicture || !this.#host.list) return false;
      if (this.#host.library.selectedId === null) this.#host.list.move(1);
      else if (!this.#host.library.articleOpen) this.#host.library.reopenArticle();
      return this.showFront('article').then(() => this.#host.pane?.focus());
    },
    'go.all': (run) => this.goTo('all', run),
    'go.unread': (run) => this.goTo('unread', run),
    'go.bookmarks': (run) => this.goTo('bookmarks', run),
    'go.bigPicture': async (run) => {
      this.#host.library.setBigPicture(true);
      this.#host.layout.closeOverlay();
      await this.showFront('list');
      this.#host.announcer.announce('Big picture');
      // The stories arrive a moment later: focus goes to the first one, as it does to the list's selection.
      await this.#host.stories.bigPicture.taskComplete.catch(() => {});
      await this.#host.updateComplete;
      if (!run.superseded) this.bigPictureElement?.focusCurrent();
    },
    'app.escape': () => this.back(),
  };

  async goTo(view: ListView, run: CommandRun): Promise<void> {
    this.#host.layout.closeOverlay();
    this.#host.layout.front = 'list';
    void this.#host.library.selectView({ view, sourceId: null });
    await this.#host.library.listSettled;
    await this.#host.updateComplete;
    if (run.superseded) return;
    const count = this.#host.library.total ?? this.#host.library.items.length;
    this.#host.announcer.announce(`${this.#host.library.heading}: ${count} ${count === 1 ? 'article' : 'articles'}`);
    if (!this.#host.list?.listbox || !(this.#host.list.focus(), deepActiveElement())) this.#host.pane?.focus();
  }

  /**
   * Escape: closes a pane open over the others; closes the article when the reading pane has focus
   * (back to the list, or to the Big picture's story); goes from related stories back to the list;
   * leaves the search; in the Big picture closes the open story, then leaves the Big picture.
   */
  back(): boolean | Promise<unknown> {
    const active = deepActiveElement();
    if (this.#host.layout.overlay) {
      this.#host.layout.closeOverlay();
      return this.#host.updateComplete.then(() => this.#host.focusRegions.focus(this.#host.library.bigPicture ? 'big picture' : 'articles') || this.#host.pane?.focus());
    }
    const inPane = !!this.#host.pane && containsDeep(this.#host.pane, active);
    const inRelated = !!this.#host.related && containsDeep(this.#host.related, active);
    if (inPane || (this.#host.layout.arrangement.single && this.#host.layout.front === 'article')) return this.closeArticle();
    if (this.#host.library.scope.query) return this.#host.library.search('').then(() => this.#host.updateComplete).then(() => this.#host.list?.focus());
    if (this.#host.library.bigPicture) {
      if (inRelated) return this.bigPictureElement?.focusCurrent() ?? false;
      if (this.bigPictureElement?.back()) return true;
      this.#host.library.setBigPicture(false);
      return this.#host.updateComplete.then(() => this.#host.list?.focus());
    }
    if (!inRelated) return false;
    this.#host.list?.focus();
    return true;
  }

  regions(): FocusRegion[] {
    const nav = this.#host.renderRoot.querySelector<HTMLElement>('bs-nav');
    const bigPicture = this.bigPictureElement;
    const { list, pane, related, layout } = this.#host;
    // A pane out of view for want of room is brought into view on the way (h and l reach every pane);
    // one the person folded away stays folded.
    const side = (name: SidePane) => async () => {
      if (!layout.arrangement.crowded[name]) return false;
      layout.openOverlay(name);
      await this.#host.updateComplete;
      return true;
    };
    const front = (which: 'list' | 'article') => async () => {
      if (!layout.arrangement.single) return false;
      await this.showFront(which);
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
  onSearchEnter = async (event: KeyboardEvent): Promise<void> => {
    const input = event.composedPath()[0];
    if (event.key !== 'Enter' || !(input instanceof HTMLInputElement) || input.type !== 'search') return;
    event.preventDefault();
    void this.#host.library.search(input.value);
    await this.#host.library.listSettled;
    await this.#host.updateComplete;
    const { items, selectedId } = this.#host.library;
    if (!this.#host.list?.listbox) return;
    if (selectedId === null || !items.some((i) => i.id === selectedId)) this.#host.list.move(1);
    this.#host.list.focus();
  };

  onSelect = (event: CustomEvent<{ id: number; focus?: boolean }>): void => {
    this.#host.library.select(event.detail.id);
    if (event.detail.focus) void this.showFront('article').then(() => this.#host.pane?.focus());
  };

  /** On one column, a row clicked opens its article over the whole width. */
  onListClick = (event: MouseEvent): void => {
    if (!this.#host.layout.arrangement.single || !closestDeep(event.composedPath()[0] as Node, '[role="option"]')) return;
    void this.showFront('article').then(() => this.#host.pane?.focus());
  };

  /** A view or source chosen in the sources open over the others: they step aside for the list. */
  onViewSelect = (): void => {
    if (!this.#host.layout.closeOverlay()) return;
    this.#host.layout.front = 'list';
    void this.#host.updateComplete.then(() => this.#host.focusRegions.focus(this.#host.library.bigPicture ? 'big picture' : 'articles'));
  };

  /** A pane open over the others closes when focus or a click goes elsewhere (its own toggle aside, which closes it itself). */
  onOutside = (event: Event): void => {
    const overlay = this.#host.layout.overlay;
    if (!overlay) return;
    const target = event.composedPath()[0] as Node;
    const element = overlay === 'sources' ? this.#host.renderRoot.querySelector('bs-nav') : this.#host.related;
    if (!element || containsDeep(element, target) || closestDeep(target, '[data-pane-toggle], dialog, bs-toast')) return;
    this.#host.layout.closeOverlay();
  };

  async onSourceRemoved(): Promise<void> {
    await this.#host.updateComplete;
    // The dialog gave focus back to the source's own button, which has just gone: stay in the source list.
    if (!deepActiveElement()) this.#host.focusRegions.focus('sources');
  }
}
