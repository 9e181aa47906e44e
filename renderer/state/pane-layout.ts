// Where the panes go at the window's width: the sources, the article list (or the Big picture),
// the reading pane and the related stories. Every pane can be reached at every width:
//   - the side panes sit beside the others when there is room (and the person has not folded
//     them away); when there is not, their toggle or key opens them over the others;
//   - the list and the reading pane share the width while the reading pane keeps a readable
//     measure; below that, one of them takes the whole width and Enter/Escape move between them.
// Widths are the person's (dragged on the dividers, kept in preferences); the reading pane takes
// what is left. A pure `arrange()` decides; the controller watches the width and the toggles.
import type { ReactiveController, ReactiveElement } from 'lit';
import type { Preferences } from '../../electron/shared/models.ts';
import { DEFAULT_PREFERENCES, PANE_WIDTHS, type PaneName } from '../../electron/shared/preferences.ts';
import type { CommandHandlers } from './command-router.ts';

/** The narrowest reading column: about 45 characters of body text at the default size. */
export const READING_MIN = 420;

export type SidePane = 'sources' | 'related';
/** Beside the others, over them (opened by its toggle), or out of view. */
export type SidePlace = 'docked' | 'overlay' | 'hidden';

export interface PaneSettings {
  width: number;
  sourcesWidth: number;
  listWidth: number;
  relatedWidth: number;
  sourcesCollapsed: boolean;
  relatedCollapsed: boolean;
  /** The side pane opened over the others, if any. */
  overlay: SidePane | null;
  /** With one column: what fills it. */
  front: 'list' | 'article';
}

export interface Arrangement {
  /** One column: the list or the article takes the whole width. */
  single: boolean;
  sources: SidePlace;
  related: SidePlace;
  list: boolean;
  reading: boolean;
  /** Widths in CSS pixels of the panes in the row (0 when not docked or not shown). */
  widths: { sources: number; list: number; related: number };
  /** The row's grid-template-columns. */
  columns: string;
  /** True when a side pane is out of view for want of room, not because the person folded it. */
  crowded: { sources: boolean; related: boolean };
}

/**
 * Decides the layout. Room is given in order: the list and a readable reading pane first, then
 * the sources, then the related stories; a side pane that does not fit is hidden (its toggle
 * opens it over the others), and the list narrows to its minimum before the reading pane would.
 */
export function arrange(s: PaneSettings): Arrangement {
  const single = s.width < PANE_WIDTHS.list.min + READING_MIN;
  let sources = !s.sourcesCollapsed;
  let related = !s.relatedCollapsed;
  const need = () => (sources ? s.sourcesWidth : 0) + s.listWidth + (related ? s.relatedWidth : 0) + READING_MIN;
  const crowded = { sources: false, related: false };
  if (need() > s.width && related) (related = false), (crowded.related = true);
  if (need() > s.width && sources) (sources = false), (crowded.sources = true);
  if (single) {
    if (sources) (sources = false), (crowded.sources = true);
    if (related) (related = false), (crowded.related = true);
  }
  const side = (docked: boolean, pane: SidePane): SidePlace => (docked ? 'docked' : s.overlay === pane ? 'overlay' : 'hidden');
  const placed = { sources: side(sources, 'sources'), related: side(related, 'related') };
  const sourcesWidth = sources ? s.sourcesWidth : 0;
  const relatedWidth = related ? s.relatedWidth : 0;
  const list = single ? s.front === 'list' : true;
  const reading = single ? s.front === 'article' : true;
  const listWidth = single ? (list ? s.width : 0) : Math.max(PANE_WIDTHS.list.min, Math.min(s.listWidth, s.width - READING_MIN - sourcesWidth - relatedWidth));
  const columns = [
    sources ? `${sourcesWidth}px` : '',
    list ? (single ? 'minmax(0, 1fr)' : `${listWidth}px`) : '',
    reading ? 'minmax(0, 1fr)' : '',
    related ? `${relatedWidth}px` : '',
  ]
    .filter(Boolean)
    .join(' ');
  return { single, ...placed, list, reading, widths: { sources: sourcesWidth, list: listWidth, related: relatedWidth }, columns, crowded };
}

export interface PaneLayoutOptions {
  /** The preferences in force (widths and folded panes), or null before they load. */
  preferences(): Preferences | null;
  /** Stores a change of widths or folded panes. */
  save(patch: Partial<Pick<Preferences, 'sourcesWidth' | 'listWidth' | 'relatedWidth' | 'sourcesCollapsed' | 'relatedCollapsed'>>): void;
  /** The element whose width the panes share. */
  container(): Element | null;
  announce(text: string): void;
  /** Moves focus into a side pane that was just opened over the others. */
  focusPane(pane: SidePane): void;
}

const TITLES: Record<SidePane, string> = { sources: 'Sources', related: 'Related stories' };
const WIDTH_KEY = { sources: 'sourcesWidth', list: 'listWidth', related: 'relatedWidth' } as const satisfies Record<PaneName, keyof Preferences>;
const COLLAPSED_KEY = { sources: 'sourcesCollapsed', related: 'relatedCollapsed' } as const satisfies Record<SidePane, keyof Preferences>;

export class PaneLayout implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #options: PaneLayoutOptions;
  #observer: ResizeObserver | null = null;
  #width = 1280;
  #overlay: SidePane | null = null;
  #front: 'list' | 'article' = 'list';
  /** Widths being dragged, shown at once and stored when the drag ends. */
  #dragging: Partial<Record<PaneName, number>> = {};
  /** Folded panes as toggled here, ahead of the stored preference. */
  #collapsed: Partial<Record<SidePane, boolean>> = {};

  constructor(host: ReactiveElement, options: PaneLayoutOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.#observer = new ResizeObserver((entries) => {
      const width = Math.round(entries[0]?.contentRect.width ?? this.#width);
      if (width === this.#width) return;
      this.#width = width;
      this.#host.requestUpdate();
    });
  }

  hostUpdated(): void {
    // The container is rendered by the host: observe it once it exists.
    const container = this.#options.container();
    if (container && this.#observer && !this.#observed) {
      this.#observer.observe(container);
      this.#observed = container;
      const width = Math.round(container.getBoundingClientRect().width);
      if (width > 0 && width !== this.#width) {
        this.#width = width;
        this.#host.requestUpdate();
      }
    }
  }

  #observed: Element | null = null;

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#observed = null;
  }

  /** A pane's width: as being dragged, else as stored. */
  width(pane: PaneName): number {
    const key = WIDTH_KEY[pane];
    return this.#dragging[pane] ?? this.#options.preferences()?.[key] ?? DEFAULT_PREFERENCES[key];
  }

  #isCollapsed(pane: SidePane): boolean {
    const key = COLLAPSED_KEY[pane];
    return this.#collapsed[pane] ?? this.#options.preferences()?.[key] ?? DEFAULT_PREFERENCES[key];
  }

  #settings(overrides: Partial<PaneSettings> = {}): PaneSettings {
    return {
      width: this.#width,
      sourcesWidth: this.width('sources'),
      listWidth: this.width('list'),
      relatedWidth: this.width('related'),
      sourcesCollapsed: this.#isCollapsed('sources'),
      relatedCollapsed: this.#isCollapsed('related'),
      overlay: this.#overlay,
      front: this.#front,
      ...overrides,
    };
  }

  get arrangement(): Arrangement {
    return arrange(this.#settings());
  }

  /** The side pane open over the others, if any. */
  get overlay(): SidePane | null {
    return this.#overlay;
  }

  /** Whether a side pane is in view (beside the others or over them): what its toggle shows as expanded. */
  shown(pane: SidePane): boolean {
    return this.arrangement[pane] !== 'hidden';
  }

  /**
   * A pane's toggle (button or key): folds a pane that is beside the others away (and remembers
   * that), brings a folded one back beside them when there is room, and otherwise opens it over
   * the others (or closes it).
   */
  toggle(pane: SidePane): void {
    const place = this.arrangement[pane];
    if (place === 'overlay') {
      this.closeOverlay();
      return;
    }
    if (place === 'docked') {
      this.#setCollapsed(pane, true);
      this.#options.announce(`${TITLES[pane]} hidden`);
      return;
    }
    if (this.#isCollapsed(pane) && arrange(this.#settings({ [COLLAPSED_KEY[pane]]: false }))[pane] === 'docked') {
      this.#setCollapsed(pane, false);
      this.#options.announce(`${TITLES[pane]} shown`);
      return;
    }
    this.openOverlay(pane);
  }

  #setCollapsed(pane: SidePane, collapsed: boolean): void {
    this.#collapsed[pane] = collapsed;
    this.#host.requestUpdate();
    this.#options.save({ [COLLAPSED_KEY[pane]]: collapsed });
  }

  /** Opens a side pane over the others and moves focus into it. */
  openOverlay(pane: SidePane): void {
    this.#overlay = pane;
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#options.focusPane(pane));
  }

  /** Closes the side pane open over the others; false when none was open. */
  closeOverlay(): boolean {
    if (!this.#overlay) return false;
    this.#overlay = null;
    this.#host.requestUpdate();
    return true;
  }

  /** With one column, what fills it; the list or the article. */
  get front(): 'list' | 'article' {
    return this.#front;
  }

  set front(front: 'list' | 'article') {
    if (front === this.#front) return;
    this.#front = front;
    this.#host.requestUpdate();
  }

  /** A divider dragged or moved by keys: the width shows at once; `done` stores it. */
  resize(pane: PaneName, width: number, done: boolean): number {
    const bounds = PANE_WIDTHS[pane];
    const a = this.arrangement;
    // The reading pane keeps its measure: a divider stops where the reading pane would get narrower.
    const others = (pane === 'sources' ? 0 : a.widths.sources) + (pane === 'list' ? 0 : a.widths.list) + (pane === 'related' ? 0 : a.widths.related);
    const room = this.#width - READING_MIN - others;
    const clamped = Math.round(Math.max(bounds.min, Math.min(bounds.max, room, width)));
    this.#dragging = { ...this.#dragging, [pane]: clamped };
    this.#host.requestUpdate();
    if (done) {
      this.#options.save({ [WIDTH_KEY[pane]]: clamped });
      // Kept as dragged until the stored preference comes back, so the divider does not jump meanwhile.
    }
    return clamped;
  }

  /** The preferences changed: widths stored there are the truth again. */
  preferencesChanged(prefs: Preferences): void {
    for (const pane of Object.keys(this.#dragging) as PaneName[]) if (prefs[WIDTH_KEY[pane]] === this.#dragging[pane]) delete this.#dragging[pane];
    for (const pane of Object.keys(this.#collapsed) as SidePane[]) if (prefs[COLLAPSED_KEY[pane]] === this.#collapsed[pane]) delete this.#collapsed[pane];
  }

  readonly commands: CommandHandlers = {
    'view.toggleSources': () => this.toggle('sources'),
    'view.toggleRelated': () => this.toggle('related'),
  };
}
