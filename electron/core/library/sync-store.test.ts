import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { ArticleStore } from './article-store.ts';
import { DATABASE_FILE, openDatabase, schemaVersion } from './database.ts';
import { migrations, SCHEMA_VERSION } from './schema.ts';
import { SourceStore } from './sources.ts';
import { SyncStore } from './sync-store.ts';

test('upgrading a schema 6 library adds sync without touching what it holds, and nothing is queued for local articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-db-'));
  const raw = new DatabaseSync(join(dir, DATABASE_FILE));
  raw.exec('PRAGMA foreign_keys = ON');
  for (let version = 0; version < 6; version++) migrations[version]!(raw);
  raw.exec('PRAGMA user_version = 6');
  raw.exec(`
    INSERT INTO sources (id, title, feed_url, created_at) VALUES (1, 'Harbour Post', 'https://harbour.example/feed', 0);
    INSERT INTO articles (id, source_id, guid, url, title, html, text, published, added_at, read)
      VALUES (7, 1, 'g7', 'https://harbour.example/7', 'Ferries return', '<p>Ferries.</p>', 'Ferries.', 1000, 1000, 0);
    INSERT INTO bookmarks (article_id, guid, title, url, source_title, created_at) VALUES (7, 'g7', 'Ferries return', 'https://harbour.example/7', 'Harbour Post', 5);
  `);
  raw.close();

  const db = openDatabase(dir);
  assert.equal(schemaVersion(db), SCHEMA_VERSION);
  assert.ok(SCHEMA_VERSION >= 7, 'sync is schema step 7; later steps may follow');
  const store = new ArticleStore(db);
  const sync = new SyncStore(db);
  assert.equal(store.article(7).title, 'Ferries return');
  assert.equal(store.article(7).bookmarked, true);
  assert.equal(sync.account(), null);
  // The source is still polled, and changing a local article's marks queues nothing.
  assert.deepEqual(new SourceStore(db).feedSources().map((s) => s.id), [1]);
  store.setRead(7, true);
  store.setBookmarked(7, false);
  assert.equal(sync.pendingCount(), 0);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the queue keeps the newest change per mark and item, and none for marks the sync applies from the server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-db-'));
  const db = openDatabase(dir);
  const store = new ArticleStore(db);
  const sync = new SyncStore(db);
  sync.createAccount({ service: 'greader', serverUrl: 'https://rss.example/api/greader.php', user: 'me', sealedSecret: 'key-file:x', at: 0 });
  const sourceId = sync.addSyncedSource({ title: 'Desk', feedUrl: 'https://desk.example/feed', siteUrl: null, folder: null, remoteId: 'feed/1', at: 0 });
  assert.deepEqual(new SourceStore(db).feedSources(), [], 'a source the account owns is not polled by Broadsheet');
  const id = store.upsertArticle({ sourceId, guid: 'sync:5', url: 'https://desk.example/5', title: 'Five', html: '<p>Five.</p>', text: 'Five.', published: 1 });
  sync.mapArticle(id, '5', { read: false, starred: false });

  store.setRead(id, true);
  store.setBookmarked(id, true);
  assert.deepEqual(sync.pending(10).map((c) => [c.kind, c.remote_id]), [['read', '5'], ['star', '5']]);
  store.setRead(id, false);
  assert.deepEqual(sync.pending(10).map((c) => c.kind), ['star', 'unread'], 'a newer change to the same mark replaces the older one, and goes last');
  sync.applyingServerMarks(() => store.setBookmarked(id, false));
  assert.deepEqual(sync.pending(10).map((c) => c.kind), ['star', 'unread'], 'what the sync applies is not sent back');
  sync.applyingServerMarks(() => store.setBookmarked(id, true));

  // Removing the source keeps the bookmarked article, readable, in a local source of the same name.
  const keptIn = sync.removeSourceKeepingBookmarks(sourceId, 0);
  assert.notEqual(keptIn, null);
  assert.equal(store.article(id).source.id, keptIn);
  assert.equal(store.article(id).bookmarked, true);
  assert.deepEqual(new SourceStore(db).feedSources(), [], 'the kept articles have no feed to poll');

  assert.equal(sync.removeAccount(), 2);
  assert.equal(sync.account(), null);
  assert.equal(sync.pendingCount(), 0);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a sync write that fails after SQLite rolled back itself (a full disk) reports that failure, not "no transaction is active"', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-sync-db-'));
  const db = openDatabase(dir);
  try {
    const sync = new SyncStore(db);
    // SQLite ends the transaction on its own after SQLITE_FULL or an I/O error; the statement's error follows.
    const full = Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13 });
    assert.throws(
      () =>
        sync.transaction(() => {
          db.exec('ROLLBACK');
          throw full;
        }),
      (error) => error === full,
    );
    assert.equal(db.isTransaction, false);
    // The store is usable afterwards.
    assert.equal(sync.transaction(() => 7), 7);
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
