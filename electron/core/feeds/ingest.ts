// Storing parsed entries: identity, sanitizing, updates that keep read and
// bookmark state, and the same article from two sources kept once. Preparing
// (sanitizing) and storing are separate steps so the first can run in a worker.
import { createHash } from 'node:crypto';
import type { ArticleStore } from '../library/article-store.ts';
import { plainText, sanitizeArticle } from '../text/sanitize.ts';
import { extractFeatures, type StoryFeatures } from '../text/story-features.ts';
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

/** plainText runs DOMPurify; most titles have no markup or entities and can skip it. */
function cleanText(value: string): string {
  return /[<&]/.test(value) ? plainText(value) : value.replace(/\s+/g, ' ').trim();
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

/** What an entry stores, prepared (sanitized, shortened) before the store transaction. */
export interface PreparedContent {
  title: string;
  summary: string;
  html: string;
  text: string;
  byline: string | null;
  section: string | null;
  /** Story-index features of this title and text, computed with the rest (off the main thread in a refresh). */
  features: StoryFeatures;
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
    prepared.push({ guid, url: entry.url, published: entry.published, image: entry.image, enclosures: entry.enclosures, content: prepareEntry(entry, feed.lang) });
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

/** Stores entries made by prepareEntries (here or in a worker) for `sourceId` in one transaction. */
export function storePreparedEntries(store: ArticleStore, sourceId: number, feed: PreparedEntries, now: number): IngestResult {
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
      const id = store.upsertArticle({
        sourceId,
        guid,
        url: entry.url,
        title: prepared.title,
        byline: prepared.byline,
        section: prepared.section,
        summary: prepared.summary,
        html: prepared.html,
        text: prepared.text,
        image: entry.image,
        lang: feed.lang,
        published,
        features: prepared.features,
      });
      if (entry.enclosures?.length || existing) store.enclosures.replace(id, entry.enclosures ?? []);
      (existing ? result.updated : result.added).push(id);
    }
    // What this document lists is kept by retention however old (retention.ts); one statement pair per feed.
    // So `feed.entries` must be every entry of the document (after the maxEntries cut), unchanged ones
    // included: an entry filtered out before this point would lose that protection.
    store.recordListing(sourceId, feed.entries.map((entry) => entry.guid));
  });
  return result;
}

function newestFirst(entries: FeedEntry[]): FeedEntry[] {
  return [...entries].sort((a, b) => (b.published ?? 0) - (a.published ?? 0));
}

function prepareEntry(entry: FeedEntry, lang: string | null): PreparedContent | null {
  const body = entry.contentHtml || entry.summaryHtml;
  // Every piece of feed HTML is sanitized before it is stored; relative links resolve against the entry's base.
  const { html, text } = body ? sanitizeArticle(body, entry.contentBase) : { html: '', text: '' };
  const summarySource = entry.contentHtml && entry.summaryHtml ? cleanText(entry.summaryHtml) : text;
  const summary = shorten(summarySource.replace(/\s+/g, ' ').trim(), SUMMARY_CHARS);
  let title = cleanText(entry.title);
  if (!title) title = shorten(text.replace(/\s+/g, ' '), 80);
  if (!title && !entry.url) return null; // nothing to show and nothing to open
  if (!title) title = 'Untitled';
  const byline = entry.author ? cleanText(entry.author) || null : null;
  const section = entry.categories[0] ? cleanText(entry.categories[0]) || null : null;
  // The same title, text, language and address upsertArticle stores, so the story index gets what it would compute itself.
  const features = extractFeatures({ title, text, lang, url: entry.url });
  return { title, summary, html, text, byline, section, features };
}
