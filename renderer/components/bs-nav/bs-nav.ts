import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { EditionInfo, ListView, SourceInfo } from '../../../electron/shared/models.ts';
import { emit } from '../../state/events.ts';
import { styles } from './bs-nav.styles.ts';
import '../bs-refresh-status/bs-refresh-status.ts';
import '../bs-subscribe/bs-subscribe.ts';
import { sourceStatus } from './source-status.ts';

/**
 * @summary Views (All, Unread, Bookmarks) and the list of sources with unread counts.
 * @fires view-select - A view or a source was chosen.
 */
@customElement('bs-nav')
export class BsNav extends LitElement {
  static override styles = styles;

  @property() accessor view: ListView = 'all';
  @property({ type: Number, attribute: 'source-id' }) accessor sourceId: number | null = null;
  @property({ attribute: false }) accessor sources: SourceInfo[] = [];
  @property({ attribute: false }) accessor edition: EditionInfo | null = null;
  /** True while the Big picture is shown instead of a list. */
  @property({ type: Boolean, attribute: 'big-picture' }) accessor bigPicture = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'navigation');
    this.setAttribute('aria-label', 'Views and sources');
  }

  #item(label: string, view: ListView, sourceId: number | null, count: number | undefined, source?: SourceInfo) {
    const current = !this.bigPicture && this.view === view && this.sourceId === sourceId;
    // Roving tabindex: each list is one Tab stop, its current item (else its first).
    const noCurrentHere = sourceId === null ? this.sourceId !== null && !this.bigPicture : !this.sources.some((s) => s.id === this.sourceId);
    const tabStop = current || (noCurrentHere && (sourceId === null ? view === 'all' : this.sources[0]?.id === sourceId));
    const status = source ? sourceStatus(source) : null;
    return html`<li>
      <button type="button" tabindex=${tabStop ? '0' : '-1'} aria-current=${current ? 'true' : 'false'} data-view=${view} title=${status?.tooltip ?? ''} @click=${() => emit(this, 'view-select', { view, sourceId })}>
        <span class="name">${label}</span><span class="count">${count ?? ''}</span>
      </button>
      ${status?.problem ? html`<p class="source-problem" data-source-id=${String(sourceId)}>${status.problem}</p>` : ''}
    </li>`;
  }

  /** Arrow keys, Home and End move within a list (and are not "next article" here). */
  #onListKey(event: KeyboardEvent): void {
    if (!['ArrowDown', 'ArrowUp', 'Home', 'End'].includes(event.key) || event.altKey || event.ctrlKey || event.metaKey) return;
    const buttons = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>(':scope > li > button')];
    const at = buttons.indexOf(event.composedPath()[0] as HTMLButtonElement);
    if (at === -1) return;
    const step = event.key === 'ArrowDown' ? 1 : -1;
    const next = event.key === 'Home' ? 0 : event.key === 'End' ? buttons.length - 1 : Math.min(buttons.length - 1, Math.max(0, at + step));
    event.preventDefault();
    event.stopPropagation();
    for (const button of buttons) button.tabIndex = button === buttons[next] ? 0 : -1;
    buttons[next]!.focus();
  }

  override render() {
    const e = this.edition;
    return html`<ul @keydown=${this.#onListKey}>
        ${this.#item('All articles', 'all', null, e?.articleCount)} ${this.#item('Unread', 'unread', null, e?.unreadCount)}
        ${this.#item('Bookmarks', 'bookmarks', null, e?.bookmarkCount)}
        <li>
          <button type="button" tabindex=${this.bigPicture ? '0' : '-1'} aria-current=${this.bigPicture ? 'true' : 'false'} data-view="big-picture" @click=${() => emit(this, 'big-picture-open', {})}>
            <span class="name">Big picture</span><span class="count"></span>
          </button>
        </li>
      </ul>
      <h2>Sources</h2>
      <div class="feed-tools"><bs-subscribe></bs-subscribe><bs-refresh-status></bs-refresh-status></div>
      <ul @keydown=${this.#onListKey}>
        ${this.sources.map((s) => this.#item(s.title, 'all', s.id, s.unread, s))}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-nav': BsNav;
  }
}
