import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { test } from 'node:test';
import { DATABASE_FILE, openDatabase, SchemaTooNewError, schemaVersion } from './database.ts';
import { SCHEMA_VERSION } from './schema.ts';

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
