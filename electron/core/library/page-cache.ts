// How much of the library SQLite keeps in memory for this connection. The app
// opens it with 32 MB (database.ts): over a long session hot pages stay cached
// across calls, which at a million articles keeps related stories and ingest
// fast. A one-off command gains little from pages that outlive it: the CLI's
// refresh of 200 feeds × 50 items filled all 32 MB with rows it had just
// written and would not read again, a sixth of its peak memory (BENCHMARKS.md,
// "Refresh against newsboat").
import type { DatabaseSync } from 'node:sqlite';

/** Caps SQLite's page cache for this connection; pages over the cap are let go at once. */
export function setPageCache(db: DatabaseSync, megabytes: number): void {
  db.exec(`PRAGMA cache_size = ${-Math.max(1, Math.round(megabytes * 1024))}`);
}
