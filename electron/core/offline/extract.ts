// Turns a news page into the article a person came for: Mozilla Readability
// (the engine behind Firefox Reader View) on a server-side DOM, after a
// clutter pass, then DOMPurify via sanitizeArticle. See docs/offline.md for
// why jsdom is the DOM (measured against linkedom on the labelled fixtures).
import { Readability } from '@mozilla/readability';
import { jsdom } from '../text/dom.ts';
import { overLimits, type HtmlLimits } from '../text/limits.ts';
import { plainText, sanitizeArticle } from '../text/sanitize.ts';

/**
 * What extraction reads. Readability's time grows faster than the square of the
 * page's depth (measured on two busy cores: 64 levels 0.6 s, 256 levels 2.5 s,
 * 512 levels 12 s, 1,024 levels 78 s); news pages are 10 to 60 deep. 4 MB of
 * HTML is past any article page, inline scripts and data included. The worker
 * that runs extraction (extract-pool.ts) adds a time limit over both.
 */
export const EXTRACT_LIMITS: HtmlLimits = { maxDepth: 256, maxChars: 4 * 1024 * 1024 };

export interface ExtractedArticle {
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601 when the page states it. */
  publishedTime: string | null;
  lang: string | null;
  dir: 'ltr' | 'rtl';
  excerpt: string | null;
  /** Absolute URL of the page's lead image (og:image and friends), if any. */
  leadImage: string | null;
  /** Sanitized article HTML; image src are still the page's absolute URLs. */
  html: string;
  text: string;
  /** Absolute http(s) URLs of the images the sanitized HTML references, in order. */
  images: string[];
}

export type DomChoice = 'jsdom' | 'linkedom';

/** Parses HTML into a Document. Scripts never run and nothing is loaded: jsdom does neither unless asked. */
export async function parseDocument(html: string, url: string, dom: DomChoice = 'jsdom'): Promise<Document> {
  if (dom === 'linkedom') {
    // linkedom is only used to compare against (bench and the measurement test); it is a devDependency.
    const { parseHTML } = await import('linkedom');
    const { document } = parseHTML(html);
    return document as unknown as Document;
  }
  // A silent console: pages' CSS that jsdom cannot parse is not our problem to print.
  return new (jsdom().JSDOM)(html, { url, virtualConsole: new (jsdom().VirtualConsole)() }).window.document;
}

// Containers that are page furniture rather than article: cookie and consent
// banners, newsletter and subscription boxes, "related"/"recommended" lists,
// comments, share bars, ads and promos. Readability drops many of these itself,
// but only scores them down; removing them first keeps them out of the result
// when they sit inside the article's container.
const CLUTTER =
  /(^|[\s_-])(cookie|consent|gdpr|newsletter|subscribe|subscription|signup|sign-up|related|recommend|more-stories|most-read|popular|trending|comment|comments|disqus|share|sharing|social|promo|advert|advertisement|ad|ads|adslot|sponsor|sponsored|outbrain|taboola|paywall|modal|popup|overlay|banner|breadcrumb|tags|toolbar|print-only)($|[\s_-])/i;
const CLUTTER_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'alertdialog', 'complementary', 'search']);
const CLUTTER_TAGS = new Set(['NAV', 'ASIDE', 'FORM', 'BUTTON', 'DIALOG', 'NOSCRIPT']);

function paragraphChars(root: ParentNode): number {
  let total = 0;
  for (const p of root.querySelectorAll('p')) total += (p.textContent ?? '').trim().length;
  return total;
}

/** Removes furniture, but never a container holding most of the page's prose (a wrongly named wrapper). */
export function removeClutter(document: Document): void {
  const body = document.body;
  if (!body) return;
  const pageProse = paragraphChars(body) || 1;
  const candidates: Element[] = [];
  for (const element of body.querySelectorAll('*')) {
    const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''} ${element.getAttribute('data-component') ?? ''}`;
    const role = element.getAttribute('role');
    if (
      CLUTTER_TAGS.has(element.tagName) ||
      (role !== null && CLUTTER_ROLES.has(role)) ||
      element.hasAttribute('hidden') ||
      element.getAttribute('aria-hidden') === 'true' ||
      (element.tagName !== 'ARTICLE' && element.tagName !== 'MAIN' && CLUTTER.test(names))
    ) {
      candidates.push(element);
    }
  }
  for (const element of candidates) {
    if (!element.isConnected) continue;
    if (element.querySelector('article, h1') && element.tagName !== 'NAV') continue;
    if (paragraphChars(element) / pageProse > 0.5) continue;
    element.remove();
  }
}

function meta(document: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const element = document.querySelector(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`);
    const value = element?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function absoluteHttp(value: string | null | undefined, base: string): string | null {
  if (!value) return null;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Image src values in sanitized HTML that still point at the web. */
export function remoteImages(html: string): string[] {
  if (!/<img/i.test(html)) return [];
  const { window } = new (jsdom().JSDOM)('');
  try {
    const template = window.document.createElement('template');
    template.innerHTML = html;
    const urls = [...template.content.querySelectorAll('img[src]')].map((img) => img.getAttribute('src')!);
    return [...new Set(urls.filter((src) => /^https?:\/\//i.test(src)))];
  } finally {
    // A jsdom window is otherwise freed only when the event loop next turns.
    window.close();
  }
}

export class ExtractionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExtractionError';
  }
}

export interface ExtractOptions {
  dom?: DomChoice;
  /** false skips the clutter pass; a function replaces it (tests). */
  removeClutter?: boolean | ((document: Document) => void);
}

/** Inline styles out, for the second try: jsdom's CSS parser throws on some (an unterminated `rgba(`). */
function withoutInlineStyles(html: string): string {
  return html.replace(/\sstyle\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}

/**
 * Extracts the article from a page's HTML. Throws ExtractionError, in words for
 * the reader, when the page is past a cap or has no article Readability can
 * find (the caller then keeps the feed's content).
 */
export async function extractArticle(html: string, url: string, options: ExtractOptions = {}): Promise<ExtractedArticle> {
  // Before any DOM is built: past these, jsdom and Readability take minutes.
  const over = overLimits(html, EXTRACT_LIMITS, true);
  if (over) throw new ExtractionError(`The page was not read: ${over}.`);
  try {
    return await extractOnce(html, url, options);
  } catch (error) {
    if (error instanceof ExtractionError) throw error;
    // The DOM library or a heuristic failed on something odd in the page: one more try without inline styles.
    try {
      return await extractOnce(withoutInlineStyles(html), url, options);
    } catch (second) {
      if (second instanceof ExtractionError) throw second;
      throw new ExtractionError(`The page could not be read (${(second as Error).message.slice(0, 120)}).`);
    }
  }
}

async function extractOnce(html: string, url: string, options: ExtractOptions): Promise<ExtractedArticle> {
  let document = await parseDocument(html, url, options.dom);
  // Read metadata before the clutter pass and Readability change the document.
  const leadImage = absoluteHttp(meta(document, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src', 'thumbnailUrl'), url);
  const published = isoDate(meta(document, 'article:published_time', 'datePublished', 'date', 'DC.date.issued', 'pubdate')) ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const pageLang = document.documentElement?.getAttribute('lang')?.trim() || null;
  if (options.removeClutter !== false) {
    try {
      (typeof options.removeClutter === 'function' ? options.removeClutter : removeClutter)(document);
    } catch {
      // The clutter pass is a heuristic: when it fails part-way, plain Readability on a fresh copy of the page.
      document = await parseDocument(html, url, options.dom);
    }
  }
  const parsed = new Readability(document, { charThreshold: 300 }).parse();
  if (!parsed?.content || !parsed.textContent?.trim()) throw new ExtractionError('No article could be found on that page.');
  const clean = sanitizeArticle(parsed.content, url);
  if (!clean.text) throw new ExtractionError('The page had no readable article text.');
  const dir = parsed.dir === 'rtl' ? 'rtl' : 'ltr';
  return {
    url,
    title: plainText(parsed.title ?? '') || plainText(document.title ?? '') || url,
    byline: parsed.byline ? plainText(parsed.byline) || null : null,
    siteName: parsed.siteName ? plainText(parsed.siteName) || null : null,
    publishedTime: isoDate(parsed.publishedTime) ?? published,
    lang: parsed.lang || pageLang,
    dir,
    excerpt: parsed.excerpt ? plainText(parsed.excerpt) || null : null,
    leadImage,
    html: clean.html,
    text: clean.text,
    images: remoteImages(clean.html),
  };
}
