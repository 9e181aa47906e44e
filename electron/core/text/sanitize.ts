// Article HTML comes from the web and is hostile until cleaned. DOMPurify does
// the cleaning on a jsdom window (DOMPurify's supported server-side DOM), with
// the rules the reading pane applies too (shared/article-html.ts), for what
// leaves the main process: exports, offline copies, the CLI.
import createDOMPurify, { type DOMPurify } from 'dompurify';
import { ARTICLE_HTML_CONFIG, installArticleHooks } from '../../shared/article-html.ts';
import { jsdom } from './dom.ts';
import { htmlParagraphs, overLimits, SANITIZE_LIMITS, textOnlyArticle } from './limits.ts';

interface Sanitizer {
  /** Article HTML: ARTICLE_HTML_CONFIG plus the image and link hooks. */
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
  article.setConfig({ ...ARTICLE_HTML_CONFIG, RETURN_DOM: true });
  installArticleHooks(article, () => currentBase);
  const plain = make();
  plain.setConfig({ ALLOWED_TAGS: ['#text'], RETURN_DOM: true });
  sanitizer = { article, plain };
  return sanitizer;
}

// DOMPurify hooks take no per-call options, so the base URL of the call in progress lives here.
let currentBase: string | null = null;

export { bestSrcsetCandidate, READING_IMAGE_WIDTH } from '../../shared/article-html.ts';

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
