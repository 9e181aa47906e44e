// Retention in the store: what a feed lists is never removed, and what was
// removed is remembered so the feed cannot bring it back as new (issue #14).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterEach, test } from 'node:test';
import { addArticles, tempLibrary, type TempLibrary } from '../testing/temp-library.ts';
import { DATABASE_FILE, openDatabase, schemaVersion } from './database.ts';
import { ArticleStore } from './article-store.ts';
import { migrations, SCHEMA_VERSION } from './schema.ts';

const DAY = 24 * 3600_000;
/** The schema before the step that added feed listings and pruned identities. */
const BEFORE_RETENTION = 7;

let lib: TempLibrary | null = null;
afterEach(() => {
  lib?.dispose();
  lib = null;
});

function guids(store: ArticleStore, sourceId: number): string[] {
  return (store.db.prepare('SELECT guid FROM articles WHERE source_id = ? ORDER BY guid').all(sourceId) as { guid: string }[]).map((r) => r.guid);
}

test('pruneExpired keeps what the feed lists, the newest N and bookmarks; it remembers what it removed until that is unlisted and past retention', () => {
  lib = tempLibrary();
  const { store } = lib.core;
  const now = Date.UTC(2025, 5, 10);
  const ids = addArticles(lib.core, 'Archive', Array.from({ length: 5 }, (_, i) => ({ title: `Old ${i}`, body: 'Notes', hoursAgo: 24 * (200 + i), guid: `g${i}` })), now);
  const sourceId = store.summary(ids[0]!).source.id;
  store.recordListing(sourceId, ['g1']);
  store.setBookmarked(ids[2]!, true);

  assert.equal(store.pruneExpired(now - 90 * DAY, 1, now), 2);
  assert.deepEqual(guids(store, sourceId), ['g0', 'g1', 'g2'], 'newest, listed and bookmarked stay');
  assert.equal(store.wasPruned(sourceId, 'g3'), true);
  assert.equal(store.wasPruned(sourceId, 'g4'), true);
  assert.equal(store.wasPruned(sourceId, 'g1'), false);

  // A listed identity is remembered however long ago it was removed; an unlisted one is forgotten after the retention period.
  store.recordListing(sourceId, ['g1', 'g3']);
  const later = now + 100 * DAY;
  assert.equal(store.pruneExpired(later - 90 * DAY, 1, later), 0);
  assert.equal(store.wasPruned(sourceId, 'g3'), true);
  assert.equal(store.wasPruned(sourceId, 'g4'), false);

  // The listing is replaced by each document: an empty feed lists nothing.
  store.recordListing(sourceId, []);
  assert.equal(store.pruneExpired(later - 90 * DAY, 1, later), 1, 'g1 is no longer listed');
  assert.deepEqual(guids(store, sourceId), ['g0', 'g2']);
});

test('a library from before feed listings upgrades with its articles, and prunes as before until a feed is read', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-retention-'));
  try {
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    raw.exec('PRAGMA foreign_keys = ON');
    for (let version = 0; version < BEFORE_RETENTION; version++) migrations[version]!(raw);
    raw.exec(`PRAGMA user_version = ${BEFORE_RETENTION}`);
    const old = Date.UTC(2024, 0, 1);
    raw.exec(`
      INSERT INTO sources (id, title, feed_url, created_at) VALUES (1, 'Harbour Post', 'https://harbour.example/feed', 0);
      INSERT INTO articles (id, source_id, guid, title, published, added_at, read) VALUES
        (1, 1, 'h1', 'Ferries return', ${old + 2 * DAY}, 0, 1), (2, 1, 'h2', 'Tram budget', ${old + DAY}, 0, 0), (3, 1, 'h3', 'Quay repairs', ${old}, 0, 0);
    `);
    raw.close();

    const db = openDatabase(dir);
    try {
      assert.equal(schemaVersion(db), SCHEMA_VERSION);
      const store = new ArticleStore(db);
      assert.deepEqual(guids(store, 1), ['h1', 'h2', 'h3']);
      assert.equal((db.prepare('SELECT read FROM articles WHERE id = 1').get() as { read: number }).read, 1);
      const now = old + 200 * DAY;
      // No listing recorded yet: age and the newest N decide, as before the upgrade.
      assert.equal(store.pruneExpired(now - 90 * DAY, 1, now), 2);
      assert.deepEqual(guids(store, 1), ['h1']);
      assert.equal(store.wasPruned(1, 'h3'), true);
      // Removing the source takes its listing and what it remembered with it.
      store.recordListing(1, ['h1', 'h2']);
      db.prepare('DELETE FROM sources WHERE id = 1').run();
      assert.equal(store.wasPruned(1, 'h3'), false);
      assert.equal((db.prepare('SELECT count(*) AS n FROM feed_listings').get() as { n: number }).n, 0);
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
