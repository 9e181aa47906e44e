import { consume } from '@lit/context';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import type { Article, ContentSource } from '../../../electron/shared/models.ts';
import type { Api } from '../../api.ts';
import { apiContext } from '../../state/context.ts';
import { errorMessage } from '../../state/errors.ts';
import { styles } from './bs-version-switch.styles.ts';

/**
 * @summary Says which version of an article the reader sees (the full article Broadsheet kept, or the feed's own) and switches between them when both exist.
 * @fires article-version-change - The other version was chosen and loaded; detail is the article as now shown.
 */
@customElement('bs-version-switch')
export class BsVersionSwitch extends LitElement {
  static override styles = styles;

  @consume({ context: apiContext, subscribe: true })
  @property({ attribute: false })
  accessor api: Api | null = null;

  @property({ attribute: false }) accessor article: Article | null = null;
  @state() accessor busy = false;
  @state() accessor problem = '';

  async #choose(source: ContentSource): Promise<void> {
    const a = this.article;
    if (!a || !this.api || a.reader?.showing === source) return;
    this.busy = true;
    this.problem = '';
    try {
      const next = await this.api.offline.setVersion(a.id, source);
      this.dispatchEvent(new CustomEvent('article-version-change', { detail: next, bubbles: true, composed: true }));
    } catch (error) {
      this.problem = errorMessage(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const reader = this.article?.reader;
    if (!reader) return nothing;
    const site = reader.siteName ?? this.article?.source.title ?? '';
    if (reader.hasFull && reader.hasFeed) {
      const full = reader.showing === 'full';
      return html`<div class="bar">
        <span id="label" role="status">${full ? `Full article, kept from ${site}` : 'The feed\u2019s version'}</span>
        <span class="segmented" role="group" aria-labelledby="label">
          <button type="button" aria-pressed=${full ? 'true' : 'false'} ?disabled=${this.busy} @click=${() => void this.#choose('full')}>Full article</button>
          <button type="button" aria-pressed=${full ? 'false' : 'true'} ?disabled=${this.busy} @click=${() => void this.#choose('feed')}>Feed version</button>
        </span>
        ${this.problem ? html`<span role="alert">${this.problem}</span>` : nothing}
      </div>`;
    }
    if (reader.fullStatus === 'failed') {
      return html`<div class="bar"><span role="status">The feed\u2019s version: the full article could not be kept (${reader.fullError ?? 'unknown reason'}).</span></div>`;
    }
    return nothing;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-version-switch': BsVersionSwitch;
  }
  interface GlobalEventHandlersEventMap {
    'article-version-change': CustomEvent<Article>;
  }
}
