// Article counts per source, kept current by triggers. The list header, the
// edition's unread count and the sources pane all show counts; computing them
// with count(*) costs a scan that grows with the library (at a million
// articles the sources pane alone took seconds, since `read` is not in the
// source index). Triggers make each count one row read, and cost each insert,
// delete or read toggle one small indexed update.
import type { DatabaseSync } from 'node:sqlite';

/** Schema migration body (appended to the migrations in schema.ts): table, back-fill, triggers. */
export function createArticleCounts(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE source_counts (
      source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
      total INTEGER NOT NULL DEFAULT 0,
      unread INTEGER NOT NULL DEFAULT 0
    );
    INSERT INTO source_counts (source_id, total, unread)
      SELECT source_id, count(*), sum(read = 0) FROM articles GROUP BY source_id;

    CREATE TRIGGER source_counts_on_insert AFTER INSERT ON articles BEGIN
      INSERT INTO source_counts (source_id, total, unread) VALUES (new.source_id, 1, new.read = 0)
        ON CONFLICT (source_id) DO UPDATE SET total = total + 1, unread = unread + (new.read = 0);
    END;
    CREATE TRIGGER source_counts_on_delete AFTER DELETE ON articles BEGIN
      UPDATE source_counts SET total = total - 1, unread = unread - (old.read = 0) WHERE source_id = old.source_id;
    END;
    CREATE TRIGGER source_counts_on_update AFTER UPDATE OF read, source_id ON articles
      WHEN old.read IS NOT new.read OR old.source_id IS NOT new.source_id BEGIN
      UPDATE source_counts SET total = total - 1, unread = unread - (old.read = 0) WHERE source_id = old.source_id;
      INSERT INTO source_counts (source_id, total, unread) VALUES (new.source_id, 1, new.read = 0)
        ON CONFLICT (source_id) DO UPDATE SET total = total + 1, unread = unread + (new.read = 0);
    END;
  `);
}
