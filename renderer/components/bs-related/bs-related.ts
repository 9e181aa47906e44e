import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { RelatedEntry } from '../../../electron/shared/models.ts';
import { age } from '../../state/format.ts';
import { emit } from '../../state/events.ts';
import { styles } from './bs-related.styles.ts';

export type RelatedState = 'idle' | 'loading' | 'ready' | 'error';

const GROUPS = [
  { group: 'same-story', title: 'Same story' },
  { group: 'related', title: 'Related' },
] as const;

/**
 * @summary The related-stories sidebar: other outlets' coverage of the same story, then related reading.
 * @fires article-select - A related story was chosen.
 */
@customElement('bs-related')
export class BsRelated extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) accessor entries: RelatedEntry[] = [];
  @property() accessor state: RelatedState = 'idle';
  @property({ attribute: 'error-message' }) accessor errorMessage = '';

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute('role', 'complementary');
    this.setAttribute('aria-label', 'Related stories');
  }

  /** Focuses the first related story, if any. */
  focusFirst(): boolean {
    const first = this.renderRoot.querySelector<HTMLButtonElement>('button');
    first?.focus();
    return first !== null;
  }

  #entry(entry: RelatedEntry) {
    const a = entry.article;
    return html`<li>
      <button type="button" data-article-id=${a.id} @click=${() => emit(this, 'article-select', { id: a.id, focus: true })}>
        <span class="headline">${a.title}</span>
        <span class="meta">${a.source.title} · ${age(a.published)}</span>
        ${entry.alsoIn?.length ? html`<span class="meta also-in">Also in ${entry.alsoIn.map((s) => s.title).join(', ')}</span>` : nothing}
        <span class="reason">${entry.reason}</span>
      </button>
    </li>`;
  }

  #body() {
    switch (this.state) {
      case 'idle':
        return html`<p class="state">Open an article to see other coverage of its story.</p>`;
      case 'loading':
        return html`<p class="state" aria-busy="true">Finding related stories…</p>`;
      case 'error':
        return html`<p class="state" role="alert">Related stories are unavailable: ${this.errorMessage}</p>`;
      default:
        if (this.entries.length === 0) return html`<p class="state">No other stories in your library share this one's subject yet.</p>`;
        return GROUPS.map(({ group, title }) => {
          const entries = this.entries.filter((e) => e.group === group);
          return entries.length
            ? html`<section data-group=${group} aria-labelledby="h-${group}"><h3 id="h-${group}">${title}</h3><ol>${entries.map((e) => this.#entry(e))}</ol></section>`
            : nothing;
        });
    }
  }

  override render() {
    return html`<h2>Related stories</h2>${this.#body()}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-related': BsRelated;
  }
}
