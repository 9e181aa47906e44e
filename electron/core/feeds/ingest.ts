// Storing parsed entries: identity, the text read from the markup, updates that
// keep read and bookmark state, and the same article from two sources kept
// once. Preparing and storing are separate steps so the first can run in a worker.
import { createHash } from 'node:crypto';
import type { ArticleStore } from '../library/article-store.ts';
import { deferredText } from '../library/catch-up.ts';
import { markupLine, readFeedMarkup } from '../text/feed-markup.ts';
import { overLimits, SANITIZE_LIMITS, textOnlyArticle } from '../text/limits.ts';
import { wordCount } from '../text/tokenize.ts';
import type { FeedEntry, ParsedFeed } from './parse.ts';

const SUMMARY_CHARS = 280;

/**
 * The identity of an entry across refreshes: its guid/id, else its link, else
 * a hash of what it says: title, description (or content) and enclosures. An
 * archive of untitled, undated, linkless items (RSS 0.92) keeps one identity
 * per item, and a date the feed adds or changes later does not make it another.
 */
export function entryIdentity(entry: Pick<FeedEntry, 'id' | 'url' | 'title' | 'summaryHtml' | 'contentHtml' | 'enclosures'>): string {
  if (entry.id) return entry.id;
  if (entry.url) return entry.url;
  const content = [entry.title, entry.summaryHtml || entry.contentHtml, ...entry.enclosures.map((e) => e.url)].join('\n');
  return `hash:${createHash('sha256').update(content).digest('hex').slice(0, 32)}`;
}

/** Titles, bylines and categories are text; most have no markup or entities at all. */
function cleanText(value: string): string {
  return markupLine(value);
}

function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

export interface IngestResult {
  /** Articles that were not in the library before. */
  added: number[];
  /** Existing articles whose content changed. */
  updated: number[];
  /** Entries recognised as an article already stored from another source. */
  alsoIn: number[];
}

/** What an entry stores, prepared (text read from the markup, shortened) before the store transaction. */
export interface PreparedContent {
  title: string;
  summary: string;
  html: string;
  /**
   * The body's plain text; left out (null) when it is what library/catch-up.ts
   * reads back from `html` (deferredText), so a worker does not send it across
   * only for the main thread to drop it: a new article's text waits for the catch-up.
   */
  text: string | null;
  byline: string | null;
  section: string | null;
  /** Words in `text`, counted here rather than on the main thread. */
  wordCount: number;
  /** `text` is what library/catch-up.ts reads back from `html`, so its indexing can wait for the catch-up. */
  deferrable: boolean;
}

/** One feed entry ready to store: its identity, the fields stored as they are, and its prepared content. */
export interface PreparedEntry {
  guid: string;
  url: string | null;
  published: number | null;
  image: string | null;
  /** Podcast audio/video the entry carries (stored beside the article; none when absent). */
  enclosures?: FeedEntry['enclosures'];
  /** Null when the entry has nothing to show and nothing to open. */
  content: PreparedContent | null;
}

export interface PreparedEntries {
  entries: PreparedEntry[];
  lang: string | null;
}

/**
 * Sanitizes and shortens a parsed feed's entries (the newest `maxEntries`, each
 * identity once). This is the expensive part of storing a feed and needs no
 * database, so a refresh runs it off the main thread (prepare-pool.ts).
 */
export function prepareEntries(feed: Pick<ParsedFeed, 'entries' | 'lang'>, maxEntries = Infinity): PreparedEntries {
  const entries = feed.entries.length > maxEntries ? newestFirst(feed.entries).slice(0, maxEntries) : feed.entries;
  const seen = new Set<string>();
  const prepared: PreparedEntry[] = [];
  for (const entry of entries) {
    const guid = entryIdentity(entry);
    if (seen.has(guid)) continue; // a feed listing the same entry twice
    seen.add(guid);
    prepared.push({ guid, url: entry.url, published: entry.published, image: entry.image, enclosures: entry.enclosures, content: prepareEntry(entry) });
  }
  return { entries: prepared, lang: feed.lang };
}

/**
 * Stores a parsed feed's entries for `sourceId` in one transaction, and records
 * them as what the feed lists now (retention keeps those). Entries without a
 * date get `now` (the time first seen) and keep it on later refreshes.
 */
export function ingestEntries(store: ArticleStore, sourceId: number, feed: Pick<ParsedFeed, 'entries' | 'lang'>, now: number, maxEntries = Infinity): IngestResult {
  return storePreparedEntries(store, sourceId, prepareEntries(feed, maxEntries), now);
}

/** Stores entries made by prepareEntries (here or in a worker) for `sourceId` in one transaction, with `alongside` (more writes of the same refresh) in it too. */
export function storePreparedEntries(store: ArticleStore, sourceId: number, feed: PreparedEntries, now: number, alongside?: () => void): IngestResult {
  const result: IngestResult = { added: [], updated: [], alsoIn: [] };
  store.transaction(() => {
    // Undated entries seen for the first time: each a millisecond before the last, so they list in the feed's order.
    let undated = 0;
    for (const entry of feed.entries) {
      const { guid } = entry;
      const existing = store.storedEntry(sourceId, guid);
      if (!existing) {
        if (store.alsoInArticle(sourceId, guid) !== null) continue;
        // Seen before and removed by retention once the feed had dropped it: listed again, it is not new.
        if (store.wasPruned(sourceId, guid)) continue;
        if (entry.url) {
          const other = store.articleAtUrlElsewhere(entry.url, sourceId);
          if (other !== null) {
            store.addAlsoIn(other, sourceId, guid);
            result.alsoIn.push(other);
            continue;
          }
        }
      }
      const prepared = entry.content;
      if (!prepared) continue;
      const published = entry.published ?? existing?.published ?? now - undated++;
      if (
        existing &&
        existing.title === prepared.title &&
        existing.html === prepared.html &&
        existing.url === entry.url &&
        existing.published === published &&
        existing.image === entry.image
      ) {
        // Enclosures are compared on their own (a library from before they were kept gains them here).
        if (entry.enclosures?.length) store.enclosures.replace(existing.id, entry.enclosures);
        continue; // unchanged: no write, no re-indexing
      }
      // A new article's body text (search) and related-stories entry are indexed right after the refresh,
      // in short steps (library/catch-up.ts); its title is searchable at once.
      const deferIndexing = !existing && prepared.deferrable;
      const id = store.upsertArticle({
        sourceId,
        guid,
        url: entry.url,
        title: prepared.title,
        byline: prepared.byline,
        section: prepared.section,
        summary: prepared.summary,
        html: prepared.html,
        text: deferIndexing ? '' : (prepared.text ?? deferredText(prepared.html)),
        image: entry.image,
        lang: feed.lang,
        published,
        wordCount: prepared.wordCount,
        deferIndexing,
      });
      if (entry.enclosures?.length || existing) store.enclosures.replace(id, entry.enclosures ?? []);
      (existing ? result.updated : result.added).push(id);
    }
    // What this document lists is kept by retention however old (retention.ts); one statement pair per feed.
    // So `feed.entries` must be every entry of the document (after the maxEntries cut), unchanged ones
    // included: an entry filtered out before this point would lose that protection.
    store.recordListing(sourceId, feed.entries.map((entry) => entry.guid));
    // The source's own bookkeeping (last success, addresses) in the same commit: a commit each cost a refresh of
    // 200 feeds ~0.3 s of main-thread time.
    alongside?.();
  });
  return result;
}

function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => (b.published ?? 0) - (a.published ?? 0));
}

function prepareEntry(entry: FeedEntry): PreparedContent | null {
  const body = entry.contentHtml || entry.summaryHtml;
  // The feed's markup is stored as it came, its relative addresses resolved against the entry's base, and
  // sanitized wherever it is shown or exported (docs/feeds.md); its text is read without a DOM (feed-markup.ts).
  // Past the size cap only its text is kept, as the sanitizer would (limits.ts).
  const over = body.length > SANITIZE_LIMITS.maxChars ? overLimits(body, SANITIZE_LIMITS) : null;
  const { html, text } = !body ? { html: '', text: '' } : over ? textOnlyArticle(body, over) : readFeedMarkup(body, entry.contentBase);
  const summarySource = entry.contentHtml && entry.summaryHtml ? cleanText(entry.summaryHtml) : text;
  const summary = shorten(summarySource.replace(/\s+/g, ' ').trim(), SUMMARY_CHARS);
  let title = cleanText(entry.title);
  if (!title) title = shorten(text.replace(/\s+/g, ' '), 80);
  if (!title && !entry.url) return null; // nothing to show and nothing to open
  if (!title) title = 'Untitled';
  const byline = entry.author ? cleanText(entry.author) || null : null;
  const section = entry.categories[0] ? cleanText(entry.categories[0]) || null : null;
  return { title, summary, html, text: over ? text : null, byline, section, wordCount: wordCount(text), deferrable: !over };
}
