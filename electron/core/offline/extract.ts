// Turns a news page into the article a person came for: Mozilla Readability
// (the engine behind Firefox Reader View) on a server-side DOM, after a
// clutter pass, then DOMPurify via sanitizeArticle. See docs/offline.md for
// why jsdom is the DOM (measured against linkedom on the labelled fixtures).
import { Readability } from '@mozilla/readability';
import { jsdom } from '../text/dom.ts';
import { plainText, sanitizeArticle } from '../text/sanitize.ts';

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
  const { document } = new (jsdom().JSDOM)('').window;
  const template = document.createElement('template');
  template.innerHTML = html;
  const urls = [...template.content.querySelectorAll('img[src]')].map((img) => img.getAttribute('src')!);
  return [...new Set(urls.filter((src) => /^https?:\/\//i.test(src)))];
}

export class ExtractionError extends Error {}

/**
 * Extracts the article from a page's HTML. Throws ExtractionError when the page
 * has no article Readability can find (the caller then keeps the feed's content).
 */
export async function extractArticle(html: string, url: string, options: { dom?: DomChoice; removeClutter?: boolean } = {}): Promise<ExtractedArticle> {
  const document = await parseDocument(html, url, options.dom);
  // Read metadata before the clutter pass and Readability change the document.
  const leadImage = absoluteHttp(meta(document, 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src', 'thumbnailUrl'), url);
  const published = isoDate(meta(document, 'article:published_time', 'datePublished', 'date', 'DC.date.issued', 'pubdate')) ??
    isoDate(document.querySelector('time[datetime]')?.getAttribute('datetime'));
  const pageLang = document.documentElement?.getAttribute('lang')?.trim() || null;
  if (options.removeClutter !== false) removeClutter(document);
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
