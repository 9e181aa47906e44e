// Which stored articles report one story, kept in the library so a list page
// can fold a story's copies into one row without computing anything. The
// grouping itself is decided in core/related (stories.ts) from the story index;
// this is where its answer is stored, read and kept consistent (SQL only here).
// A story id is never reused: a story's articles can be deleted while others of
// it stay, and a new story must not inherit their id.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { statementCache } from './statements.ts';

/** Tables for schema migration 9 (appended in electron/core/library/schema.ts). */
export function createStoryGroupTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE stories (id INTEGER PRIMARY KEY AUTOINCREMENT, created_at INTEGER NOT NULL);
    -- Only articles that share a story with another article have a row; the rest are a story alone.
    CREATE TABLE article_stories (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      story_id INTEGER NOT NULL
    );
    CREATE INDEX article_stories_by_story ON article_stories (story_id);
    -- "Prefer as the story's lead": a folded row shows this source's version when it has one.
    ALTER TABLE sources ADD COLUMN story_lead INTEGER NOT NULL DEFAULT 0 CHECK (story_lead IN (0, 1));
    -- Per-source term counts over each source's indexed articles: a term in most of one source's
    -- items ("View Entire Post", a byline, a newsletter blurb) is that source's boilerplate.
    CREATE TABLE source_terms (
      source_id INTEGER NOT NULL,
      term TEXT NOT NULL,
      df INTEGER NOT NULL,
      PRIMARY KEY (source_id, term)
    ) WITHOUT ROWID;
    CREATE TABLE source_term_docs (source_id INTEGER PRIMARY KEY, docs INTEGER NOT NULL);
    -- The story index's delete trigger (migration 3) also takes back the source counts now.
    DROP TRIGGER related_docs_on_article_delete;
    CREATE TRIGGER related_docs_on_article_delete AFTER DELETE ON articles BEGIN
      UPDATE related_terms SET df = df - 1 WHERE term IN
        (SELECT j.value ->> 0 FROM related_docs d, json_each(d.terms) j WHERE d.article_id = old.id);
      DELETE FROM related_postings WHERE article_id = old.id AND term IN
        (SELECT j.value ->> 0 FROM related_docs d, json_each(d.terms) j WHERE d.article_id = old.id);
      UPDATE source_terms SET df = df - 1 WHERE source_id = old.source_id AND term IN
        (SELECT j.value FROM related_docs d, json_each(d.source_terms) j WHERE d.article_id = old.id);
      UPDATE source_term_docs SET docs = docs - 1
        WHERE source_id = old.source_id AND EXISTS (SELECT 1 FROM related_docs d WHERE d.article_id = old.id AND d.source_terms IS NOT NULL);
      DELETE FROM related_docs WHERE article_id = old.id;
    END;
    -- The terms an article added to its source's counts (null for rows indexed before), so removing it takes them back.
    ALTER TABLE related_docs ADD COLUMN source_terms TEXT;
  `);
}

/** Meta keys: the assigner has considered every indexed article with an id above LOW and up to HIGH. */
const HIGH = 'stories.high';
const LOW = 'stories.low';

export class StoryGroups {
  readonly #db: DatabaseSync;
  readonly #sql: (text: string) => StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#sql = statementCache(db);
  }


  #meta(key: string): number | null {
    const row = this.#sql('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return row ? Number(row.value) : null;
  }

  #setMeta(key: string, value: number): void {
    this.#sql('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, String(value));
  }

  /**
   * Indexed articles no story decision was made for yet, at most `limit`: new
   * arrivals first (oldest of them first, as they came), then the library that
   * was there before stories existed, newest first, so the first page folds soon.
   */
  pending(limit: number): number[] {
    let high = this.#meta(HIGH);
    if (high === null) {
      // First run on this library: everything indexed so far is the backlog, swept downward.
      high = (this.#sql('SELECT coalesce(max(article_id), 0) AS id FROM related_docs').get() as { id: number }).id;
      this.#setMeta(HIGH, high);
      this.#setMeta(LOW, high + 1);
    }
    const fresh = (this.#sql('SELECT article_id AS id FROM related_docs WHERE article_id > ? ORDER BY article_id LIMIT ?').all(high, limit) as { id: number }[]).map((r) => r.id);
    if (fresh.length >= limit) return fresh;
    const low = this.#meta(LOW) ?? 0;
    const old = (this.#sql('SELECT article_id AS id FROM related_docs WHERE article_id < ? ORDER BY article_id DESC LIMIT ?').all(low, limit - fresh.length) as { id: number }[]).map((r) => r.id);
    return [...fresh, ...old];
  }

  /** Records that these articles (from pending()) have had their story decided. */
  considered(ids: number[]): void {
    if (ids.length === 0) return;
    const high = this.#meta(HIGH) ?? 0;
    const low = this.#meta(LOW) ?? high + 1;
    let newHigh = high;
    let newLow = low;
    for (const id of ids) {
      if (id > high) newHigh = Math.max(newHigh, id);
      else if (id < low) newLow = Math.min(newLow, id);
    }
    if (newHigh !== high) this.#setMeta(HIGH, newHigh);
    if (newLow !== low) this.#setMeta(LOW, newLow);
  }

  /** Whether `id` has had its story decided (or is older than the assigner's first run and not yet reached). */
  isConsidered(id: number): boolean {
    const high = this.#meta(HIGH);
    if (high === null) return false;
    return id <= high && id >= (this.#meta(LOW) ?? high + 1);
  }

  /** The story of each of these articles that shares one (articles alone are left out). */
  storiesOf(ids: number[]): Map<number, number> {
    const rows = this.#sql('SELECT article_id, story_id FROM article_stories WHERE article_id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as {
      article_id: number;
      story_id: number;
    }[];
    return new Map(rows.map((r) => [r.article_id, r.story_id]));
  }

  storyOf(id: number): number | null {
    return (this.#sql('SELECT story_id FROM article_stories WHERE article_id = ?').get(id) as { story_id: number } | undefined)?.story_id ?? null;
  }

  /** Every article of `storyId`, in no particular order. */
  members(storyId: number): number[] {
    return (this.#sql('SELECT article_id FROM article_stories WHERE story_id = ?').all(storyId) as { article_id: number }[]).map((r) => r.article_id);
  }

  /** The other articles of the story `id` belongs to (none when it is alone). */
  siblings(id: number): number[] {
    const story = this.storyOf(id);
    return story === null ? [] : this.members(story).filter((m) => m !== id);
  }

  /** Puts these articles into `storyId`, or into a new story when it is null; returns the story. */
  join(storyId: number | null, articleIds: number[], now = Date.now()): number {
    const story = storyId ?? (this.#sql('INSERT INTO stories (created_at) VALUES (?) RETURNING id').get(now) as { id: number }).id;
    const insert = this.#sql('INSERT INTO article_stories (article_id, story_id) VALUES (?, ?) ON CONFLICT (article_id) DO UPDATE SET story_id = excluded.story_id');
    for (const id of articleIds) insert.run(id, story);
    return story;
  }

  /** Moves every article of `from` into `into`: one event that was first seen as two. */
  merge(into: number, from: number): void {
    if (into === from) return;
    this.#sql('UPDATE article_stories SET story_id = ? WHERE story_id = ?').run(into, from);
  }

  /** Sources whose version leads a folded story. */
  leadSources(): Set<number> {
    return new Set((this.#sql('SELECT id FROM sources WHERE story_lead = 1').all() as { id: number }[]).map((r) => r.id));
  }

  /** Returns false for an unknown source. */
  setStoryLead(sourceId: number, lead: boolean): boolean {
    return Number(this.#sql('UPDATE sources SET story_lead = ? WHERE id = ?').run(lead ? 1 : 0, sourceId).changes) > 0;
  }

  isStoryLead(sourceId: number): boolean {
    return (this.#sql('SELECT story_lead FROM sources WHERE id = ?').get(sourceId) as { story_lead: number } | undefined)?.story_lead === 1;
  }
}
