// What a sync account keeps in the library: the account (its secret only as a
// SecretStore sealed it), which local sources and articles are which on the
// server, the server's read and starred marks as last seen (what a conflict is
// judged against), the protocol's cursors, and the durable queue of changes
// made here that the server has not acknowledged yet.
//
// The queue is filled by triggers, so every way an article is marked read or
// bookmarked (the window, the CLI, mark-all-read, a bookmark import) is caught
// without any caller knowing about sync. Each mark of each item keeps only its
// newest change (with a new queue id, so the order of ids is the order of the
// latest changes). Marks the sync itself applies from the server are set inside
// `applyingServerMarks`, which the triggers see and leave alone.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import type { SyncService } from '../../shared/models.ts';
import { beginWrite, rollBack } from './write-lock.ts';
import { statementCache } from './statements.ts';

/** Schema migration body (appended to the migrations in schema.ts). */
export function createSyncTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE sync_account (
      id INTEGER PRIMARY KEY CHECK (id = 1),
      service TEXT NOT NULL CHECK (service IN ('ttrss', 'greader', 'fever')),
      server_url TEXT NOT NULL,
      user_name TEXT NOT NULL,
      -- What a SecretStore sealed (prefixed with its kind); never the password itself.
      sealed_secret TEXT,
      created_at INTEGER NOT NULL,
      last_attempt_at INTEGER,
      last_success_at INTEGER,
      last_error TEXT,
      failures INTEGER NOT NULL DEFAULT 0,
      next_attempt_at INTEGER
    );
    -- Protocol cursors (since-id, continuation, ot), each saved with the items it covers.
    CREATE TABLE sync_state (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    -- Sources the account owns: Broadsheet does not poll these; the server does.
    -- remote_id is NULL while a subscription made offline waits in the queue.
    CREATE TABLE sync_sources (
      source_id INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
      remote_id TEXT UNIQUE
    );
    -- Articles that came from the account, with the server's marks as last seen.
    CREATE TABLE sync_articles (
      article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
      remote_id TEXT NOT NULL UNIQUE,
      remote_read INTEGER NOT NULL CHECK (remote_read IN (0, 1)),
      remote_starred INTEGER NOT NULL CHECK (remote_starred IN (0, 1))
    );
    CREATE TABLE sync_queue (
      id INTEGER PRIMARY KEY AUTOINCREMENT,
      kind TEXT NOT NULL CHECK (kind IN ('read', 'unread', 'star', 'unstar', 'subscribe', 'unsubscribe')),
      -- The item (read, star) or feed (unsubscribe) on the server.
      remote_id TEXT,
      -- subscribe: the local source waiting for its remote id.
      source_id INTEGER,
      url TEXT,
      folder TEXT,
      created_at INTEGER NOT NULL,
      attempts INTEGER NOT NULL DEFAULT 0,
      last_error TEXT
    );
    CREATE INDEX sync_queue_by_item ON sync_queue (remote_id, kind);

    CREATE TRIGGER sync_queue_on_read AFTER UPDATE OF read ON articles
    WHEN old.read IS NOT new.read
      AND EXISTS (SELECT 1 FROM sync_articles WHERE article_id = new.id)
      AND NOT EXISTS (SELECT 1 FROM sync_state WHERE name = 'applying')
    BEGIN
      DELETE FROM sync_queue WHERE kind IN ('read', 'unread')
        AND remote_id = (SELECT remote_id FROM sync_articles WHERE article_id = new.id);
      INSERT INTO sync_queue (kind, remote_id, created_at)
        SELECT CASE new.read WHEN 1 THEN 'read' ELSE 'unread' END, remote_id, CAST(unixepoch('subsec') * 1000 AS INTEGER)
        FROM sync_articles WHERE article_id = new.id;
    END;
    CREATE TRIGGER sync_queue_on_bookmark AFTER INSERT ON bookmarks
    WHEN new.article_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM sync_articles WHERE article_id = new.article_id)
      AND NOT EXISTS (SELECT 1 FROM sync_state WHERE name = 'applying')
    BEGIN
      DELETE FROM sync_queue WHERE kind IN ('star', 'unstar')
        AND remote_id = (SELECT remote_id FROM sync_articles WHERE article_id = new.article_id);
      INSERT INTO sync_queue (kind, remote_id, created_at)
        SELECT 'star', remote_id, CAST(unixepoch('subsec') * 1000 AS INTEGER)
        FROM sync_articles WHERE article_id = new.article_id;
    END;
    CREATE TRIGGER sync_queue_on_unbookmark AFTER DELETE ON bookmarks
    WHEN old.article_id IS NOT NULL
      AND EXISTS (SELECT 1 FROM sync_articles WHERE article_id = old.article_id)
      AND NOT EXISTS (SELECT 1 FROM sync_state WHERE name = 'applying')
    BEGIN
      DELETE FROM sync_queue WHERE kind IN ('star', 'unstar')
        AND remote_id = (SELECT remote_id FROM sync_articles WHERE article_id = old.article_id);
      INSERT INTO sync_queue (kind, remote_id, created_at)
        SELECT 'unstar', remote_id, CAST(unixepoch('subsec') * 1000 AS INTEGER)
        FROM sync_articles WHERE article_id = old.article_id;
    END;
  `);
}

export interface SyncAccountRow {
  service: SyncService;
  server_url: string;
  user_name: string;
  sealed_secret: string | null;
  created_at: number;
  last_attempt_at: number | null;
  last_success_at: number | null;
  last_error: string | null;
  failures: number;
  next_attempt_at: number | null;
}

export type QueuedKind = 'read' | 'unread' | 'star' | 'unstar' | 'subscribe' | 'unsubscribe';

export interface QueuedChange {
  id: number;
  kind: QueuedKind;
  remote_id: string | null;
  source_id: number | null;
  url: string | null;
  folder: string | null;
  created_at: number;
  attempts: number;
}

export interface SyncedSource {
  sourceId: number;
  remoteId: string | null;
  title: string;
  feedUrl: string | null;
  siteUrl: string | null;
  folder: string | null;
}

/** One synced article as the snapshot step weighs it: the server's last-seen marks, ours, and any change waiting to go. */
export interface SyncedArticleMarks {
  article_id: number;
  remote_id: string;
  remote_read: number;
  remote_starred: number;
  read: number;
  bookmarked: number;
  /** The queue id of a read/unread change waiting to be sent, or null. */
  pending_read: number | null;
  pending_star: number | null;
}

const MARK_KINDS = { read: ['read', 'unread'], star: ['star', 'unstar'] } as const;

export class SyncStore {
  readonly #db: DatabaseSync;
  readonly #sql: (text: string) => StatementSync;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#sql = statementCache(db);
  }


  /** Runs `work` in one write transaction (a page of items with its cursor, an acknowledged batch with its marks). */
  transaction<T>(work: () => T): T {
    // Busy writers are waited for, and a failed ROLLBACK (SQLite already rolled back after a full
    // disk) must not replace the error that says so.
    beginWrite(this.#db);
    try {
      const result = work();
      this.#db.exec('COMMIT');
      return result;
    } catch (error) {
      rollBack(this.#db);
      throw error;
    }
  }

  // ---------------------------------------------------------------- the account

  account(): SyncAccountRow | null {
    return (this.#sql('SELECT * FROM sync_account WHERE id = 1').get() as SyncAccountRow | undefined) ?? null;
  }

  createAccount(account: { service: SyncService; serverUrl: string; user: string; sealedSecret: string | null; at: number }): void {
    this.#sql(
      `INSERT INTO sync_account (id, service, server_url, user_name, sealed_secret, created_at) VALUES (1, ?, ?, ?, ?, ?)`,
    ).run(account.service, account.serverUrl, account.user, account.sealedSecret, account.at);
  }

  setSealedSecret(sealed: string): void {
    this.#sql('UPDATE sync_account SET sealed_secret = ? WHERE id = 1').run(sealed);
  }

  recordAttempt(at: number): void {
    this.#sql('UPDATE sync_account SET last_attempt_at = ? WHERE id = 1').run(at);
  }

  recordSuccess(at: number): void {
    this.#sql('UPDATE sync_account SET last_success_at = ?, last_error = NULL, failures = 0, next_attempt_at = NULL WHERE id = 1').run(at);
  }

  recordFailure(message: string, nextAttemptAt: number | null): number {
    const row = this.#sql('UPDATE sync_account SET last_error = ?, failures = failures + 1, next_attempt_at = ? WHERE id = 1 RETURNING failures').get(
      message,
      nextAttemptAt,
    ) as { failures: number } | undefined;
    return row?.failures ?? 0;
  }

  /**
   * Forgets the account and everything it mapped; sources and articles stay as
   * local ones (Broadsheet polls the sources itself again). Returns how many
   * changes had not been sent.
   */
  removeAccount(): number {
    return this.transaction(() => {
      const unsent = this.pendingCount();
      for (const table of ['sync_queue', 'sync_articles', 'sync_sources', 'sync_state', 'sync_account']) this.#db.exec(`DELETE FROM ${table}`);
      return unsent;
    });
  }

  // ---------------------------------------------------------------- cursors

  state(name: string): string | null {
    return (this.#sql('SELECT value FROM sync_state WHERE name = ?').get(name) as { value: string } | undefined)?.value ?? null;
  }

  setState(name: string, value: string | null): void {
    if (value === null) this.#sql('DELETE FROM sync_state WHERE name = ?').run(name);
    else this.#sql('INSERT INTO sync_state (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE SET value = excluded.value').run(name, value);
  }

  /**
   * Runs `work` (inside the caller's transaction) with the triggers standing
   * aside: marks it sets come from the server, and sending them back would echo.
   */
  applyingServerMarks<T>(work: () => T): T {
    this.setState('applying', '1');
    try {
      return work();
    } finally {
      this.setState('applying', null);
    }
  }

  // ---------------------------------------------------------------- sources

  /** Every source the account owns (or will, once its queued subscription is sent). */
  syncedSources(): SyncedSource[] {
    return (
      this.#sql(
        `SELECT m.source_id, m.remote_id, s.title, s.feed_url, s.site_url, s.folder
         FROM sync_sources m JOIN sources s ON s.id = m.source_id ORDER BY m.source_id`,
      ).all() as unknown as { source_id: number; remote_id: string | null; title: string; feed_url: string | null; site_url: string | null; folder: string | null }[]
    ).map((r) => ({ sourceId: r.source_id, remoteId: r.remote_id, title: r.title, feedUrl: r.feed_url, siteUrl: r.site_url, folder: r.folder }));
  }

  isSyncedSource(sourceId: number): boolean {
    return this.#sql('SELECT 1 FROM sync_sources WHERE source_id = ?').get(sourceId) !== undefined;
  }

  remoteSourceId(sourceId: number): string | null {
    return (this.#sql('SELECT remote_id FROM sync_sources WHERE source_id = ?').get(sourceId) as { remote_id: string | null } | undefined)?.remote_id ?? null;
  }

  /** A local feed source with this address that the account does not own yet (adopted on the first sync). */
  unsyncedSourceByUrl(feedUrl: string): number | null {
    return (
      this.#sql(
        `SELECT id FROM sources WHERE feed_url = ? AND kind = 'feed' AND id NOT IN (SELECT source_id FROM sync_sources)`,
      ).get(feedUrl) as { id: number } | undefined
    )?.id ?? null;
  }

  /** Adds a source the account owns. */
  addSyncedSource(source: { title: string; feedUrl: string | null; siteUrl: string | null; folder: string | null; remoteId: string | null; at: number }): number {
    const row = this.#sql(
      `INSERT INTO sources (title, site_url, feed_url, folder, kind, created_at) VALUES (?, ?, ?, ?, 'feed', ?) RETURNING id`,
    ).get(source.title, source.siteUrl, source.feedUrl, source.folder, source.at) as { id: number };
    this.mapSource(row.id, source.remoteId);
    return row.id;
  }

  mapSource(sourceId: number, remoteId: string | null): void {
    this.#sql('INSERT INTO sync_sources (source_id, remote_id) VALUES (?, ?) ON CONFLICT (source_id) DO UPDATE SET remote_id = excluded.remote_id').run(
      sourceId,
      remoteId,
    );
  }

  /** The source stops being the account's (the server refused it): Broadsheet polls it itself. */
  unmapSource(sourceId: number): void {
    this.#sql('DELETE FROM sync_sources WHERE source_id = ?').run(sourceId);
  }

  sourceByRemoteId(remoteId: string): number | null {
    return (this.#sql('SELECT source_id FROM sync_sources WHERE remote_id = ?').get(remoteId) as { source_id: number } | undefined)?.source_id ?? null;
  }

  /** The server's title, folder and addresses for a source it owns. */
  updateSource(sourceId: number, fields: { title: string; folder: string | null; feedUrl: string | null; siteUrl: string | null }): void {
    this.#sql(
      `UPDATE sources SET title = ?, folder = ?, feed_url = coalesce(?, feed_url), site_url = coalesce(?, site_url) WHERE id = ?
         AND (title IS NOT ? OR folder IS NOT ? OR feed_url IS NOT coalesce(?, feed_url) OR site_url IS NOT coalesce(?, site_url))`,
    ).run(fields.title, fields.folder, fields.feedUrl, fields.siteUrl, sourceId, fields.title, fields.folder, fields.feedUrl, fields.siteUrl);
  }

  /**
   * Removes a source the account owned, keeping its bookmarked articles: they
   * move to a local source of the same name with no feed (never polled), so
   * they stay readable, searchable and in Bookmarks. Returns that source's id,
   * or null when nothing was bookmarked.
   */
  removeSourceKeepingBookmarks(sourceId: number, at: number): number | null {
    const source = this.#sql('SELECT title, site_url, folder FROM sources WHERE id = ?').get(sourceId) as
      | { title: string; site_url: string | null; folder: string | null }
      | undefined;
    if (!source) return null;
    const bookmarked = this.#sql(
      'SELECT count(*) AS n FROM articles WHERE source_id = ? AND id IN (SELECT article_id FROM bookmarks WHERE article_id IS NOT NULL)',
    ).get(sourceId) as { n: number };
    let keptIn: number | null = null;
    if (bookmarked.n > 0) {
      keptIn =
        (this.#sql("SELECT id FROM sources WHERE title = ? AND feed_url IS NULL AND kind = 'feed'").get(source.title) as { id: number } | undefined)?.id ??
        (
          this.#sql(`INSERT INTO sources (title, site_url, feed_url, folder, kind, created_at) VALUES (?, ?, NULL, ?, 'feed', ?) RETURNING id`).get(
            source.title,
            source.site_url,
            source.folder,
            at,
          ) as { id: number }
        ).id;
      this.#sql(
        'UPDATE OR IGNORE articles SET source_id = ? WHERE source_id = ? AND id IN (SELECT article_id FROM bookmarks WHERE article_id IS NOT NULL)',
      ).run(keptIn, sourceId);
    }
    this.#sql('DELETE FROM sources WHERE id = ?').run(sourceId);
    return keptIn;
  }

  // ---------------------------------------------------------------- articles

  articleByRemoteId(remoteId: string): number | null {
    return (this.#sql('SELECT article_id FROM sync_articles WHERE remote_id = ?').get(remoteId) as { article_id: number } | undefined)?.article_id ?? null;
  }

  /** An article of `sourceId` at this address that came from no account (adopted rather than stored twice). */
  unsyncedArticleByUrl(sourceId: number, url: string): number | null {
    return (
      this.#sql('SELECT id FROM articles WHERE source_id = ? AND url = ? AND id NOT IN (SELECT article_id FROM sync_articles) LIMIT 1').get(sourceId, url) as
        | { id: number }
        | undefined
    )?.id ?? null;
  }

  /** Records which server item an article is, with the server's marks as they are now. */
  mapArticle(articleId: number, remoteId: string, remote: { read: boolean; starred: boolean }): void {
    this.#sql(
      `INSERT INTO sync_articles (article_id, remote_id, remote_read, remote_starred) VALUES (?, ?, ?, ?)
       ON CONFLICT (article_id) DO UPDATE SET remote_id = excluded.remote_id, remote_read = excluded.remote_read, remote_starred = excluded.remote_starred`,
    ).run(articleId, remoteId, remote.read ? 1 : 0, remote.starred ? 1 : 0);
  }

  /** Synced articles after `afterArticleId`, in id order, with their marks and pending changes. */
  articleMarks(afterArticleId: number, limit: number): SyncedArticleMarks[] {
    return this.#sql(
      `SELECT m.article_id, m.remote_id, m.remote_read, m.remote_starred, a.read,
         EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = m.article_id) AS bookmarked,
         (SELECT q.id FROM sync_queue q WHERE q.remote_id = m.remote_id AND q.kind IN ('read', 'unread')) AS pending_read,
         (SELECT q.id FROM sync_queue q WHERE q.remote_id = m.remote_id AND q.kind IN ('star', 'unstar')) AS pending_star
       FROM sync_articles m JOIN articles a ON a.id = m.article_id
       WHERE m.article_id > ? ORDER BY m.article_id LIMIT ?`,
    ).all(afterArticleId, limit) as unknown as SyncedArticleMarks[];
  }

  /** The server's mark as now known. (The caller then sets the local mark inside applyingServerMarks.) */
  setRemoteMark(articleId: number, mark: 'read' | 'star', value: boolean): void {
    const column = mark === 'read' ? 'remote_read' : 'remote_starred';
    this.#sql(`UPDATE sync_articles SET ${column} = ? WHERE article_id = ?`).run(value ? 1 : 0, articleId);
  }

  /** Drops a change waiting to go (the server's newer mark won). */
  dropPending(remoteId: string, mark: 'read' | 'star'): void {
    const [a, b] = MARK_KINDS[mark];
    this.#sql('DELETE FROM sync_queue WHERE remote_id = ? AND kind IN (?, ?)').run(remoteId, a, b);
  }

  /**
   * Queues the local marks of `remoteId` when they differ from the server's
   * last-seen marks and nothing is pending: an article read or bookmarked here
   * before the account existed, adopted by the first sync.
   */
  requeueIfDifferent(remoteId: string, at: number): void {
    this.#sql(
      `INSERT INTO sync_queue (kind, remote_id, created_at)
       SELECT CASE a.read WHEN 1 THEN 'read' ELSE 'unread' END, m.remote_id, ? FROM sync_articles m JOIN articles a ON a.id = m.article_id
       WHERE m.remote_id = ? AND a.read IS NOT m.remote_read
         AND NOT EXISTS (SELECT 1 FROM sync_queue q WHERE q.remote_id = m.remote_id AND q.kind IN ('read', 'unread'))`,
    ).run(at, remoteId);
    this.#sql(
      `INSERT INTO sync_queue (kind, remote_id, created_at)
       SELECT CASE WHEN EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = m.article_id) THEN 'star' ELSE 'unstar' END, m.remote_id, ?
       FROM sync_articles m
       WHERE m.remote_id = ? AND EXISTS (SELECT 1 FROM bookmarks b WHERE b.article_id = m.article_id) IS NOT (m.remote_starred = 1)
         AND NOT EXISTS (SELECT 1 FROM sync_queue q WHERE q.remote_id = m.remote_id AND q.kind IN ('star', 'unstar'))`,
    ).run(at, remoteId);
  }

  /** The server's marks for an item after it acknowledged a change (by remote id; the article may be gone). */
  setRemoteMarkByRemoteId(remoteId: string, mark: 'read' | 'star', value: boolean): void {
    const column = mark === 'read' ? 'remote_read' : 'remote_starred';
    this.#sql(`UPDATE sync_articles SET ${column} = ? WHERE remote_id = ?`).run(value ? 1 : 0, remoteId);
  }

  syncedArticleCount(): number {
    return (this.#sql('SELECT count(*) AS n FROM sync_articles').get() as { n: number }).n;
  }

  // ---------------------------------------------------------------- the queue

  /** The oldest changes waiting to go, in the order they were made. */
  pending(limit: number): QueuedChange[] {
    return this.#sql('SELECT id, kind, remote_id, source_id, url, folder, created_at, attempts FROM sync_queue ORDER BY id LIMIT ?').all(
      limit,
    ) as unknown as QueuedChange[];
  }

  pendingCount(): number {
    return (this.#sql('SELECT count(*) AS n FROM sync_queue').get() as { n: number }).n;
  }

  /** The newest queue id: changes made after a snapshot was taken have larger ids. */
  lastQueueId(): number {
    return (this.#sql('SELECT coalesce(max(id), 0) AS n FROM sync_queue').get() as { n: number }).n;
  }

  removeQueued(ids: readonly number[]): void {
    const remove = this.#sql('DELETE FROM sync_queue WHERE id = ?');
    for (const id of ids) remove.run(id);
  }

  enqueueSubscribe(sourceId: number, url: string, folder: string | null, at: number): void {
    this.#sql(`INSERT INTO sync_queue (kind, source_id, url, folder, created_at) VALUES ('subscribe', ?, ?, ?, ?)`).run(sourceId, url, folder, at);
  }

  enqueueUnsubscribe(remoteId: string, at: number): void {
    this.#sql(`INSERT INTO sync_queue (kind, remote_id, created_at) VALUES ('unsubscribe', ?, ?)`).run(remoteId, at);
  }

  /** Withdraws a queued subscription (the source was removed before it was ever sent). */
  withdrawSubscribe(sourceId: number): boolean {
    return this.#sql(`DELETE FROM sync_queue WHERE kind = 'subscribe' AND source_id = ?`).run(sourceId).changes > 0;
  }

  /** Whether this remote feed has an unsubscribe waiting (the server still lists it until then). */
  unsubscribePending(remoteId: string): boolean {
    return this.#sql(`SELECT 1 FROM sync_queue WHERE kind = 'unsubscribe' AND remote_id = ?`).get(remoteId) !== undefined;
  }
}
