import DOMPurify from 'dompurify';
import { ARTICLE_HTML_CONFIG, installArticleHooks } from '../../../electron/shared/article-html.ts';
import { html, LitElement, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { Article } from '../../../electron/shared/models.ts';
import { emit } from '../../state/events.ts';
import { fullDate } from '../../state/format.ts';
import { OwnCommands } from '../../state/own-commands.ts';
import { styles } from './bs-reading-pane.styles.ts';
import '../bs-version-switch/bs-version-switch.ts';
import { playableEnclosure, timecode } from '../bs-player/bs-player.ts';

export type PaneState = 'empty' | 'loading' | 'ready' | 'error';

// One DOMPurify with the article rules for every pane: setConfig parses them once; the hooks read the base of the call in progress.
let purifier: ReturnType<typeof DOMPurify> | null = null;
let bodyBase: string | null = null;

/** Article markup as the reading pane may show it (see #body). */
export function sanitizeBody(html: string, base: string | null): DocumentFragment {
  if (!purifier) {
    purifier = DOMPurify(window);
    purifier.setConfig({ ...ARTICLE_HTML_CONFIG, RETURN_DOM_FRAGMENT: true });
    installArticleHooks(purifier, () => bodyBase);
  }
  bodyBase = base;
  try {
    return purifier.sanitize(html) as unknown as DocumentFragment;
  } finally {
    bodyBase = null;
  }
}

/** Text reduced for comparing one piece with another: case, accents, punctuation and spacing set aside. */
export function comparable(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The same trailing marks a cut-short summary or title ends with ("…", "...", "[…]"). */
const TRAILING_ELLIPSIS = /\s*(\[?(…|\.\.\.)\]?)\s*$/;

/**
 * Whether a summary is the start of the body (feeds often send the first paragraph, whole or cut,
 * as the description): it is then left out rather than read twice. The body may open with a
 * picture and its caption first, so its first 1,200 characters are searched.
 */
export function summaryRepeatsBody(summary: string, bodyText: string): boolean {
  const probe = comparable(summary.replace(TRAILING_ELLIPSIS, '')).slice(0, 200);
  return probe.length > 0 && bodyText.slice(0, 1200 + probe.length).includes(probe);
}

/** Whether a headline was made from the body (an untitled item): the whole body, or its start cut with "…". */
export function headlineRepeatsBody(title: string, bodyText: string): boolean {
  const cut = TRAILING_ELLIPSIS.test(title);
  const probe = comparable(title.replace(TRAILING_ELLIPSIS, ''));
  return probe.length > 0 && (cut ? bodyText.startsWith(probe) : bodyText === probe);
}

/** Images the app serves (kept media, the sample edition's own); the CSP refuses any other, and offline it is gone. */
export function isAppImage(src: string | null): src is string {
  return !!src && src.startsWith('/') && !src.startsWith('//');
}

function webAddress(src: string | null): string | null {
  return src && /^https?:\/\//i.test(src) ? src : null;
}

/** "Image not kept offline", with the image's description and a link to it on the web when there is one. */
function placeholderNode(doc: Document, url: string | null, alt: string): HTMLElement {
  const box = doc.createElement('span');
  box.className = 'image-placeholder';
  const label = doc.createElement('span');
  label.className = 'label';
  label.textContent = 'Image not kept offline';
  box.append(label);
  if (alt) {
    const description = doc.createElement('span');
    description.className = 'alt';
    description.textContent = alt;
    box.append(description);
  }
  if (url) {
    const link = doc.createElement('a');
    link.href = url;
    link.textContent = 'Open the image ↗';
    box.append(link);
  }
  return box;
}

/**
 * @summary The reading pane: headline, byline, date, reading time and the article body.
 * @fires bookmark-toggle - The bookmark button was pressed.
 * @fires open-original - The person asked to open the original page, or a link in the article, in the system browser.
 * @fires article-close - The close button (×) was pressed: back to the list, with the article closed (Escape does the same).
 * Owns the commands reading.pageDown and reading.pageUp.
 */
@customElement('bs-reading-pane')
export class BsReadingPane extends LitElement {
  static override styles = styles;

  @property({ attribute: false }) accessor article: Article | null = null;
  @property() accessor state: PaneState = 'empty';
  @property({ attribute: 'error-message' }) accessor errorMessage = '';
  @property({ type: Number, attribute: 'font-size' }) accessor fontSize = 18;

  readonly #commands = new OwnCommands(this, {
    'reading.pageDown': () => this.#page(1),
    'reading.pageUp': () => this.#page(-1),
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.tabIndex = 0;
    this.setAttribute('role', 'region');
    this.setAttribute('aria-label', 'Reading pane');
  }

  #shownId: number | null = null;

  override updated(): void {
    // The pane is kept between articles, so a newly shown article starts at its top.
    const shown = this.article?.id ?? null;
    if (shown !== this.#shownId) {
      this.#shownId = shown;
      this.scrollTo({ top: 0 });
    }
  }

  /** What Listen reads, in order: the headline (unless it only repeats the body), the standfirst and the body's paragraphs, headings, items and quotes. */
  paragraphs(): HTMLElement[] {
    return [...this.renderRoot.querySelectorAll<HTMLElement>('#headline:not([hidden]), .standfirst, .body :is(p, h1, h2, h3, h4, h5, h6, li, blockquote)')];
  }

  /** Space: a screenful down; at the end, on to the next unread article. Shift+Space: a screenful up. */
  async #page(step: 1 | -1): Promise<unknown> {
    const atEnd = this.scrollTop + this.clientHeight >= this.scrollHeight - 4;
    if (step === 1 && atEnd) return this.#commands.router?.perform('article.nextUnread');
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.scrollBy({ top: step * this.clientHeight * 0.85, behavior: smooth ? 'smooth' : 'auto' });
  }

  /**
   * A feed article's body is stored as the feed sent it, so this is where it is
   * sanitized: DOMPurify on the browser's own parser, the one that then renders
   * it, with the library's article rules (electron/shared/article-html.ts).
   * Relative addresses resolve against the article's own. The CSP (no inline
   * script) is the second fence.
   */
  #body(html: string, base: string | null): { html: string; text: string } {
    if (this.#prepared?.source === html) return this.#prepared.body;
    const fragment = sanitizeBody(html, base);
    // A picture that was not kept would be a broken-image icon (or a blank gap with its caption
    // alone): it becomes a placeholder that says so and links to the picture on the web.
    for (const img of fragment.querySelectorAll('img')) {
      const src = img.getAttribute('src');
      if (!isAppImage(src)) img.replaceWith(placeholderNode(document, webAddress(src), img.getAttribute('alt')?.trim() ?? ''));
    }
    for (const figure of fragment.querySelectorAll('figure')) {
      const caption = figure.querySelector(':scope > figcaption');
      const alone = caption && [...figure.childNodes].every((n) => n === caption || (n.nodeType === Node.TEXT_NODE && !n.textContent?.trim()));
      if (alone) caption.before(placeholderNode(document, null, ''));
    }
    const holder = document.createElement('div');
    holder.append(fragment);
    const body = { html: holder.innerHTML, text: comparable(holder.textContent ?? '') };
    this.#prepared = { source: html, body };
    return body;
  }

  /** The shown body, prepared once per article (re-rendering the same HTML leaves the DOM as it is). */
  #prepared: { source: string; body: { html: string; text: string } } | null = null;

  /** Links in an article never navigate the app window; they go to the system browser. */
  #onBodyClick(event: MouseEvent): void {
    const link = (event.composedPath() as Element[]).find((el) => el instanceof HTMLAnchorElement) as HTMLAnchorElement | undefined;
    if (!link) return;
    event.preventDefault();
    if (link.href) this.dispatchEvent(new CustomEvent('open-original', { detail: { url: link.href }, bubbles: true, composed: true }));
  }

  /**
   * The other version, once the reader switched. The app hands the same article
   * object down again on every render of its own, so the switch is kept for as
   * long as that object is the one given; a freshly loaded article replaces it.
   */
  #versionOverride: { base: Article; shown: Article } | null = null;

  #shownArticle(): Article | null {
    const o = this.#versionOverride;
    return o && o.base === this.article ? o.shown : this.article;
  }

  readonly #onVersionChange = (event: CustomEvent<Article>) => {
    if (!this.article) return;
    this.#versionOverride = { base: this.article, shown: event.detail };
    this.requestUpdate();
  };

  /** × at the pane's top right, in view however far the article is scrolled. */
  #closeButton() {
    return html`<div class="close-bar">
      <button type="button" class="close" aria-label="Close article" title="Close article (Esc)" @click=${() => emit(this, 'article-close', null)}>×</button>
    </div>`;
  }

  override render() {
    const style = `--reading-size:${this.fontSize}px`;
    if (this.state === 'loading') return html`<div class="state" aria-busy="true"><strong>Opening…</strong></div>`;
    if (this.state === 'error') {
      return html`${this.#closeButton()}<div class="state" role="alert"><strong>This article could not be opened</strong>${this.errorMessage}</div>`;
    }
    const a = this.#shownArticle();
    if (this.state === 'empty' || !a) {
      return html`<div class="state"><strong>Choose an article</strong>Pick a headline from the list, or press <kbd>j</kbd> to start reading.</div>`;
    }
    const bodyHasLead = a.image !== null && a.html.includes(a.image);
    const body = this.#body(a.html, a.url);
    // An untitled item's headline is its text's start; shown above that text it reads twice.
    const headlineRepeats = headlineRepeatsBody(a.title, body.text);
    const standfirst = a.summary && !headlineRepeats && !summaryRepeatsBody(a.summary, body.text) ? a.summary : '';
    return html`${this.#closeButton()}<article style=${style} lang=${a.lang ?? nothing} dir=${a.dir} aria-labelledby="headline">
      ${a.section ? html`<p class="kicker">${a.section}</p>` : nothing}
      <h1 id="headline" ?hidden=${headlineRepeats}>${a.title}</h1>
      ${standfirst ? html`<p class="standfirst">${standfirst}</p>` : nothing}
      <div class="byline">
        ${a.byline ? html`<span>By <strong>${a.byline}</strong></span>` : nothing}
        <span>${a.source.title}</span>
        <time datetime=${a.published}>${fullDate(a.published)}</time>
        ${episodeLength(a) ?? html`<span>${a.readingMinutes} min read</span>`}
      </div>
      <div class="actions">
        <button type="button" aria-pressed=${a.bookmarked ? 'true' : 'false'} @click=${() => emit(this, 'bookmark-toggle', { id: a.id, bookmarked: !a.bookmarked })}>
          ${a.bookmarked ? '★ Bookmarked' : '☆ Bookmark'}
        </button>
        ${a.url
          ? html`<button type="button" @click=${() => this.dispatchEvent(new CustomEvent('open-original', { detail: { url: a.url }, bubbles: true, composed: true }))}>Open original ↗</button>`
          : nothing}
      </div>
      <bs-version-switch .article=${a} @article-version-change=${this.#onVersionChange}></bs-version-switch>
      ${a.enclosures?.length ? html`<bs-player .articleId=${a.id} .enclosures=${a.enclosures}></bs-player>` : nothing}
      ${a.image && !bodyHasLead
        ? html`<figure class="lead" @click=${this.#onBodyClick}>${isAppImage(a.image)
            ? html`<img src=${a.image} alt="" />`
            : html`<span class="image-placeholder"><span class="label">Image not kept offline</span>${webAddress(a.image)
                ? html`<a href=${a.image}>Open the image ↗</a>` : nothing}</span>`}</figure>`
        : nothing}
      <div class="body" @click=${this.#onBodyClick}>${unsafeHTML(body.html)}</div>
    </article>`;
  }
}

/** A podcast episode's length from its feed ("1:02:03 episode") stands where an article's reading time would. */
function episodeLength(a: Article) {
  const duration = a.enclosures ? playableEnclosure(a.enclosures)?.enclosure.duration : null;
  return duration ? html`<span class="episode-length">${timecode(duration)} episode</span>` : null;
}

declare global {
  interface HTMLElementTagNameMap {
    'bs-reading-pane': BsReadingPane;
  }
  interface GlobalEventHandlersEventMap {
    'article-close': CustomEvent<null>;
  }
}
