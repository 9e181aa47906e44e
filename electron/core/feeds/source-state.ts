// The per-source fetch state added in schema version 2: validators for
// conditional GET, the last outcome in plain words, and back-off timing.
import type { DatabaseSync } from 'node:sqlite';

export interface FeedSourceRow {
  id: number;
  title: string;
  feed_url: string | null;
  site_url: string | null;
  folder: string | null;
  kind: 'feed' | 'edition';
  etag: string | null;
  last_modified: string | null;
  last_attempt_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  failures: number;
  next_fetch_at: number | null;
  retry_after_until: number | null;
  refresh_minutes: number | null;
  gone: number;
}

const COLUMNS = `id, title, feed_url, site_url, folder, kind, etag, last_modified, last_attempt_at, last_success_at,
  last_error, failures, next_fetch_at, retry_after_until, refresh_minutes, gone`;

export function feedSource(db: DatabaseSync, id: number): FeedSourceRow | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM sources WHERE id = ?`).get(id) as FeedSourceRow | undefined) ?? null;
}

export function feedSourceByUrl(db: DatabaseSync, feedUrl: string): FeedSourceRow | null {
  return (db.prepare(`SELECT ${COLUMNS} FROM sources WHERE feed_url = ?`).get(feedUrl) as FeedSourceRow | undefined) ?? null;
}

/** Every source that has a feed to poll (the sample edition has none). */
export function feedSources(db: DatabaseSync): FeedSourceRow[] {
  return db.prepare(`SELECT ${COLUMNS} FROM sources WHERE feed_url IS NOT NULL AND kind = 'feed' ORDER BY id`).all() as unknown as FeedSourceRow[];
}

export function recordSuccess(
  db: DatabaseSync,
  id: number,
  at: number,
  validators: { etag: string | null; lastModified: string | null },
): void {
  db.prepare(
    `UPDATE sources SET etag = ?, last_modified = ?, last_attempt_at = ?, last_success_at = ?, last_error = NULL,
       failures = 0, next_fetch_at = NULL, retry_after_until = NULL WHERE id = ?`,
  ).run(validators.etag, validators.lastModified, at, at, id);
}

export function recordFailure(
  db: DatabaseSync,
  id: number,
  at: number,
  failure: { message: string; nextFetchAt: number | null; retryAfterUntil: number | null; gone: boolean },
): void {
  db.prepare(
    `UPDATE sources SET last_attempt_at = ?, last_error = ?, failures = failures + 1, next_fetch_at = ?,
       retry_after_until = ?, gone = max(gone, ?) WHERE id = ?`,
  ).run(at, failure.message, failure.nextFetchAt, failure.retryAfterUntil, failure.gone ? 1 : 0, id);
}

/** A permanent redirect moves the subscription; if another source already has that address, keep ours as it is. */
export function moveFeedUrl(db: DatabaseSync, id: number, feedUrl: string): boolean {
  if (feedSourceByUrl(db, feedUrl)) return false;
  db.prepare('UPDATE sources SET feed_url = ?, etag = NULL, last_modified = NULL WHERE id = ?').run(feedUrl, id);
  return true;
}

export interface SourceStatus {
  lastSuccess: string | null;
  lastError: string | null;
  gone: boolean;
  refreshMinutes: number | null;
}

/** Status of every feed source, keyed by id, for the source list. */
export function sourceStatuses(db: DatabaseSync): Map<number, SourceStatus> {
  const rows = db.prepare(`SELECT id, last_success_at, last_error, gone, refresh_minutes FROM sources WHERE kind = 'feed'`).all() as unknown as {
    id: number;
    last_success_at: number | null;
    last_error: string | null;
    gone: number;
    refresh_minutes: number | null;
  }[];
  return new Map(
    rows.map((r) => [
      r.id,
      {
        lastSuccess: r.last_success_at === null ? null : new Date(r.last_success_at).toISOString(),
        lastError: r.last_error,
        gone: r.gone === 1,
        refreshMinutes: r.refresh_minutes,
      },
    ]),
  );
}
