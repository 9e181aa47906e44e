import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import type { ArticleSummary } from '../../../electron/shared/models.ts';
import type { Announcer } from '../../state/announcer.ts';
import { announcerContext } from '../../state/context.ts';
import { age } from '../../state/format.ts';
import { emit } from '../../state/events.ts';
import type { ListState } from '../../state/library-store.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-article-list.styles.ts';

export type { ListState };

/**
 * @summary The article list: virtualized, so a hundred thousand rows cost the DOM of a screenful.
 * @fires article-select - An article was chosen (by click, Enter or moving the selection).
 * @fires list-more - The end of the loaded rows is near and more exist.
 * @fires list-retry - The person asked to try loading again after an error.
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

  @query('lit-virtualizer') accessor virtualizer!: LitVirtualizer | null;
  @query('[role="listbox"]') accessor listbox!: HTMLElement | null;

  @consume({ context: announcerContext, subscribe: true }) accessor announcer: Announcer | undefined = undefined;

  readonly #commands = new OwnCommands(this, {
    'article.next': () => this.#step(1),
    'article.previous': () => this.#step(-1),
    'article.nextUnread': () => this.moveToUnread(1),
    'article.previousUnread': () => this.moveToUnread(-1),
  });

  #step(delta: 1 | -1): void {
    if (!this.move(delta)) this.announcer?.announce(delta === 1 ? 'This is the last article' : 'This is the first article');
  }

  /** Moves the selection to the next (or previous) unread article, or says there is none. */
  moveToUnread(step: 1 | -1): void {
    const index = this.items.findIndex((a) => a.id === this.selectedId);
    for (let i = index + step; i >= 0 && i < this.items.length; i += step) {
      if (!this.items[i]!.read) {
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
    if (this.items.length === 0) return false;
    const index = this.items.findIndex((a) => a.id === this.selectedId);
    const next = index === -1 ? (delta > 0 ? 0 : this.items.length - 1) : index + delta;
    if (next < 0 || next >= this.items.length) return false;
    this.#select(next);
    return true;
  }

  #select(index: number, focusPane = false): void {
    const item = this.items[index];
    if (!item) return;
    this.selectedId = item.id;
    void this.scrollToSelected();
    emit(this, 'article-select', { id: item.id, focus: focusPane });
  }

  /** Brings the selected row into view once the virtualizer has laid out its rows. */
  async scrollToSelected(): Promise<void> {
    await this.updateComplete;
    const virtualizer = this.virtualizer;
    const index = this.items.findIndex((a) => a.id === this.selectedId);
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
    const index = this.items.findIndex((a) => a.id === this.selectedId);
    switch (event.key) {
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
        this.#select(this.items.length - 1);
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
    if (this.hasMore && event.last >= this.items.length - 15) this.dispatchEvent(new CustomEvent('list-more', { bubbles: true, composed: true }));
  }

  /**
   * The virtualizer can render again with its old range right after the rows were replaced by
   * fewer (search results chosen from at once), before it has measured them: it then hands
   * undefined for the rows past the end (lit/lit#4833). Those render nothing until it catches up.
   */
  #renderItem = (item: ArticleSummary | undefined, index: number) => item ? html`<div
    class="item ${item.read ? 'read' : 'unread'}"
    role="option"
    id="article-${item.id}"
    aria-selected=${item.id === this.selectedId ? 'true' : 'false'}
    aria-posinset=${index + 1}
    aria-setsize=${this.total ?? this.items.length}
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
  </div>` : nothing;

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
        .items=${this.items}
        .renderItem=${(item: ArticleSummary | undefined, index: number) => this.#renderItem(item, index)}
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
