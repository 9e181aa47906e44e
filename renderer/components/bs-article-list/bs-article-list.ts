import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { ArticleSummary, FoldedStory } from '../../../electron/shared/models.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext } from '../../state/context.ts';
import { age } from '../../state/format.ts';
import { emit } from '../../state/events.ts';
import type { ListState } from '../../state/library-store.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-article-list.styles.ts';

export type { ListState };

/** A row of the list: an item, or (with memberOf) another article of the folded story above it. */
export type ListRow = ArticleSummary & { memberOf?: number; leadId?: number };

/**
 * @summary The article list: virtualized, so a hundred thousand rows cost the DOM of a screenful.
 * @fires article-select - An article was chosen (by click, Enter or moving the selection).
 * @fires list-more - The end of the loaded rows is near and more exist.
 * @fires list-retry - The person asked to try loading again after an error.
 * @fires story-toggle - A folded story's other articles were shown (→, or its "+N sources") or hidden (←).
 * Owns the commands that move the selection: article.next, article.previous, article.nextUnread
 * and article.previousUnread (they do not apply while the list is not shown).
 */
@customElement('bs-article-list')
export class BsArticleList extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) accessor items: ArticleSummary[] = [];
  @property({ type: Number, attribute: 'selected-id' }) accessor selectedId: number | null = null;
  @property() accessor state: ListState = 'loading';
  @property() accessor heading = 'All articles';
  @property({ type: Number }) accessor total: number | null = null;
  @property({ attribute: 'error-message' }) accessor errorMessage = '';
  @property({ attribute: 'empty-title' }) accessor emptyTitle = 'Nothing here yet';
  @property({ attribute: 'empty-message' }) accessor emptyMessage = 'Articles will appear here.';
  @property({ type: Boolean, attribute: 'has-more' }) accessor hasMore = false;

  /** Folded stories whose other articles are shown beneath their row. */
  @state() accessor expanded: ReadonlySet<number> = new Set();

  @query('lit-virtualizer') accessor virtualizer!: LitVirtualizer | null;
  @query('[role="listbox"]') accessor listbox!: HTMLElement | null;

  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  readonly #commands = new OwnCommands(this, {
    'article.next': () => this.#step(1),
    'article.previous': () => this.#step(-1),
    'article.nextUnread': () => this.moveToUnread(1),
    'article.previousUnread': () => this.moveToUnread(-1),
  });

  #rowsCache: { items: ArticleSummary[]; expanded: ReadonlySet<number>; selectedId: number | null; rows: ListRow[] } | null = null;

  /**
   * What the list shows, row by row: each item, and beneath a folded story that is
   * open the story's other articles. A story whose other article is selected (from
   * the related sidebar, say) opens by itself, so the selection is always a row.
   */
  get rows(): ListRow[] {
    const cached = this.#rowsCache;
    if (cached && cached.items === this.items && cached.expanded === this.expanded && cached.selectedId === this.selectedId) return cached.rows;
    const rows: ListRow[] = [];
    for (const item of this.items) {
      rows.push(item);
      const story = item.story;
      if (!story) continue;
      if (this.expanded.has(story.id) || story.others.some((o) => o.id === this.selectedId)) {
        for (const other of story.others) rows.push({ ...other, memberOf: story.id, leadId: item.id });
      }
    }
    this.#rowsCache = { items: this.items, expanded: this.expanded, selectedId: this.selectedId, rows };
    return rows;
  }

  /** Shows or hides a folded story's other articles. */
  toggleStory(storyId: number, open = !this.expanded.has(storyId)): void {
    if (open === this.expanded.has(storyId)) return;
    const next = new Set(this.expanded);
    if (open) next.add(storyId);
    else next.delete(storyId);
    this.expanded = next;
    emit(this, 'story-toggle', { storyId, open });
  }

  #step(delta: 1 | -1): void {
    if (!this.move(delta)) this.announcer?.announce(delta === 1 ? 'This is the last article' : 'This is the first article');
  }

  /** Moves the selection to the next (or previous) unread article, or says there is none. */
  moveToUnread(step: 1 | -1): void {
    const rows = this.rows;
    const index = rows.findIndex((a) => a.id === this.selectedId);
    for (let i = index + step; i >= 0 && i < rows.length; i += step) {
      if (!rows[i]!.read) {
        this.move(i - index);
        return;
      }
    }
    this.announcer?.announce(step === 1 ? 'No more unread articles in this list' : 'No earlier unread articles in this list');
  }

  override focus(): void {
    this.listbox?.focus();
  }

  /** Moves the selection by `delta` rows and opens that article. Returns false at either end. */
  move(delta: number): boolean {
    const rows = this.rows;
    if (rows.length === 0) return false;
    const index = rows.findIndex((a) => a.id === this.selectedId);
    const next = index === -1 ? (delta > 0 ? 0 : rows.length - 1) : index + delta;
    if (next < 0 || next >= rows.length) return false;
    this.#select(next);
    return true;
  }

  #select(index: number, focusPane = false): void {
    const item = this.rows[index];
    if (!item) return;
    this.selectedId = item.id;
    void this.scrollToSelected();
    emit(this, 'article-select', { id: item.id, focus: focusPane });
  }

  /** Brings the selected row into view once the virtualizer has laid out its rows. */
  async scrollToSelected(): Promise<void> {
    await this.updateComplete;
    const virtualizer = this.virtualizer;
    const index = this.rows.findIndex((a) => a.id === this.selectedId);
    if (!virtualizer || index < 0) return;
    // While rows keep changing (a key held down) layoutComplete can stay pending; one frame is enough to scroll.
    await Promise.race([virtualizer.layoutComplete, new Promise(requestAnimationFrame)]);
    virtualizer.element(index)?.scrollIntoView({ block: 'nearest' });
  }

  /**
   * Only the listbox's own keys (arrows, Home, End, Enter) are handled here;
   * letter keys such as j/k/o belong to the app's keymap, so rebinding them works
   * in the list too.
   */
  #onKey(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const rows = this.rows;
    const index = rows.findIndex((a) => a.id === this.selectedId);
    const row = rows[index];
    switch (event.key) {
      // → opens a folded story and ← closes it; anywhere else they move between panes (the app's keys).
      case 'ArrowRight':
        if (!row?.story || this.expanded.has(row.story.id) || event.shiftKey) return;
        this.toggleStory(row.story.id, true);
        this.announcer?.announce(`${row.story.others.length} more ${row.story.others.length === 1 ? 'source' : 'sources'} on this story`);
        break;
      case 'ArrowLeft': {
        const storyId = row?.memberOf ?? (row?.story && this.expanded.has(row.story.id) ? row.story.id : undefined);
        if (storyId === undefined || event.shiftKey) return;
        if (row?.leadId !== undefined) this.#select(rows.findIndex((r) => r.id === row.leadId));
        this.toggleStory(storyId, false);
        break;
      }
      case 'ArrowDown':
        this.move(1);
        break;
      case 'ArrowUp':
        this.move(-1);
        break;
      case 'Home':
        this.#select(0);
        break;
      case 'End':
        this.#select(rows.length - 1);
        break;
      case 'Enter':
        if (index >= 0) this.#select(index, true);
        break;
      default:
        return;
    }
    event.preventDefault();
    event.stopPropagation();
  }

  #onRange(event: RangeChangedEvent): void {
    if (this.hasMore && event.last >= this.rows.length - 15) this.dispatchEvent(new CustomEvent('list-more', { bubbles: true, composed: true }));
  }

  /**
   * The virtualizer can render again with its old range right after the rows were replaced by
   * fewer (search results chosen from at once), before it has measured them: it then hands
   * undefined for the rows past the end (lit/lit#4833). Those render nothing until it catches up.
   */
  #renderItem = (item: ListRow | undefined, index: number) => item ? html`<div
    class="item ${item.read ? 'read' : 'unread'} ${item.memberOf !== undefined ? 'member' : ''}"
    role="option"
    id="article-${item.id}"
    aria-selected=${item.id === this.selectedId ? 'true' : 'false'}
    aria-posinset=${index + 1}
    aria-setsize=${this.#setSize()}
    @click=${() => this.#select(index)}
  >
    ${item.image?.startsWith('/') /* only images the app keeps: the CSP refuses the web, and offline it is gone */
      ? html`<img class="thumb" src=${item.image} alt="" loading="lazy" />`
      : nothing}
    <p class="title">${item.title}</p>
    ${item.snippet?.length ? html`<p class="snippet">${item.snippet.map((part) => (part.match ? html`<mark>${part.text}</mark>` : part.text))}</p>` : nothing}
    <div class="meta">
      <span>${item.source.title}</span><span aria-hidden="true">·</span><span>${age(item.published)}</span>
      ${item.read ? nothing : html`<span class="visually-hidden">, unread</span>`}
      ${item.bookmarked ? html`<span class="star" title="Bookmarked" aria-label="Bookmarked">★</span>` : nothing}
    </div>
    ${item.story ? this.#renderFold(item.story) : nothing}
  </div>` : nothing;

  /** A folded story's line: how many other sources, the story's unread count, opened and closed by click or →/←. */
  #renderFold(story: FoldedStory) {
    const open = this.expanded.has(story.id) || story.others.some((o) => o.id === this.selectedId);
    const sources = new Set(story.others.map((o) => o.source.title));
    const label = `+${story.others.length} ${sources.size === story.others.length ? (story.others.length === 1 ? 'source' : 'sources') : story.others.length === 1 ? 'article' : 'articles'}`;
    return html`<div
      class="fold"
      title=${open ? 'Hide the other coverage (←)' : `Also: ${[...sources].join(', ')} (→ to show)`}
      @click=${(event: Event) => {
        event.stopPropagation();
        this.toggleStory(story.id, !open);
      }}
    >
      <span class="fold-mark" aria-hidden="true">${open ? '▾' : '▸'}</span>${label}${story.unread > 0 ? html`<span aria-hidden="true"> · </span>${story.unread} unread` : nothing}
      <span class="visually-hidden">${open ? ', shown below' : `: ${[...sources].join(', ')}`}</span>
    </div>`;
  }

  /** The list's size for assistive technology: unknown (-1) while a folded list has more to load, since its rows are fewer than its articles. */
  #setSize(): number {
    if (!this.items.some((i) => i.story) && this.expanded.size === 0) return this.total ?? this.items.length;
    return this.hasMore ? -1 : this.rows.length;
  }

  #renderBody() {
    if (this.state === 'loading' && this.items.length === 0) {
      return html`<div class="state" aria-busy="true" aria-label="Loading articles">${[1, 2, 3, 4, 5].map(() => html`<div class="skeleton"></div>`)}</div>`;
    }
    if (this.state === 'error') {
      return html`<div class="state" role="alert">
        <strong>The articles could not be loaded</strong>${this.errorMessage}
        <p><button type="button" @click=${() => this.dispatchEvent(new CustomEvent('list-retry', { bubbles: true, composed: true }))}>Try again</button></p>
      </div>`;
    }
    if (this.items.length === 0) {
      return html`<div class="state"><strong>${this.emptyTitle}</strong>${this.emptyMessage}</div>`;
    }
    // Focus stays on the listbox and aria-activedescendant names the selected row, rather than a
    // roving tabindex on the rows: the virtualizer recycles and removes row elements as they scroll
    // away, and a focused row that is removed drops focus to the page body. The listbox is the
    // virtualizer's scroller itself, so the scrolling region is the element that has keyboard focus.
    // A fresh renderItem each render makes the virtualizer repaint rows when selection or marks change.
    return html`<div class="frame">
      <lit-virtualizer
        scroller
        role="listbox"
        tabindex="0"
        aria-label=${this.heading}
        aria-activedescendant=${this.selectedId === null ? nothing : `article-${this.selectedId}`}
        @keydown=${this.#onKey}
        .items=${this.rows}
        .renderItem=${(item: ListRow | undefined, index: number) => this.#renderItem(item, index)}
        @rangeChanged=${this.#onRange}
      ></lit-virtualizer>
    </div>`;
  }

  override render() {
    return html`<div class="heading"><span>${this.heading}</span><span>${this.total ?? ''}</span></div>${this.#renderBody()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-article-list': BsArticleList;
  }
}
