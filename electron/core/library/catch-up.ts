// Indexing a refresh leaves for later. A refresh stores thousands of articles
// at once; indexing each body for search (FTS5) and for related stories as it
// is stored cost more than everything else a refresh does together: of 3.3 s
// of main-thread CPU for 10,000 feed items, ~1.5 s was FTS5 and ~2.5 s more
// the story index, written one feed's commit at a time (BENCHMARKS.md,
// "Refresh against newsboat"). So a refresh stores each new article with its
// title indexed and its body text left empty, and this catch-up, right after
// and in short steps (story-backfill.ts), reads the body text from the stored
// markup (text/feed-markup.ts: no DOM, nothing run), stores it (the FTS5
// trigger indexes it) and indexes the article for related stories. Until then
// the article is listed and opens as usual, and is found by its title.
//
// What is left is "every article with an id above the mark", the mark being a
// meta row written in the same transactions as the articles and their index
// rows, so a crash or a CLI that exits leaves it exact: the next open carries
// on. Nothing new in the schema, and finding the next articles is a range of
// the primary key, however large the library.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { readFeedMarkup } from '../text/feed-markup.ts';
import type { StoryIndex } from './story-index.ts';
import { statementCache } from './statements.ts';
import { beginWrite, rollBack } from './write-lock.ts';

/** Meta key: every article with an id up to this one has its body text and story-index entry (or is the back-fill's). */
export const CAUGHT_UP_THROUGH = 'index.caughtUpThrough';

/**
 * The body text of an article stored with deferIndexing, read from its markup
 * (the refresh stored `readFeedMarkup(html).text`'s worth, so this is the same text).
 */
export function deferredText(html: string): string {
  return html ? readFeedMarkup(html).text : '';
}

export class IndexCatchUp {
  readonly #db: DatabaseSync;
  readonly #index: StoryIndex;
  readonly #sql: (text: string) => StatementSync;

  constructor(db: DatabaseSync, index: StoryIndex) {
    this.#db = db;
    this.#sql = statementCache(db);
    this.#index = index;
  }


  #mark(): number | null {
    const row = this.#sql('SELECT value FROM meta WHERE key = ?').get(CAUGHT_UP_THROUGH) as { value: string } | undefined;
    return row ? Number(row.value) : null;
  }

  /**
   * Called in the transaction that just stored article `id` with an empty body
   * text. True: catchUp will index it. False: index it now (fill()) — its id is
   * at or below the mark (the ids of deleted newest articles are reused), where
   * catchUp never looks.
   */
  defer(id: number): boolean {
    let mark = this.#mark();
    if (mark === null) {
      // The first article ever left for later: every one before it was indexed on arrival (or is the back-fill's).
      this.#sql('INSERT INTO meta (key, value) VALUES (?, ?)').run(CAUGHT_UP_THROUGH, String(id - 1));
      mark = id - 1;
    }
    return id > mark;
  }

  /**
   * Stores the body text of an article that was stored without it, read from
   * its markup; the FTS5 trigger indexes it. Also the feed version's text, if
   * the offline queue captured that version meanwhile (reader-copies.ts).
   */
  fill(id: number): void {
    const row = this.#sql('SELECT text, html, feed_origin_html, feed_text, content_source FROM articles WHERE id = ?').get(id) as
      | { text: string; html: string; feed_origin_html: string | null; feed_text: string | null; content_source: string | null }
      | undefined;
    if (!row) return;
    const feedCaptured = row.content_source !== null && !row.feed_text;
    if (row.text && !feedCaptured) return;
    const text = deferredText(row.feed_origin_html ?? row.html);
    if (!text) return;
    this.#sql(`UPDATE articles SET text = CASE WHEN text = '' THEN ?1 ELSE text END,
      feed_text = CASE WHEN content_source IS NOT NULL AND coalesce(feed_text, '') = '' THEN ?1 ELSE feed_text END WHERE id = ?2`).run(text, id);
  }

  /** Whether any article waits to be indexed. */
  pending(): boolean {
    const mark = this.#mark();
    return mark !== null && this.#sql('SELECT 1 FROM articles WHERE id > ? LIMIT 1').get(mark) !== undefined;
  }

  /** How many articles wait (for progress and the benchmark). */
  pendingCount(): number {
    const mark = this.#mark();
    return mark === null ? 0 : (this.#sql('SELECT count(*) AS n FROM articles WHERE id > ?').get(mark) as { n: number }).n;
  }

  /**
   * Indexes up to `limit` of the waiting articles, in the order they were
   * stored, in one transaction (their story-index writes together, as a
   * refresh's own transaction would); returns how many.
   */
  catchUp(limit: number): number {
    const own = !this.#db.isTransaction;
    if (own) beginWrite(this.#db);
    this.#index.beginBatch();
    try {
      const mark = this.#mark();
      const ids = mark === null ? [] : (this.#sql('SELECT id FROM articles WHERE id > ? ORDER BY id LIMIT ?').all(mark, limit) as { id: number }[]);
      for (const { id } of ids) {
        this.fill(id);
        this.#index.indexArticle(id);
      }
      if (ids.length) this.#sql('UPDATE meta SET value = ? WHERE key = ?').run(String(ids.at(-1)!.id), CAUGHT_UP_THROUGH);
      this.#index.flushBatch();
      if (own) this.#db.exec('COMMIT');
      return ids.length;
    } catch (error) {
      this.#index.discardBatch();
      // A full disk may have rolled back already: keep its error, not "no transaction is active".
      if (own) rollBack(this.#db);
      throw error;
    }
  }
}
