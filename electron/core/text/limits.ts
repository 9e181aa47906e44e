// Caps on the HTML handed to jsdom. Building a jsdom tree costs time that
// grows with the square of its nesting depth (2,000 nested <div>s: 2 s;
// 10,000: 23 s and then a stack overflow when the tree is freed), and
// DOMPurify and Readability walk it again. parse5 — the same HTML parser jsdom
// uses, so the same tree shape — builds its own light tree in linear time, so
// the depth is measured with it before jsdom ever sees the markup. HTML past a
// cap is kept as its text (never dropped, never an empty article) with a note.
import { createRequire } from 'node:module';

// parse5 loads on first use: only HTML near a cap, or past one, is parsed here, and a refresh's main thread never needs it.
let parse5: typeof import('parse5') | null = null;
const parser = () => (parse5 ??= createRequire(import.meta.url)('parse5') as typeof import('parse5'));

export interface HtmlLimits {
  /** Deepest element nesting read into a DOM. Browsers flatten past 512 (Chromium's parser). */
  maxDepth: number;
  /** Longest HTML, in characters, read into a DOM. */
  maxChars: number;
}

/**
 * The sanitizer's caps: 512 levels cost DOMPurify on jsdom about 0.1 s (1,024:
 * 1.3 s; 10,000: 17.6 s). 2 MB is far past any feed item or extracted article
 * (an article is tens of kilobytes) and still under a second of sanitizing.
 */
export const SANITIZE_LIMITS: HtmlLimits = { maxDepth: 512, maxChars: 2 * 1024 * 1024 };

interface Parse5Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  childNodes?: Parse5Node[];
  content?: Parse5Node;
}

/**
 * Counts '<' up to `stopAt`. Each level needs a tag, except the few the parser
 * adds itself: a table's tbody and tr, and formatting elements (<b>, <i>…)
 * reopened after a block closed them; each of those stands for a tag written
 * earlier, so the depth is at most three times the tags, plus the html/body pair.
 */
function tagCount(html: string, stopAt: number): number {
  let count = 0;
  for (let at = html.indexOf('<'); at !== -1 && count < stopAt; at = html.indexOf('<', at + 1)) count++;
  return count;
}

/**
 * The deepest element nesting of `html` as an HTML parser builds it (implied
 * end tags, misnesting and all), counted from the fragment's top. Linear time;
 * no recursion, so 100,000 levels cannot exhaust the stack.
 */
export function htmlDepth(html: string, asDocument = false): number {
  const root = (asDocument ? parser().parse(html) : parser().parseFragment(html)) as unknown as Parse5Node;
  let max = 0;
  const stack: [Parse5Node, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > max) max = depth;
    const children = node.nodeName === 'template' ? node.content?.childNodes : node.childNodes;
    for (const child of children ?? []) if (child.tagName) stack.push([child, depth + 1]);
  }
  return max;
}

/** What is past a cap, in words for the reader; null when the HTML is within both. */
export function overLimits(html: string, limits: HtmlLimits, asDocument = false): string | null {
  if (html.length > limits.maxChars) {
    return `it is larger than Broadsheet reads (${megabytes(html.length)} MB of HTML; the limit is ${megabytes(limits.maxChars)} MB)`;
  }
  // Most HTML has too few tags to be deep at all: skip the extra parse.
  if (tagCount(html, limits.maxDepth) * 3 + 8 < limits.maxDepth) return null;
  const depth = htmlDepth(html, asDocument);
  return depth > limits.maxDepth ? `its HTML is nested more than ${limits.maxDepth} levels deep` : null;
}

function megabytes(chars: number): string {
  return (chars / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
}

/** Elements whose end is a paragraph break in the text-only version. */
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'blockquote', 'pre', 'ul', 'ol', 'li', 'dl', 'dt', 'dd',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'tr', 'td', 'th', 'figure', 'figcaption', 'br', 'hr', 'address', 'details', 'summary',
]);
/** Elements whose contents are not text a reader sees. */
const SKIPPED = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'textarea', 'select', 'head', 'title']);

/** The text of `html` in paragraphs, read with parse5 (linear, no jsdom): entities decoded, scripts and styles dropped. */
export function htmlParagraphs(html: string): string[] {
  const root = parser().parseFragment(html) as unknown as Parse5Node;
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/[ \t\r\n\f\u00a0]+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // Iterative walk; a marker entry ends a block after its children.
  const stack: (Parse5Node | 'end-block')[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node === 'end-block') {
      flush();
      continue;
    }
    if (node.nodeName === '#text') {
      current += node.value ?? '';
      continue;
    }
    if (node.tagName && SKIPPED.has(node.tagName)) continue;
    const block = node.tagName !== undefined && BLOCKS.has(node.tagName);
    if (block) {
      flush();
      stack.push('end-block');
    }
    const children = node.childNodes ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  flush();
  return paragraphs;
}

const escapeHtml = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The text-only stand-in for HTML past a cap: a note saying why (in the HTML
 * only, so search and word counts see the article's own words) and the text in
 * escaped paragraphs, which nothing can make active.
 */
export function textOnlyArticle(html: string, reason: string): { html: string; text: string } {
  const paragraphs = htmlParagraphs(html);
  const note = `<p><em>Broadsheet kept only the text of this article: ${escapeHtml(reason)}.</em></p>`;
  return { html: note + paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join(''), text: paragraphs.join('\n') };
}
