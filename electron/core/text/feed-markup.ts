// A feed entry's markup as a refresh stores it: the markup itself, with
// relative addresses made absolute against the entry's base, and its plain
// text for search, word counts, summaries and story matching. No DOM is built
// and nothing in the markup is run or fetched: one pass over the string, like
// the first stage of an HTML parser (the tokenizer), reading tags, comments and
// text. A refresh of 10,000 items took 6.5 s of DOMPurify on jsdom before this
// (BENCHMARKS.md, "Refresh against newsboat"); this pass takes ~10 µs an item.
//
// The markup stays hostile: it is sanitized with DOMPurify wherever it leaves
// the core (the reading pane, in the renderer, on the browser's own parser;
// exports and offline copies with sanitizeArticle). The text is only ever shown
// as text, so an odd tag that this pass reads differently from a browser can
// change a word in the index, never what a document runs.
import { createRequire } from 'node:module';

// The entity decoder (the one parse5, so jsdom, uses) loads on first use: a refresh reads markup in its worker threads only.
let entities: typeof import('entities') | null = null;
const decoder = () => (entities ??= createRequire(import.meta.url)('entities') as typeof import('entities'));

export interface FeedMarkup {
  /** The entry's markup, unsanitized, with relative link and image addresses resolved. */
  html: string;
  /** Its plain text, a line break after each block. */
  text: string;
}

/** Elements that end a line of plain text (sanitize.ts's blockText keeps the same lines; `br` also breaks here). */
const TEXT_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'pre', 'td', 'th', 'br']);

/**
 * Elements whose content is not text a reader sees: DOMPurify removes them with
 * their content (its FORBID_CONTENTS, for elements our rules remove). The first
 * group's content is raw text to the HTML tokenizer (it ends only at the
 * matching end tag); the second nests.
 */
const RAW_SKIPPED = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title']);
// noscript's content is markup when scripts are off, as in jsdom and in the stored copy's sanitizer.
const NESTED_SKIPPED = new Set(['svg', 'math', 'template', 'video', 'audio', 'head', 'object', 'noscript']);
/** Raw text whose words are kept (DOMPurify keeps a removed textarea's text). */
const RAW_KEPT = new Set(['textarea']);

/** Attributes holding one address, and those holding a srcset list; see absolute(). */
const URL_ATTRIBUTES = new Set(['href', 'src', 'data-src', 'data-lazy-src', 'data-original', 'data-lazy', 'data-url', 'data-hi-res-src', 'poster']);
const SRCSET_ATTRIBUTES = new Set(['srcset', 'data-srcset', 'data-lazy-srcset']);

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** HTML's whitespace: tab, LF, FF, CR, space. */
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

interface Tag {
  name: string;
  end: boolean;
  /** Index just past the tag's '>' (or the input's end). */
  next: number;
  /** Attribute values to replace: [start, end, new value], only when a base was given. */
  edits: [number, number, string][] | null;
}

/**
 * Reads a tag starting at `at` ('<' followed by a letter, or '</' and a letter)
 * the way the HTML tokenizer does: name, then attributes with quoted or
 * unquoted values (a '>' inside quotes does not end the tag).
 */
function readTag(html: string, at: number, base: URL | null): Tag {
  const end = html.charCodeAt(at + 1) === 47;
  let i = at + (end ? 2 : 1);
  const nameStart = i;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 47 || c === 62) break;
    i++;
  }
  const name = html.slice(nameStart, i).toLowerCase();
  let edits: Tag['edits'] = null;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 62) return { name, end, next: i + 1, edits };
    if (isSpace(c) || c === 47) {
      i++;
      continue;
    }
    // An attribute name runs to whitespace, '/', '>' or '=' (a leading '=' belongs to the name).
    const attrStart = i;
    i++;
    while (i < html.length) {
      const d = html.charCodeAt(i);
      if (isSpace(d) || d === 47 || d === 62 || d === 61) break;
      i++;
    }
    const attrName = html.slice(attrStart, i);
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    if (html.charCodeAt(i) !== 61) continue; // no value
    i++;
    while (i < html.length && isSpace(html.charCodeAt(i))) i++;
    let valueStart: number;
    let valueEnd: number;
    const q = html.charCodeAt(i);
    if (q === 34 || q === 39) {
      valueStart = i + 1;
      const close = html.indexOf(q === 34 ? '"' : "'", valueStart);
      valueEnd = close === -1 ? html.length : close;
      i = close === -1 ? html.length : close + 1;
    } else {
      valueStart = i;
      while (i < html.length) {
        const d = html.charCodeAt(i);
        if (isSpace(d) || d === 62) break;
        i++;
      }
      valueEnd = i;
    }
    if (base && !end) {
      const lower = attrName.toLowerCase();
      const single = URL_ATTRIBUTES.has(lower);
      if (single || SRCSET_ATTRIBUTES.has(lower)) {
        const value = decoder().decodeHTMLAttribute(html.slice(valueStart, valueEnd));
        const resolved = single ? absolute(value, base) : absoluteSrcset(value, base);
        if (resolved !== null) (edits ??= []).push([q === 34 || q === 39 ? valueStart - 1 : valueStart, q === 34 || q === 39 ? valueEnd + 1 : valueEnd, resolved]);
      }
    }
  }
  return { name, end, next: html.length, edits };
}

/** Has a scheme of its own (http:, mailto:, javascript: …): left as it is, for the sanitizer to judge. */
const HAS_SCHEME = /^\s*[a-z][a-z\d+.-]*:/i;

/** The address resolved against `base`, or null when it needs no change (absolute, empty, or not resolvable). */
function absolute(value: string, base: URL): string | null {
  if (!value.trim() || HAS_SCHEME.test(value)) return null;
  try {
    return new URL(value.trim(), base).href;
  } catch {
    return null;
  }
}

function absoluteSrcset(value: string, base: URL): string | null {
  let changed = false;
  // Candidates are separated by commas followed by whitespace (sanitize.ts reads them the same way).
  const parts = value.split(/,\s+/).map((part) => {
    const [url = '', ...descriptor] = part.trim().split(/\s+/);
    const resolved = absolute(url, base);
    if (resolved === null) return part.trim();
    changed = true;
    return [resolved, ...descriptor].join(' ');
  });
  return changed ? parts.join(', ') : null;
}

const escapeAttribute = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/**
 * Where the raw text content of `name` ends: the next `</name` followed by
 * whitespace, '/' or '>' (case-insensitive; `lower` is the input in lower
 * case), or the end of the input.
 */
function rawTextEnd(lower: string, from: number, name: string): number {
  const needle = `</${name}`;
  let at = from;
  for (;;) {
    at = lower.indexOf(needle, at);
    if (at === -1) return lower.length;
    const after = lower.charCodeAt(at + needle.length);
    if (Number.isNaN(after) || isSpace(after) || after === 47 || after === 62) return at;
    at += needle.length;
  }
}

/** Lower case for ASCII letters only, so every index still points at the same character. */
const asciiLower = (text: string) => text.replace(/[A-Z]+/g, (run) => run.toLowerCase());

/** Where a comment or other markup declaration starting at `at` ends (index past it). */
function declarationEnd(html: string, at: number): number {
  if (html.startsWith('<!--', at)) {
    // '<!-->' and '<!--->' are empty comments; otherwise the comment runs to '-->' (or the input's end).
    if (html.startsWith('>', at + 4)) return at + 5;
    if (html.startsWith('->', at + 4)) return at + 6;
    const close = html.indexOf('-->', at + 4);
    return close === -1 ? html.length : close + 3;
  }
  // <!DOCTYPE …>, <![CDATA[ … (a bogus comment in HTML content), <? … >, </ followed by no letter: up to the next '>'.
  const close = html.indexOf('>', at + 2);
  return close === -1 ? html.length : close + 1;
}

/**
 * Reads feed markup: its plain text and, with a base, the markup with every
 * relative link and image address made absolute (so it needs no base wherever
 * it is shown later). Never throws; linear in the input.
 */
export function readFeedMarkup(html: string, baseUrl: string | null = null): FeedMarkup {
  let base: URL | null = null;
  if (baseUrl) {
    try {
      base = new URL(baseUrl);
    } catch {
      base = null;
    }
  }
  const parts: string[] = [];
  const edits: [number, number, string][] = [];
  /** Inside a nested skipped element: its name and depth. */
  let skipping: string | null = null;
  let depth = 0;
  let lower: string | null = null;
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const textEnd = lt === -1 ? html.length : lt;
    if (textEnd > at && skipping === null) parts.push(html.slice(at, textEnd));
    if (lt === -1) break;
    const c = html.charCodeAt(lt + 1);
    if (c === 33 || c === 63) {
      at = declarationEnd(html, lt);
      continue;
    }
    if (c === 47) {
      const d = html.charCodeAt(lt + 2);
      if (d === 62) {
        at = lt + 3; // '</>' is nothing
        continue;
      }
      if (!isAlpha(d)) {
        at = declarationEnd(html, lt);
        continue;
      }
    } else if (!isAlpha(c)) {
      // A '<' that starts no tag is text.
      if (skipping === null) parts.push('<');
      at = lt + 1;
      continue;
    }
    const tag = readTag(html, lt, skipping === null ? base : null);
    at = tag.next;
    if (tag.edits) edits.push(...tag.edits);
    if (skipping !== null) {
      if (tag.name === skipping) depth += tag.end ? -1 : 1;
      if (depth === 0) skipping = null;
      continue;
    }
    if (tag.end) {
      if (TEXT_BLOCKS.has(tag.name)) parts.push('\n');
      continue;
    }
    if (TEXT_BLOCKS.has(tag.name)) parts.push('\n');
    if (RAW_SKIPPED.has(tag.name) || RAW_KEPT.has(tag.name)) {
      const close = rawTextEnd((lower ??= asciiLower(html)), at, tag.name);
      if (RAW_KEPT.has(tag.name)) parts.push(html.slice(at, close));
      at = close;
    } else if (tag.name === 'plaintext') {
      at = html.length; // the rest of the input is its text, and DOMPurify drops it
    } else if (NESTED_SKIPPED.has(tag.name) && html.charCodeAt(tag.next - 2) !== 47) {
      skipping = tag.name;
      depth = 1;
    }
  }
  let text = parts.join('');
  if (text.includes('&')) text = decoder().decodeHTML(text);
  text = text.replace(/[ \t\u00a0\r\f]+/g, ' ').replace(/\s*\n\s*/g, '\n').trim();
  return { html: edits.length ? applyEdits(html, edits) : html, text };
}

function applyEdits(html: string, edits: [number, number, string][]): string {
  const out: string[] = [];
  let from = 0;
  for (const [start, end, value] of edits) {
    out.push(html.slice(from, start), escapeAttribute(value));
    from = end;
  }
  out.push(html.slice(from));
  return out.join('');
}

/** The plain text of a title, byline or other one-line field that may hold markup or entities. */
export function markupLine(value: string): string {
  const text = /[<&]/.test(value) ? readFeedMarkup(value).text : value;
  return text.replace(/\s+/g, ' ').trim();
}
