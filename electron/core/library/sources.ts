// Sources and their fetch state (schema version 2): validators for
// conditional GET, the last outcome in plain words, back-off timing and each
// source's own refresh interval. Adding sources and listing them with their
// counts stays with the ArticleStore, which shows them beside the articles.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SourceRef } from '../../shared/models.ts';
import { statementCache } from './statements.ts';

/**
 * Migration 11: the addresses a feed is also known by, recorded at each fetch: where the
 * redirects ended, and the feed's own self link. The same feed subscribed at two addresses
 * is recognised by them (sameFeed, sameFeeds).
 */
export function addSourceAddresses(db: DatabaseSync): void {
  db.exec(`
    ALTER TABLE sources ADD COLUMN final_url TEXT;
    ALTER TABLE sources ADD COLUMN self_url TEXT;
  `);
}

/**
 * One feed address as a key for comparing: scheme, default port, fragment and a trailing
 * slash set aside, host in lower case (http://Example.com/feed/ and https://example.com/feed
 * are one feed).
 */
export function addressKey(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return `${url.hostname.toLowerCase()}${url.pathname.replace(/\/+$/, '')}${url.search}`;
  } catch {
    return null;
  }
}

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
  readonly #sql: (text: string) => StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#sql = statementCache(db);
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

  /** Renames a source or moves it to another folder (null: none); what is not given stays. False when there is no such source. */
  update(id: number, change: { title?: string; folder?: string | null }): boolean {
    return this.#sql('UPDATE sources SET title = coalesce(?, title), folder = CASE WHEN ? THEN ? ELSE folder END WHERE id = ?')
      .run(change.title ?? null, change.folder === undefined ? 0 : 1, change.folder ?? null, id).changes !== 0;
  }

  /**
   * Removes the sample edition: its sources and, with them, its articles (bookmarks keep their
   * own copy). It is seeded once per library, so it does not come back.
   */
  removeEdition(): { sources: number; articles: number } {
    const articles = (this.#sql("SELECT count(*) AS n FROM articles WHERE source_id IN (SELECT id FROM sources WHERE kind = 'edition')").get() as { n: number }).n;
    const sources = Number(this.#sql("DELETE FROM sources WHERE kind = 'edition'").run().changes);
    return { sources, articles };
  }

  /** The sources of the sample edition. */
  editionIds(): Set<number> {
    return new Set((this.#sql("SELECT id FROM sources WHERE kind = 'edition'").all() as { id: number }[]).map((r) => r.id));
  }

  /** Where a fetch of this feed ended after redirects, and the self link its document gives. */
  recordAddresses(id: number, addresses: { finalUrl: string | null; selfUrl: string | null }): void {
    this.#sql('UPDATE sources SET final_url = coalesce(?, final_url), self_url = coalesce(?, self_url) WHERE id = ?').run(addresses.finalUrl, addresses.selfUrl, id);
  }

  #addressRows(): { id: number; title: string; keys: Set<string> }[] {
    const rows = this.#sql("SELECT id, title, feed_url, final_url, self_url FROM sources WHERE kind = 'feed' ORDER BY id").all() as {
      id: number; title: string; feed_url: string | null; final_url: string | null; self_url: string | null;
    }[];
    return rows.map((r) => ({ id: r.id, title: r.title, keys: new Set([r.feed_url, r.final_url, r.self_url].map(addressKey).filter((k): k is string => k !== null)) }));
  }

  /** The feed source already known by any of these addresses (its own, where its redirects end, its self link), if any. */
  sameFeed(addresses: (string | null | undefined)[]): { id: number; title: string } | null {
    const wanted = addresses.map(addressKey).filter((k): k is string => k !== null);
    const found = this.#addressRows().find((row) => wanted.some((k) => row.keys.has(k)));
    return found ? { id: found.id, title: found.title } : null;
  }

  /** Feed sources that are one feed at two addresses: each mapped to the other (the first such, by id). */
  sameFeeds(): Map<number, SourceRef> {
    const rows = this.#addressRows();
    const byKey = new Map<string, typeof rows>();
    for (const row of rows) for (const key of row.keys) byKey.set(key, [...(byKey.get(key) ?? []), row]);
    const pairs = new Map<number, SourceRef>();
    for (const row of rows) {
      const other = [...row.keys].flatMap((key) => byKey.get(key)!).filter((r) => r.id !== row.id).sort((x, y) => x.id - y.id)[0];
      if (other) pairs.set(row.id, { id: other.id, title: other.title });
    }
    return pairs;
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
