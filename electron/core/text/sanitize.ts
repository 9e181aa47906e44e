// Article HTML comes from the web and is hostile until cleaned. DOMPurify does
// the cleaning on a jsdom window (DOMPurify's supported server-side DOM); the
// rules below narrow it to what a reading pane needs.
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { jsdom } from './dom.ts';
import { htmlParagraphs, overLimits, SANITIZE_LIMITS, textOnlyArticle } from './limits.ts';

interface Sanitizer {
  /** Article HTML: CONFIG below plus the image and link hooks. */
  article: DOMPurify;
  /** Plain-text fields: no element survives. */
  plain: DOMPurify;
}

let sanitizer: Sanitizer | null = null;

/** The jsdom window and DOMPurify instances, made on first use (see dom.ts). */
function load(): Sanitizer {
  if (sanitizer) return sanitizer;
  const { window } = new (jsdom().JSDOM)('<!doctype html><html><body></body></html>');
  const make = () => createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
  // setConfig parses each configuration once: DOMPurify otherwise clones and
  // re-reads the config object on every sanitize call. Two instances because a
  // set configuration cannot be overridden per call. RETURN_DOM hands back the
  // sanitized <body> itself, so its markup and its text are read from the same
  // tree without moving every node into a fragment and then a container.
  const article = make();
  article.setConfig({ ...CONFIG, RETURN_DOM: true });
  addHooks(article);
  const plain = make();
  plain.setConfig({ ALLOWED_TAGS: ['#text'], RETURN_DOM: true });
  sanitizer = { article, plain };
  return sanitizer;
}

const CONFIG: Config = {
  USE_PROFILES: { html: true },
  FORBID_TAGS: ['style', 'link', 'meta', 'base', 'form', 'input', 'button', 'select', 'textarea', 'iframe',
    'frame', 'frameset', 'object', 'embed', 'svg', 'math', 'video', 'audio', 'source', 'track', 'template', 'dialog'],
  // Inline styles can load remote resources (url(...)) and overlay the UI; classes and ids can collide with ours.
  FORBID_ATTR: ['style', 'class', 'id', 'srcset', 'sizes', 'target', 'ping', 'background', 'formaction', 'action'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: true,
};

/** Paths the app itself serves; images may point there without a base URL. */
const APP_PATHS = /^\/(edition-images|media)\/[\w.-]+$/;

function resolve(value: string, base: string | null): URL | null {
  try {
    return base ? new URL(value, base) : new URL(value);
  } catch {
    return null;
  }
}

// DOMPurify hooks take no per-call options, so the base URL of the call in progress lives here.
let currentBase: string | null = null;

/** Width in CSS pixels × device pixels the reading pane shows images at; srcset picks the smallest candidate at least this wide. */
export const READING_IMAGE_WIDTH = 1400;

// Lazy loaders keep the real address in data-* attributes and put a placeholder
// (often a 1×1 data: GIF) in src; the stored copy wants the real picture.
const LAZY_SRC = ['data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src'];
const LAZY_SRCSET = ['data-srcset', 'data-lazy-srcset'];
const SUPPORTED_SOURCE_TYPES = /^image\/(png|jpeg|webp|gif|avif|svg\+xml)$/i;

interface SrcsetCandidate {
  url: string;
  width: number | null;
  density: number;
}

function parseSrcset(value: string): SrcsetCandidate[] {
  const out: SrcsetCandidate[] = [];
  // Candidates are separated by commas followed by whitespace; URLs themselves may contain commas.
  for (const part of value.split(/,\s+/)) {
    const [url, descriptor] = part.trim().split(/\s+/, 2);
    if (!url) continue;
    const w = descriptor && /^(\d+)w$/i.exec(descriptor);
    const x = descriptor && /^(\d+(?:\.\d+)?)x$/i.exec(descriptor);
    out.push({ url: url.replace(/,$/, ''), width: w ? Number(w[1]) : null, density: x ? Number(x[1]) : 1 });
  }
  return out;
}

/** The srcset candidate for the reading width: the smallest at least that wide, else the widest; for x descriptors, 2x if offered. */
export function bestSrcsetCandidate(srcset: string, readingWidth = READING_IMAGE_WIDTH): string | null {
  const candidates = parseSrcset(srcset);
  if (candidates.length === 0) return null;
  const widths = candidates.filter((c) => c.width !== null).sort((a, b) => a.width! - b.width!);
  if (widths.length) return (widths.find((c) => c.width! >= readingWidth) ?? widths[widths.length - 1]!).url;
  const byDensity = [...candidates].sort((a, b) => a.density - b.density);
  return (byDensity.filter((c) => c.density <= 2).pop() ?? byDensity[0]!).url;
}

function isPlaceholder(src: string | null): boolean {
  return !src || src.startsWith('data:') || /(^|\/)(blank|spacer|pixel|placeholder|transparent)\.(gif|png)$/i.test(src);
}

/** Chooses the one address an <img> should keep: lazy-load attributes, then srcset, then src. */
function settleImageSource(img: Element, extraSrcset: string | null): void {
  const src = img.getAttribute('src');
  const lazy = LAZY_SRC.map((name) => img.getAttribute(name)).find((v) => v && !v.startsWith('data:'));
  const srcset = extraSrcset ?? LAZY_SRCSET.map((name) => img.getAttribute(name)).find(Boolean) ?? img.getAttribute('srcset');
  const fromSet = srcset ? bestSrcsetCandidate(srcset) : null;
  const chosen = fromSet ?? (isPlaceholder(src) && lazy ? lazy : src) ?? lazy;
  if (chosen && chosen !== src) img.setAttribute('src', chosen);
}

function addHooks(purify: DOMPurify): void {
// <picture> and srcset are reduced to one plain src before the attribute rules
// run (srcset and <source> are forbidden below), so one image is downloaded and stored.
purify.addHook('uponSanitizeElement', (node, data) => {
  const element = node as Element;
  if (data.tagName === 'picture') {
    const img = element.querySelector('img');
    if (!img) return;
    const source = [...element.querySelectorAll('source')].find((s) => {
      const type = s.getAttribute('type');
      return (s.getAttribute('srcset') || s.getAttribute('data-srcset')) && (!type || SUPPORTED_SOURCE_TYPES.test(type));
    });
    settleImageSource(img, source ? (source.getAttribute('srcset') ?? source.getAttribute('data-srcset')) : null);
    // Mark it so the <img> hook below does not second-guess the <picture>'s choice.
    img.setAttribute('data-broadsheet-settled', '');
  } else if (data.tagName === 'img') {
    if (element.hasAttribute('data-broadsheet-settled')) element.removeAttribute('data-broadsheet-settled');
    else settleImageSource(element, null);
  }
});

purify.addHook('afterSanitizeAttributes', (node) => {
  const base = currentBase;
  if (node.hasAttribute('href')) {
    const url = resolve(node.getAttribute('href')!, base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:')) {
      node.setAttribute('href', url.href);
      node.setAttribute('rel', 'noopener noreferrer');
    } else {
      node.removeAttribute('href');
    }
  }
  if (node.hasAttribute('src')) {
    const src = node.getAttribute('src')!;
    if (APP_PATHS.test(src)) return;
    const url = resolve(src, base);
    if (url && (url.protocol === 'http:' || url.protocol === 'https:')) node.setAttribute('src', url.href);
    else node.removeAttribute('src');
  }
});
}

export interface SanitizedArticle {
  html: string;
  text: string;
}

/**
 * Sanitizes article HTML and returns it with its plain text. Relative links
 * resolve against `baseUrl` when given; `javascript:` and `data:` URLs, scripts,
 * frames, forms, event handlers and inline styles are removed.
 */
export function sanitizeArticle(html: string, baseUrl: string | null = null): SanitizedArticle {
  // Past the depth or size cap, jsdom and DOMPurify take minutes (quadratic in depth): keep the text, say why.
  const over = overLimits(html, SANITIZE_LIMITS);
  if (over) return textOnlyArticle(html, over);
  const { article } = load();
  currentBase = baseUrl;
  let body: HTMLElement | null;
  try {
    body = article.sanitize(html) as unknown as HTMLElement | null;
  } catch {
    // jsdom can throw on odd markup (an inline style its CSS parser rejects): the text still counts.
    return textOnlyArticle(html, 'its HTML could not be cleaned safely');
  } finally {
    currentBase = null;
  }
  if (!body) return { html: '', text: '' };
  return { html: body.innerHTML, text: blockText(body) };
}

/** Elements that end a line of plain text. */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'td', 'th']);
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Plain text with paragraph breaks kept, so word counts and search see separate
 * words: the text content with a line break after each block. One walk over the
 * tree without recursion (deeply nested input cannot exhaust the stack); a
 * selector query plus a new text node per block cost jsdom several times more.
 */
function blockText(root: Node): string {
  const parts: string[] = [];
  const endsLine = (node: Node) => node.nodeType === ELEMENT_NODE && TEXT_BLOCKS.has((node as Element).localName);
  let node: Node | null = root.firstChild;
  while (node) {
    if (node.nodeType === TEXT_NODE) parts.push((node as Text).data);
    else if (node.nodeType === ELEMENT_NODE && node.firstChild) {
      node = node.firstChild;
      continue;
    } else if (endsLine(node)) parts.push('\n');
    // Leaving `node`: climb past every ancestor it was the last child of, ending their lines.
    while (node !== root && !node.nextSibling) {
      node = node.parentNode!;
      if (node !== root && endsLine(node)) parts.push('\n');
    }
    node = node === root ? null : node.nextSibling;
  }
  return parts.join('').replace(/[ \t\u00a0]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
}

/** Sanitizes a plain-text field such as a title: no markup survives. */
export function plainText(value: string): string {
  if (overLimits(value, SANITIZE_LIMITS)) return htmlParagraphs(value).join(' ').replace(/\s+/g, ' ').trim();
  const body = load().plain.sanitize(value) as unknown as HTMLElement | null;
  return (body?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
