// Issue #13, item 9: a full disk, a busy library and a read-only library each
// say what happened and what to do, never "failed unexpectedly"; a read-only
// library still opens for reading.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { APP_ORIGIN } from '../../shared/contract.ts';
import { runCli } from '../../cli.ts';
import { DATABASE_FILE } from '../library/database.ts';
import { readOnlyRunner } from '../testing/read-only.ts';
import { addArticles, tempLibrary } from '../testing/temp-library.ts';
import { createHost, HostCallError } from './host.ts';

const dirs: string[] = [];
after(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const storageError = (pattern: RegExp) => (error: unknown) => {
  assert.ok(error instanceof HostCallError, String(error));
  assert.equal(error.code, 'STORAGE', error.message);
  assert.doesNotMatch(error.message, /unexpectedly/);
  assert.match(error.message, pattern);
  return true;
};

function bookmarksFile(count: number, bodyBytes: number): string {
  const body = 'Harbour walls gave way overnight. '.repeat(Math.ceil(bodyBytes / 34));
  return JSON.stringify({
    format: 'broadsheet-bookmarks',
    version: 1,
    bookmarks: Array.from({ length: count }, (_, i) => ({ title: `Kept ${i}`, url: `https://kept.example/${i}`, text: body })),
  });
}

test('a full disk is named, with what to do, and the library is unchanged', async () => {
  const lib = tempLibrary();
  const host = createHost(lib.core, { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent' });
  try {
    const before = await host.call('library.stats');
    // The database may not grow by a page: what a disk with no space left does to SQLite (SQLITE_FULL).
    const pages = (lib.core.db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    lib.core.db.exec(`PRAGMA max_page_count = ${pages}`);
    await assert.rejects(host.call('bookmarks.import', bookmarksFile(5, 200_000)), storageError(/disk .*full.*free/is));
    lib.core.db.exec('PRAGMA max_page_count = 1073741823');
    assert.equal((await host.call('library.stats')).articles, before.articles);
  } finally {
    host.close();
    lib.dispose();
  }
});

test('a library another process keeps busy says so, and that trying again will work', async () => {
  const lib = tempLibrary();
  const [id] = addArticles(lib.core, 'Harbour Post', [{ title: 'Sea walls', body: 'The sea walls failed.' }]);
  const host = createHost(lib.core, { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent' });
  const other = new DatabaseSync(join(lib.dir, 'library', DATABASE_FILE));
  try {
    lib.core.db.exec('PRAGMA busy_timeout = 50');
    other.exec('BEGIN IMMEDIATE');
    await assert.rejects(host.call('library.setBookmarked', id!, true), storageError(/busy.*another.*try again/is));
    other.exec('ROLLBACK');
    assert.equal((await host.call('library.setBookmarked', id!, true)).bookmarked, true);
  } finally {
    other.close();
    host.close();
    lib.dispose();
  }
});

test('a damaged library file is named as damaged, with the way out', async () => {
  const lib = tempLibrary();
  const host = createHost(lib.core, { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent' });
  const dispatch = createHost(
    { ...lib.core, handlers: { ...lib.core.handlers, library: { ...lib.core.handlers.library, stats: () => { throw Object.assign(new Error('database disk image is malformed'), { code: 'ERR_SQLITE_ERROR', errcode: 11, errstr: 'database disk image is malformed' }); } } } },
    { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent' },
  );
  try {
    await assert.rejects(dispatch.call('library.stats'), storageError(/damaged.*backup/is));
  } finally {
    dispatch.close();
    host.close();
    lib.dispose();
  }
});

const readOnly = readOnlyRunner();

test('a read-only library opens for reading (list, show, search, export) and a change names the cause', { skip: readOnly ? false : 'no way to make a folder read-only here' }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-ro-'));
  dirs.push(dir);
  const library = join(dir, 'library');
  assert.equal(await runCli(['bookmark', '1', '--library', library], { out: () => {}, err: () => {}, env: {} }), 0);
  // Twice: once as a cleanly closed library, once as one left by a killed process (its -wal and -shm beside it).
  for (const state of ['closed', 'crashed'] as const) {
    if (state === 'crashed') {
      const writer = new DatabaseSync(join(library, DATABASE_FILE));
      writer.exec('PRAGMA wal_autocheckpoint = 0; UPDATE articles SET read = 1 WHERE id = 2');
      cpSync(library, join(dir, 'crashed'), { recursive: true });
      writer.close();
    }
    const target = state === 'crashed' ? join(dir, 'crashed') : library;
    const list = readOnly!(target, ['articles', '--json', '--limit', '5']);
    assert.equal(list.status, 0, `${state}: ${list.stderr}`);
    assert.equal(JSON.parse(list.stdout).length, 5);
    const show = readOnly!(target, ['show', '1', '--json']);
    assert.equal(show.status, 0, `${state}: ${show.stderr}`);
    assert.equal(JSON.parse(show.stdout).id, 1);
    const search = readOnly!(target, ['search', 'harbour', '--json']);
    assert.equal(search.status, 0, `${state}: ${search.stderr}`);
    const exported = readOnly!(target, ['export-bookmarks', '--format', 'json']);
    assert.equal(exported.status, 0, `${state}: ${exported.stderr}`);
    assert.equal(JSON.parse(exported.stdout).bookmarks.length, 1);
    const change = readOnly!(target, ['bookmark', '2']);
    assert.equal(change.status, 1);
    assert.equal(change.stderr.trim().split('\n').length, 1, change.stderr);
    assert.match(change.stderr, /read-only/);
    assert.doesNotMatch(change.stderr, /unexpectedly|unable to open/);
  }
});
