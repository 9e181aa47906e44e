import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { BigPictureQuery, StoryCluster } from '../../../electron/shared/models.ts';
import { emit } from '../../state/events.ts';
import { age } from '../../state/format.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-big-picture.styles.ts';

export type BigPictureState = 'loading' | 'ready' | 'error';

/**
 * @summary The day's stories as clusters across sources, biggest first, like a front page.
 * It is used as the article list is: j/k (and Up/Down) move between stories and the articles of an
 * open one, Enter (or o) opens a story and moves to its first article, Enter on an article opens
 * it in the reading pane, and Escape (through the app's app.escape) closes the story again.
 * Owns article.next, article.previous and article.open while it is shown.
 * @fires article-select - An article of a cluster was chosen.
 * @fires big-picture-range - The reader chose the last 24 hours or a calendar day.
 */
@customElement('bs-big-picture')
export class BsBigPicture extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) accessor clusters: StoryCluster[] = [];
  @property() accessor state: BigPictureState = 'loading';
  @property({ attribute: 'error-message' }) accessor errorMessage = '';
  /** The day shown (YYYY-MM-DD), or null for the last 24 hours. */
  @property() accessor day: string | null = null;

  @state() accessor openId: number | null = null;

  /** The story or article the keyboard was last on ('c12', 'a345'), so coming back lands there. */
  #current: string | null = null;

  readonly #commands = new OwnCommands(this, {
    'article.next': () => this.#move(1),
    'article.previous': () => this.#move(-1),
    'article.open': () => this.#open(),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', 'Big picture');
  }

  /** Focuses the first story, if any. */
  focusFirst(): boolean {
    const first = this.renderRoot.querySelector<HTMLButtonElement>('.cluster > button');
    first?.focus();
    return first !== null;
  }

  /** The stories and the open story's articles, in reading order. */
  #items(): HTMLButtonElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLButtonElement>('ol button')];
  }

  #keyOf(button: Element): string | null {
    const article = button.getAttribute('data-article-id');
    if (article) return `a${article}`;
    const cluster = button.closest('.cluster')?.getAttribute('data-cluster-id');
    return cluster ? `c${cluster}` : null;
  }

  get #focused(): HTMLButtonElement | null {
    const active = (this.renderRoot as ShadowRoot).activeElement;
    return active instanceof HTMLButtonElement && this.#items().includes(active) ? active : null;
  }

  /** Focuses where the keyboard last was (a story or an article), else the first story, else the range buttons. */
  focusCurrent(): boolean {
    const items = this.#items();
    const target = items.find((b) => this.#keyOf(b) === this.#current) ?? items[0] ?? this.renderRoot.querySelector<HTMLElement>('header button');
    target?.focus();
    return !!target;
  }

  /** j and k: the next or previous story or article; from outside the stories, back to where the keyboard was. */
  #move(step: 1 | -1): boolean {
    const items = this.#items();
    if (items.length === 0) return false;
    const focused = this.#focused;
    if (!focused) return this.focusCurrent();
    const at = items.indexOf(focused);
    items[Math.min(items.length - 1, Math.max(0, at + step))]!.focus();
    return true;
  }

  /** o (and Enter through the button itself): a story opens and the keyboard moves to its first article; an article opens. */
  #open(): boolean {
    const focused = this.#focused;
    if (!focused) return this.focusCurrent();
    focused.click();
    return true;
  }

  /** Escape inside an open story: closes it and goes back to its headline. False when there is nothing to close. */
  back(): boolean {
    const focused = this.#focused;
    const cluster = focused?.closest('.cluster');
    const id = Number(cluster?.getAttribute('data-cluster-id'));
    if (!cluster || this.openId !== id) return false;
    this.openId = null;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`.cluster[data-cluster-id="${id}"] > button`)?.focus());
    return true;
  }

  #onFocusIn = (event: FocusEvent): void => {
    const key = event.target instanceof Element ? this.#keyOf(event.target) : null;
    if (key) this.#current = key;
  };

  #range(query: BigPictureQuery): void {
    this.openId = null;
    emit(this, 'big-picture-range', query);
  }

  #toggle(id: number, event: MouseEvent): void {
    this.openId = this.openId === id ? null : id;
    // Opened from the keyboard (Enter, Space, o): the keyboard moves on to the story's first article.
    if (this.openId === id && event.detail === 0) {
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#cluster-${id} button`)?.focus());
    }
  }

  // Arrow keys walk the visible stories and articles in reading order; Tab still leaves the list.
  #onKey = (event: KeyboardEvent): void => {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key)) return;
    const items = [...this.renderRoot.querySelectorAll<HTMLButtonElement>('ol button')];
    if (items.length === 0) return;
    const current = items.indexOf(this.renderRoot instanceof ShadowRoot ? (this.renderRoot.activeElement as HTMLButtonElement) : items[0]!);
    const next =
      event.key === 'Home' ? 0 : event.key === 'End' ? items.length - 1 : Math.min(items.length - 1, Math.max(0, current + (event.key === 'ArrowDown' ? 1 : -1)));
    items[next]?.focus();
    event.preventDefault();
  };

  #cluster(cluster: StoryCluster) {
    const open = this.openId === cluster.id;
    const panel = `cluster-${cluster.id}`;
    const sources = cluster.sourceCount === 1 ? '1 source' : `${cluster.sourceCount} sources`;
    return html`<li class="cluster" data-cluster-id=${cluster.id}>
      <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${panel} @click=${(e: MouseEvent) => this.#toggle(cluster.id, e)}>
        <span class="headline">${cluster.headline}</span>
        <span class="meta"
          ><span class="count">${sources}</span> · ${cluster.articles.length} ${cluster.articles.length === 1 ? 'article' : 'articles'} ·
          ${cluster.sources.map((s) => s.title).join(', ')}</span
        >
      </button>
      ${open
        ? html`<ol class="articles" id=${panel} aria-label=${`Articles about ${cluster.headline}`}>
            ${cluster.articles.map(
              (a) => html`<li>
                <button type="button" data-article-id=${a.id} @click=${() => emit(this, 'article-select', { id: a.id, focus: true })}>
                  <span class="title">${a.title}</span>
                  <span class="meta">${a.source.title} · ${age(a.published)}</span>
                </button>
              </li>`,
            )}
          </ol>`
        : nothing}
    </li>`;
  }

  #body() {
    if (this.state === 'loading') return html`<p class="state" aria-busy="true">Gathering the day's stories…</p>`;
    if (this.state === 'error') return html`<p class="state" role="alert">The Big picture is unavailable: ${this.errorMessage}</p>`;
    if (this.clusters.length === 0) return html`<p class="state">No articles were published in this period.</p>`;
    return html`<ol class="clusters" aria-label="Stories, biggest first" @keydown=${this.#onKey} @focusin=${this.#onFocusIn}>${this.clusters.map((c) => this.#cluster(c))}</ol>`;
  }

  override render() {
    return html`<header>
        <h2>Big picture</h2>
        <div class="range">
          <button type="button" aria-pressed=${this.day === null ? 'true' : 'false'} @click=${() => this.#range({ since: '24h' })}>Last 24 hours</button>
          <label
            >Day
            <input
              type="date"
              .value=${this.day ?? ''}
              @change=${(e: Event) => {
                const value = (e.target as HTMLInputElement).value;
                this.#range(value ? { day: value } : { since: '24h' });
              }}
          /></label>
        </div>
      </header>
      ${this.#body()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-big-picture': BsBigPicture;
  }
  interface GlobalEventHandlersEventMap {
    'big-picture-range': CustomEvent<BigPictureQuery>;
    /** Fired by bs-nav: show the Big picture instead of a list. */
    'big-picture-open': CustomEvent<Record<string, never>>;
  }
}
