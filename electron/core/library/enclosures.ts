// A feed entry's enclosures (podcast audio, video) and how far the reader has
// listened to each. Ingest replaces an article's list when the feed changes it;
// the remembered position survives as long as the enclosure's address does.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { Enclosure } from '../../shared/models.ts';
import { statementCache } from './statements.ts';

/** An enclosure as a feed gives it. */
export interface NewEnclosure {
  url: string;
  type: string | null;
  length: number | null;
  /** Seconds (itunes:duration), or null. */
  duration: number | null;
}

/** The migration that adds enclosures (appended to `migrations` in schema.ts). */
export function createEnclosureTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE article_enclosures (
      article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
      ordinal INTEGER NOT NULL,
      url TEXT NOT NULL,
      type TEXT,
      length INTEGER,
      duration REAL,
      position REAL NOT NULL DEFAULT 0,
      PRIMARY KEY (article_id, ordinal)
    ) WITHOUT ROWID;
  `);
}

/** At most this many enclosures are kept per article (a feed listing hundreds gains nothing). */
export const MAX_ENCLOSURES = 8;

interface Row {
  ordinal: number;
  url: string;
  type: string | null;
  length: number | null;
  duration: number | null;
  position: number;
  kept_sha: string | null;
  kept_ext: string | null;
  kept_bytes: number | null;
}

export class EnclosureStore {
  readonly #db: DatabaseSync;
  readonly #sql: (text: string) => StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#sql = statementCache(db);
  }


  forArticle(articleId: number): Enclosure[] {
    // An episode kept offline is linked like an article's images (article_media, by its address).
    const rows = this.#sql(`
      SELECT e.ordinal, e.url, e.type, e.length, e.duration, e.position, m.sha256 AS kept_sha, m.ext AS kept_ext, m.bytes AS kept_bytes
      FROM article_enclosures e
      LEFT JOIN article_media am ON am.article_id = e.article_id AND am.source_url = e.url
      LEFT JOIN media m ON m.sha256 = am.sha256
      WHERE e.article_id = ? ORDER BY e.ordinal`).all(articleId) as unknown as Row[];
    return rows.map((r) => ({
      url: r.url,
      type: r.type,
      length: r.length,
      duration: r.duration,
      position: r.position,
      ...(r.kept_sha ? { kept: { path: `/media/${r.kept_sha}.${r.kept_ext}`, bytes: r.kept_bytes ?? 0 } } : {}),
    }));
  }

  /** Replaces the article's enclosures when they differ; a position is kept for an address still listed. Returns whether anything was written. */
  replace(articleId: number, enclosures: readonly NewEnclosure[]): boolean {
    const next = enclosures.slice(0, MAX_ENCLOSURES);
    const current = this.forArticle(articleId);
    const same =
      current.length === next.length &&
      current.every((c, i) => c.url === next[i]!.url && c.type === next[i]!.type && c.length === next[i]!.length && c.duration === next[i]!.duration);
    if (same) return false;
    const positions = new Map(current.map((c) => [c.url, c.position]));
    this.#sql('DELETE FROM article_enclosures WHERE article_id = ?').run(articleId);
    const insert = this.#sql('INSERT INTO article_enclosures (article_id, ordinal, url, type, length, duration, position) VALUES (?, ?, ?, ?, ?, ?, ?)');
    next.forEach((e, i) => insert.run(articleId, i, e.url, e.type, e.length, e.duration, positions.get(e.url) ?? 0));
    return true;
  }

  /** Remembers how far the reader has listened (seconds); returns false when there is no such enclosure. */
  savePosition(articleId: number, ordinal: number, seconds: number): boolean {
    const result = this.#sql('UPDATE article_enclosures SET position = ? WHERE article_id = ? AND ordinal = ?').run(Math.max(0, seconds), articleId, ordinal);
    return Number(result.changes) > 0;
  }
}
