// Sources and their fetch state (schema version 2): validators for
// conditional GET, the last outcome in plain words, back-off timing and each
// source's own refresh interval. Adding sources and listing them with their
// counts stays with the ArticleStore, which shows them beside the articles.
import type { DatabaseSync, StatementSync } from 'node:sqlite';

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

export interface SourceStatus {
  lastSuccess: string | null;
  lastError: string | null;
  gone: boolean;
  refreshMinutes: number | null;
}

/** A feed subscription as OPML writes it. */
export interface Subscription {
  title: string;
  feedUrl: string;
  siteUrl: string | null;
  folder: string | null;
}

const COLUMNS = `id, title, feed_url, site_url, folder, kind, etag, last_modified, last_attempt_at, last_success_at,
  last_error, failures, next_fetch_at, retry_after_until, refresh_minutes, gone`;

export class SourceStore {
  readonly #db: DatabaseSync;
  readonly #statements = new Map<string, StatementSync>();

  constructor(db: DatabaseSync) {
    this.#db = db;
  }

  #sql(text: string): StatementSync {
    let statement = this.#statements.get(text);
    if (!statement) this.#statements.set(text, (statement = this.#db.prepare(text)));
    return statement;
  }

  has(id: number): boolean {
    return this.#sql('SELECT 1 FROM sources WHERE id = ?').get(id) !== undefined;
  }

  kind(id: number): 'feed' | 'edition' | null {
    return (this.#sql('SELECT kind FROM sources WHERE id = ?').get(id) as { kind: 'feed' | 'edition' } | undefined)?.kind ?? null;
  }

  /** Removes a source; its articles go with it (bookmarks keep their own copy of title and address). */
  remove(id: number): void {
    this.#sql('DELETE FROM sources WHERE id = ?').run(id);
  }

  feedSource(id: number): FeedSourceRow | null {
    return (this.#sql(`SELECT ${COLUMNS} FROM sources WHERE id = ?`).get(id) as FeedSourceRow | undefined) ?? null;
  }

  feedSourceByUrl(feedUrl: string): FeedSourceRow | null {
    return (this.#sql(`SELECT ${COLUMNS} FROM sources WHERE feed_url = ?`).get(feedUrl) as FeedSourceRow | undefined) ?? null;
  }

  /** Every source that has a feed to poll (the sample edition has none; a sync account's sources are fetched by its server). */
  feedSources(): FeedSourceRow[] {
    return this.#sql(
      `SELECT ${COLUMNS} FROM sources WHERE feed_url IS NOT NULL AND kind = 'feed' AND id NOT IN (SELECT source_id FROM sync_sources) ORDER BY id`,
    ).all() as unknown as FeedSourceRow[];
  }

  /** A source of articles that came from no feed (imported bookmarks), by its title. */
  localSourceId(title: string): number | null {
    return (this.#sql('SELECT id FROM sources WHERE title = ? AND feed_url IS NULL').get(title) as { id: number } | undefined)?.id ?? null;
  }

  recordSuccess(id: number, at: number, validators: { etag: string | null; lastModified: string | null }): void {
    this.#sql(
      `UPDATE sources SET etag = ?, last_modified = ?, last_attempt_at = ?, last_success_at = ?, last_error = NULL,
         failures = 0, next_fetch_at = NULL, retry_after_until = NULL WHERE id = ?`,
    ).run(validators.etag, validators.lastModified, at, at, id);
  }

  recordFailure(id: number, at: number, failure: { message: string; nextFetchAt: number | null; retryAfterUntil: number | null; gone: boolean }): void {
    this.#sql(
      `UPDATE sources SET last_attempt_at = ?, last_error = ?, failures = failures + 1, next_fetch_at = ?,
         retry_after_until = ?, gone = max(gone, ?) WHERE id = ?`,
    ).run(at, failure.message, failure.nextFetchAt, failure.retryAfterUntil, failure.gone ? 1 : 0, id);
  }

  /** A permanent redirect moves the subscription; if another source already has that address, keep ours as it is. */
  moveFeedUrl(id: number, feedUrl: string): boolean {
    if (this.feedSourceByUrl(feedUrl)) return false;
    this.#sql('UPDATE sources SET feed_url = ?, etag = NULL, last_modified = NULL WHERE id = ?').run(feedUrl, id);
    return true;
  }

  setSiteUrl(id: number, siteUrl: string): void {
    this.#sql('UPDATE sources SET site_url = ? WHERE id = ?').run(siteUrl, id);
  }

  /** A feed's own refresh interval (null: the preference). False when `id` is no feed source. */
  setRefreshMinutes(id: number, minutes: number | null): boolean {
    return this.#sql("UPDATE sources SET refresh_minutes = ? WHERE id = ? AND kind = 'feed'").run(minutes, id).changes !== 0;
  }

  /** Status of every feed source, keyed by id, for the source list. */
  statuses(): Map<number, SourceStatus> {
    const rows = this.#sql(`SELECT id, last_success_at, last_error, gone, refresh_minutes FROM sources WHERE kind = 'feed'`).all() as unknown as {
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

  /** Every feed subscription, unfiled first, then by folder and title. */
  subscriptions(): Subscription[] {
    const rows = this.#sql(
      `SELECT title, feed_url, site_url, folder FROM sources WHERE kind = 'feed' AND feed_url IS NOT NULL ORDER BY folder IS NOT NULL, folder, title COLLATE NOCASE`,
    ).all() as unknown as { title: string; feed_url: string; site_url: string | null; folder: string | null }[];
    return rows.map((r) => ({ title: r.title, feedUrl: r.feed_url, siteUrl: r.site_url, folder: r.folder }));
  }
}
