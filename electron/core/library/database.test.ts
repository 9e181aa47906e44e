import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { DATABASE_FILE, openDatabase, SchemaTooNewError, schemaVersion } from './database.ts';
import { migrations, SCHEMA_VERSION } from './schema.ts';

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'broadsheet-db-'));
}

test('a new library is created in WAL mode at the current schema version with FTS5', () => {
  const dir = tempDir();
  const db = openDatabase(join(dir, 'lib'));
  assert.equal(schemaVersion(db), SCHEMA_VERSION);
  assert.equal((db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode, 'wal');
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  for (const name of ['articles', 'articles_fts', 'bookmarks', 'meta', 'sources']) assert.ok(tables.includes(name), `missing table ${name}`);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

test('reopening keeps data and does not re-run migrations', () => {
  const dir = tempDir();
  const first = openDatabase(dir);
  first.prepare("INSERT INTO meta (key, value) VALUES ('k', 'v')").run();
  first.close();
  const second = openDatabase(dir);
  assert.equal((second.prepare("SELECT value FROM meta WHERE key = 'k'").get() as { value: string }).value, 'v');
  second.close();
  rmSync(dir, { recursive: true, force: true });
});

test('a library from a newer Broadsheet is refused without being changed', () => {
  const dir = tempDir();
  const raw = new DatabaseSync(join(dir, DATABASE_FILE));
  raw.exec(`PRAGMA user_version = ${SCHEMA_VERSION + 5}`);
  raw.close();
  assert.throws(() => openDatabase(dir), SchemaTooNewError);
  const check = new DatabaseSync(join(dir, DATABASE_FILE));
  assert.equal((check.prepare('PRAGMA user_version').get() as { user_version: number }).user_version, SCHEMA_VERSION + 5);
  check.close();
  rmSync(dir, { recursive: true, force: true });
});

test('upgrading to the reordered article table keeps every article, link and index working', () => {
  const dir = tempDir();
  // A library as schema 5 left it, with a bookmark, an image link, an "also in" and the indexes filled by their triggers.
  const raw = new DatabaseSync(join(dir, DATABASE_FILE));
  raw.exec('PRAGMA foreign_keys = ON');
  for (let version = 0; version < 5; version++) migrations[version]!(raw);
  raw.exec('PRAGMA user_version = 5');
  raw.exec(`
    INSERT INTO sources (id, title, feed_url, created_at) VALUES (1, 'Harbour Post', 'https://harbour.example/feed', 0), (2, 'Wire', 'https://wire.example/feed', 0);
    INSERT INTO articles (id, source_id, guid, url, title, summary, html, text, published, added_at, read, word_count, image)
      VALUES (7, 1, 'g7', 'https://harbour.example/7', 'Ferries return to Kerlan', 'Ferries are back.', '<p>Ferries sail from Kerlan quay again.</p>', 'Ferries sail from Kerlan quay again.', 1000, 1000, 0, 6, 'https://harbour.example/7.jpg'),
             (9, 1, 'g9', 'https://harbour.example/9', 'Tram budget approved', 'Trams.', '<p>The council approved the tram budget.</p>', 'The council approved the tram budget.', 2000, 2000, 1, 6, NULL);
    INSERT INTO bookmarks (article_id, guid, title, url, source_title, created_at) VALUES (7, 'g7', 'Ferries return to Kerlan', 'https://harbour.example/7', 'Harbour Post', 5);
    INSERT INTO media (sha256, ext, type, bytes, created_at) VALUES ('abc', 'jpg', 'image/jpeg', 10, 0);
    INSERT INTO article_media (article_id, source_url, sha256) VALUES (9, 'https://harbour.example/9.jpg', 'abc');
    INSERT INTO article_also_in (article_id, source_id, guid) VALUES (7, 2, 'wire-7');
  `);
  raw.close();

  const db = openDatabase(dir);
  assert.equal(schemaVersion(db), SCHEMA_VERSION);
  const columns = (db.prepare('PRAGMA table_info(articles)').all() as { name: string }[]).map((c) => c.name);
  assert.deepEqual(columns.slice(0, 6), ['id', 'source_id', 'published', 'read', 'word_count', 'image']);
  assert.ok(columns.indexOf('summary') < columns.indexOf('html'), 'bodies come after what the list shows');
  assert.equal(columns.at(-1), 'full_text');
  const seven = db.prepare('SELECT title, read, image, text FROM articles WHERE id = 7').get() as Record<string, unknown>;
  assert.deepEqual({ ...seven }, { title: 'Ferries return to Kerlan', read: 0, image: 'https://harbour.example/7.jpg', text: 'Ferries sail from Kerlan quay again.' });
  // Bookmarks, "also in", image links and full-text search still point at the same articles.
  assert.equal((db.prepare('SELECT article_id FROM bookmarks').get() as { article_id: number }).article_id, 7);
  assert.equal((db.prepare('SELECT article_id FROM article_also_in').get() as { article_id: number }).article_id, 7);
  assert.equal((db.prepare("SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'kerlan'").get() as { rowid: number }).rowid, 7);
  assert.deepEqual({ ...(db.prepare('SELECT total, unread FROM source_counts WHERE source_id = 1').get() as object) }, { total: 2, unread: 1 });
  // The indexes and triggers were recreated on the new table.
  const indexes = (db.prepare("SELECT name FROM sqlite_schema WHERE tbl_name = 'articles' AND type = 'index' AND sql IS NOT NULL ORDER BY name").all() as { name: string }[]).map((r) => r.name);
  assert.deepEqual(indexes, ['articles_by_date', 'articles_by_source', 'articles_by_url', 'articles_unread']);
  db.prepare("INSERT INTO articles (source_id, guid, title, published, added_at, text) VALUES (2, 'n', 'New arrival', 3000, 3000, 'Lighthouse keeper retires')").run();
  assert.equal((db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'lighthouse'").get() as { n: number }).n, 1);
  assert.equal((db.prepare('SELECT unread FROM source_counts WHERE source_id = 2').get() as { unread: number }).unread, 1);
  // Foreign keys are back on: deleting an article clears its image links and its search entry, and keeps the bookmark.
  db.prepare('DELETE FROM articles WHERE id = 9').run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM article_media').get() as { n: number }).n, 0);
  assert.equal((db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'tram'").get() as { n: number }).n, 0);
  db.prepare('DELETE FROM articles WHERE id = 7').run();
  assert.equal((db.prepare('SELECT count(*) AS n FROM bookmarks WHERE article_id IS NULL').get() as { n: number }).n, 1);
  db.close();
  rmSync(dir, { recursive: true, force: true });
});
