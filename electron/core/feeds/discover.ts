// Finding the feed behind an address: the address itself may be a feed; a
// page may announce feeds with <link rel="alternate">; failing that, sites
// commonly publish at a few well-known paths.
import { jsdom } from '../text/dom.ts';
import type { FeedCandidate } from '../../shared/models.ts';
import { decodeBody } from '../net/charset.ts';
import type { AddressGuard } from '../net/address-guard.ts';
import { fetchBounded, FetchError, type FetchedBody, type FetchLimits } from '../net/http.ts';
import { parseFeedText, type ParsedFeed } from './parse.ts';

const FEED_TYPES: Record<string, string | null> = {
  'application/rss+xml': 'rss',
  'application/atom+xml': 'atom',
  'application/rdf+xml': 'rdf',
  'application/feed+json': 'json',
  'application/json': 'json',
  'text/xml': null,
  'application/xml': null,
};

export const COMMON_FEED_PATHS = ['/feed', '/rss.xml', '/atom.xml', '/index.xml', '/feed.json', '/feed.xml', '/rss'];

/** Accepts what people paste: "example.com", "feed://…", "feed:https://…". */
export function normaliseAddress(input: string): string | null {
  let value = input.trim();
  if (!value) return null;
  if (/^feeds?:\/\//i.test(value)) value = `https://${value.replace(/^feeds?:\/\//i, '')}`;
  else if (/^feed:/i.test(value)) value = value.slice('feed:'.length);
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) value = `https://${value}`;
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return url.href;
  } catch {
    // fall through
  }
  return null;
}

/** Feeds a page announces with <link rel="alternate" type="…">, resolved against the page (and its <base>). */
export function alternateFeeds(html: string, pageUrl: string): FeedCandidate[] {
  // Feed links live in the <head>: only that part goes to jsdom (a deep or huge body costs nothing here).
  const bodyAt = html.search(/<body[\s>]/i);
  const head = html.slice(0, Math.min(bodyAt === -1 ? html.length : bodyAt, 512 * 1024));
  // jsdom parses like a browser and runs no scripts and loads nothing by default.
  const { document } = new (jsdom().JSDOM)(head, { url: pageUrl }).window;
  const found: FeedCandidate[] = [];
  const seen = new Set<string>();
  for (const link of document.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rels.includes('alternate') && !rels.includes('feed')) continue;
    const type = (link.getAttribute('type') ?? '').toLowerCase().split(';')[0]!.trim();
    if (!(type in FEED_TYPES)) continue;
    let url: URL;
    try {
      url = new URL((link as HTMLLinkElement).href);
    } catch {
      continue;
    }
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || seen.has(url.href)) continue;
    seen.add(url.href);
    found.push({ url: url.href, title: link.getAttribute('title')?.trim() || null, format: FEED_TYPES[type] ?? null });
  }
  return found;
}

export interface FetchedFeed {
  fetched: FetchedBody;
  feed: ParsedFeed;
}

/** Fetches and parses one feed address; throws FetchError, CharsetError or FeedParseError. */
export async function fetchParsedFeed(url: string, limits: FetchLimits, now: () => number, guard?: AddressGuard): Promise<FetchedFeed> {
  const result = await fetchBounded({ url, guard }, limits, now);
  if (result.notModified) throw new FetchError('http', 'The site answered "not modified" to a first request.');
  const { text } = decodeBody(result.body, result.contentType);
  return { fetched: result, feed: parseFeedText(text, result.finalUrl) };
}

export type Discovery =
  | { kind: 'feed'; url: string; fetched: FetchedFeed }
  | { kind: 'candidates'; candidates: FeedCandidate[] }
  | { kind: 'none'; reason: string };

/**
 * Looks at `url`: if it is a feed, that is the answer; if it is a page, the
 * feeds it links to, else the common paths that turn out to hold feeds.
 * Errors fetching `url` itself propagate (the person should hear why).
 */
export async function discoverFeeds(url: string, limits: FetchLimits, now: () => number, guard?: AddressGuard): Promise<Discovery> {
  const page = await fetchBounded({ url, guard }, limits, now);
  if (page.notModified) return { kind: 'none', reason: 'The site sent no content.' };
  const { text } = decodeBody(page.body, page.contentType);
  try {
    const feed = parseFeedText(text, page.finalUrl);
    return { kind: 'feed', url: page.permanentUrl ?? url, fetched: { fetched: page, feed } };
  } catch (error) {
    // A page is searched for feeds; something that meant to be a feed but is broken says why instead.
    const html = /html/i.test(page.contentType ?? '') || /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html[\s>])/i.test(text);
    if (!html) throw error;
  }
  const announced = alternateFeeds(text, page.finalUrl);
  if (announced.length) return { kind: 'candidates', candidates: announced };

  const origin = new URL(page.finalUrl).origin;
  const probes = await Promise.all(
    COMMON_FEED_PATHS.map(async (path): Promise<FeedCandidate | null> => {
      const candidate = `${origin}${path}`;
      try {
        const { feed } = await fetchParsedFeed(candidate, limits, now, guard);
        return { url: candidate, title: feed.title || null, format: feed.format };
      } catch {
        return null;
      }
    }),
  );
  const found = probes.filter((c): c is FeedCandidate => c !== null);
  if (found.length) return { kind: 'candidates', candidates: found };
  return { kind: 'none', reason: `No feed was found at ${new URL(page.finalUrl).host}. Paste the feed's own address if you know it.` };
}
