import { html, LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { EditionInfo, ListView, SourceInfo } from '../../../electron/shared/models.ts';
import { emit } from '../../state/events.ts';
import { styles } from './bs-nav.styles.ts';

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

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'navigation');
    this.setAttribute('aria-label', 'Views and sources');
  }

  #item(label: string, view: ListView, sourceId: number | null, count: number | undefined) {
    const current = this.view === view && this.sourceId === sourceId;
    return html`<li>
      <button type="button" aria-current=${current ? 'true' : 'false'} data-view=${view} @click=${() => emit(this, 'view-select', { view, sourceId })}>
        <span class="name">${label}</span><span class="count">${count ?? ''}</span>
      </button>
    </li>`;
  }

  override render() {
    const e = this.edition;
    return html`<ul>
        ${this.#item('All articles', 'all', null, e?.articleCount)} ${this.#item('Unread', 'unread', null, e?.unreadCount)}
        ${this.#item('Bookmarks', 'bookmarks', null, e?.bookmarkCount)}
      </ul>
      <h2>Sources</h2>
      <ul>
        ${this.sources.map((s) => this.#item(s.title, 'all', s.id, s.unread))}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-nav': BsNav;
  }
}
