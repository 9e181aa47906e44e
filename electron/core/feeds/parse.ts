// One shape for every feed format. feedsmith does the parsing (RSS 0.9x/2.0,
// RSS 1.0 RDF, Atom 1.0, JSON Feed 1.0/1.1, and the common namespaces: content,
// Dublin Core, Media RSS); this module only maps its output to FeedEntry and
// resolves addresses (Atom xml:base, relative links) against the right base.
import { feedsmith } from './feedsmith.ts';
import { parseFeedDate } from './dates.ts';

export type FeedFormat = 'rss' | 'atom' | 'rdf' | 'json';

export interface FeedEnclosure {
  url: string;
  type: string | null;
  length: number | null;
  /** Seconds, from itunes:duration (RSS) or duration_in_seconds (JSON Feed); null when not given. */
  duration: number | null;
}

export interface FeedEntry {
  /** guid / id as the feed gives it, or null. */
  id: string | null;
  /** Absolute http(s) link to the article, or null. */
  url: string | null;
  /** Raw title (may contain markup; cleaned by the caller). */
  title: string;
  author: string | null;
  /** UTC ms, or null when the feed gives no usable date. */
  published: number | null;
  /** Raw HTML of the summary/description. */
  summaryHtml: string;
  /** Raw HTML of the full content, or '' when the feed only has a summary. */
  contentHtml: string;
  /** Base for relative links inside the HTML. */
  contentBase: string | null;
  image: string | null;
  enclosures: FeedEnclosure[];
  categories: string[];
}

export interface ParsedFeed {
  format: FeedFormat;
  title: string;
  siteUrl: string | null;
  /** The feed's own address as its document gives it (atom:link rel="self", JSON Feed feed_url), or null. */
  selfUrl: string | null;
  lang: string | null;
  entries: FeedEntry[];
}

export class FeedParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedParseError';
  }
}

type Loose = Record<string, unknown>;

function obj(value: unknown): Loose {
  return value && typeof value === 'object' ? (value as Loose) : {};
}
function arr(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
}
function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (value && typeof value === 'object' && 'value' in value) return str((value as Loose).value);
  return null;
}

/** Resolves `value` against `base`; keeps only http(s) results. */
export function absoluteUrl(value: unknown, base: string | null): string | null {
  const raw = str(value);
  if (!raw) return null;
  try {
    const url = base ? new URL(raw, base) : new URL(raw);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** Resolves an xml:base against the base in scope; an unusable one leaves the scope unchanged. */
function withBase(xmlBase: unknown, base: string | null): string | null {
  const raw = str(xmlBase);
  if (!raw) return base;
  try {
    return new URL(raw, base ?? undefined).href;
  } catch {
    return base;
  }
}

function looksLikeHtmlPage(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*(<!doctype\s+html|<html[\s>])/i.test(text);
}

function mediaImage(media: unknown, base: string | null): string | null {
  const m = obj(media);
  const thumbs = [...arr(m.thumbnails), ...arr(m.groups).flatMap((g) => arr(obj(g).thumbnails))];
  for (const t of thumbs) {
    const url = absoluteUrl(obj(t).url, base);
    if (url) return url;
  }
  const contents = [...arr(m.contents), ...arr(m.groups).flatMap((g) => arr(obj(g).contents))];
  for (const c of contents) {
    const content = obj(c);
    const type = str(content.type) ?? '';
    const medium = str(content.medium);
    // Many image feeds give neither medium nor type: an address naming an image file is one.
    const untyped = !medium && !type && IMAGE_FILE.test(str(content.url) ?? '');
    if (medium === 'image' || type.startsWith('image/') || untyped) {
      const url = absoluteUrl(content.url, base);
      if (url) return url;
    }
  }
  return null;
}

const IMAGE_FILE = /\.(jpe?g|png|gif|webp|avif)(\?|#|$)/i;

/** itunes:duration as seconds: "1:02:03", "62:03", "3723", or a number the parser already read. */
export function parseDuration(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (!/^\d+(\.\d+)?$|^\d+(:\d{1,2}){1,2}(\.\d+)?$/.test(text)) return null;
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0);
}

function imageFromEnclosures(enclosures: FeedEnclosure[]): string | null {
  return enclosures.find((e) => e.type?.startsWith('image/') || IMAGE_FILE.test(e.url))?.url ?? null;
}

function rssEntry(item: Loose, base: string | null): FeedEntry {
  const url = absoluteUrl(item.link, base) ?? (obj(item.guid).isPermaLink !== false ? absoluteUrl(obj(item.guid).value, null) : null);
  const enclosures = arr(item.enclosures)
    .map((e) => obj(e))
    .map((e, i) => ({
      url: absoluteUrl(e.url, base),
      type: str(e.type),
      length: typeof e.length === 'number' ? e.length : null,
      // itunes:duration describes the episode: its first enclosure.
      duration: i === 0 ? parseDuration(obj(item.itunes).duration) : null,
    }))
    .filter((e): e is FeedEnclosure => e.url !== null);
  const dc = obj(item.dc);
  const authors = arr(item.authors).map((a) => str(obj(a).name) ?? str(obj(a).email) ?? str(a));
  return {
    id: str(obj(item.guid).value) ?? str(obj(item.rdf).about),
    url,
    title: str(item.title) ?? str(dc.title) ?? '',
    author: arr(dc.creators)[0] ? str(arr(dc.creators)[0]) : (authors.find(Boolean) ?? str(dc.creator) ?? null),
    published: parseFeedDate(item.pubDate) ?? parseFeedDate(dc.date) ?? parseFeedDate(arr(dc.dates)[0]) ?? parseFeedDate(obj(item.dcterms).modified),
    summaryHtml: str(item.description) ?? '',
    contentHtml: str(obj(item.content).encoded) ?? '',
    contentBase: url ?? base,
    image: mediaImage(item.media, base) ?? imageFromEnclosures(enclosures),
    enclosures,
    categories: arr(item.categories).map((c) => str(obj(c).name) ?? str(c)).filter((c): c is string => !!c),
  };
}

function atomText(value: unknown): string {
  return str(value) ?? '';
}

function atomLink(links: unknown, base: string | null, rel = 'alternate'): string | null {
  const list = arr(links).map((l) => obj(l));
  const chosen = list.find((l) => (str(l.rel) ?? 'alternate') === rel && (rel !== 'alternate' || !str(l.type) || /html/i.test(str(l.type)!))) ??
    list.find((l) => (str(l.rel) ?? 'alternate') === rel);
  return chosen ? absoluteUrl(chosen.href, withBase(obj(chosen.xml).base, base)) : null;
}

function atomEntry(entry: Loose, feedBase: string | null, feedAuthor: string | null): FeedEntry {
  const base = withBase(obj(entry.xml).base, feedBase);
  const enclosures = arr(entry.links)
    .map((l) => obj(l))
    .filter((l) => str(l.rel) === 'enclosure')
    .map((l) => ({ url: absoluteUrl(l.href, base), type: str(l.type), length: typeof l.length === 'number' ? l.length : null, duration: null as number | null }))
    .filter((e): e is FeedEnclosure => e.url !== null);
  const content = obj(entry.content);
  const contentBase = withBase(obj(content.xml).base, base);
  return {
    id: str(entry.id),
    url: atomLink(entry.links, base),
    title: atomText(entry.title),
    author: str(obj(arr(entry.authors)[0]).name) ?? feedAuthor,
    published: parseFeedDate(entry.published) ?? parseFeedDate(entry.updated) ?? parseFeedDate(obj(entry.dc).date),
    summaryHtml: atomText(entry.summary),
    // Out-of-line content (src=...) is not fetched; the summary stands in for it.
    contentHtml: str(content.src) ? '' : (str(content.value) ?? ''),
    contentBase: contentBase ?? base,
    image: mediaImage(entry.media, base) ?? imageFromEnclosures(enclosures),
    enclosures,
    categories: arr(entry.categories).map((c) => str(obj(c).label) ?? str(obj(c).term)).filter((c): c is string => !!c),
  };
}

function jsonEntry(item: Loose, base: string | null, feedAuthor: string | null): FeedEntry {
  const url = absoluteUrl(item.url, base) ?? absoluteUrl(item.external_url, base);
  const enclosures = arr(item.attachments)
    .map((a) => obj(a))
    .map((a) => ({
      url: absoluteUrl(a.url, base),
      type: str(a.mime_type),
      length: typeof a.size_in_bytes === 'number' ? a.size_in_bytes : null,
      duration: parseDuration(a.duration_in_seconds),
    }))
    .filter((e): e is FeedEnclosure => e.url !== null);
  const text = str(item.content_text);
  return {
    id: str(item.id),
    url,
    title: str(item.title) ?? '',
    author: str(obj(arr(item.authors)[0]).name) ?? str(obj(item.author).name) ?? feedAuthor,
    published: parseFeedDate(item.date_published) ?? parseFeedDate(item.date_modified),
    summaryHtml: str(item.summary) ? escapeHtml(str(item.summary)!) : '',
    contentHtml: str(item.content_html) ?? (text ? text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p)}</p>`).join('') : ''),
    contentBase: url ?? base,
    image: absoluteUrl(item.image, base) ?? absoluteUrl(item.banner_image, base) ?? imageFromEnclosures(enclosures),
    enclosures,
    categories: arr(item.tags).map(str).filter((c): c is string => !!c),
  };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Parses feed text fetched from `feedUrl`. Throws FeedParseError with a
 * plain-words reason for empty bodies, web pages and broken XML or JSON.
 */
export function parseFeedText(text: string, feedUrl: string | null): ParsedFeed {
  if (!text.trim()) throw new FeedParseError('The feed was empty: the site sent nothing to read.');
  let parsed: { format: string; feed: unknown };
  const { DetectError, MalformedError, parseFeed } = feedsmith();
  try {
    parsed = parseFeed(text) as { format: string; feed: unknown };
  } catch (error) {
    if (looksLikeHtmlPage(text)) throw new FeedParseError('This address is a web page, not a feed.');
    if (error instanceof MalformedError) throw new FeedParseError('The feed is damaged: its XML is not well-formed, so it cannot be read.');
    if (error instanceof DetectError) {
      const start = text.trimStart()[0];
      if (start === '<') throw new FeedParseError('This is not a feed Broadsheet recognises (not RSS, Atom or JSON Feed), or its XML is damaged.');
      if (start === '{' || start === '[') throw new FeedParseError('This JSON is not a JSON Feed.');
      throw new FeedParseError('This is not a feed: it is neither RSS, Atom nor JSON Feed.');
    }
    throw new FeedParseError('The feed could not be read.');
  }
  const feed = obj(parsed.feed);
  switch (parsed.format) {
    case 'rss':
    case 'rdf': {
      const base = feedUrl;
      return {
        format: parsed.format,
        title: str(feed.title) ?? '',
        siteUrl: absoluteUrl(feed.link, base),
        selfUrl: atomLink(obj(feed.atom).links, base, 'self'),
        lang: str(feed.language) ?? str(obj(feed.dc).language),
        entries: arr(feed.items).map((item) => rssEntry(obj(item), base)),
      };
    }
    case 'atom': {
      const base = withBase(obj(feed.xml).base, feedUrl);
      const author = str(obj(arr(feed.authors)[0]).name);
      return {
        format: 'atom',
        title: atomText(feed.title),
        siteUrl: atomLink(feed.links, base),
        selfUrl: atomLink(feed.links, base, 'self'),
        lang: str(obj(feed.xml).lang),
        entries: arr(feed.entries).map((entry) => atomEntry(obj(entry), base, author)),
      };
    }
    case 'json': {
      const author = str(obj(arr(feed.authors)[0]).name) ?? str(obj(feed.author).name);
      return {
        format: 'json',
        title: str(feed.title) ?? '',
        siteUrl: absoluteUrl(feed.home_page_url, feedUrl),
        selfUrl: absoluteUrl(feed.feed_url, feedUrl),
        lang: str(feed.language),
        entries: arr(feed.items).map((item) => jsonEntry(obj(item), feedUrl, author)),
      };
    }
    default:
      throw new FeedParseError('This is not a feed Broadsheet recognises.');
  }
}
