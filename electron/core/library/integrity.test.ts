// Issue #13, item 7: a damaged library is found at open (garbage in the
// middle, a zero-byte file), nothing is written to it, and the way out is
// restore (backups before every schema update and daily) or salvage.
import assert from 'node:assert/strict';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { runCli } from '../../cli.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { openLibraryCore, type LibraryCore } from '../library-core.ts';
import { addArticles, ASSETS_DIR } from '../testing/temp-library.ts';
import { BACKUP_HEADROOM_BYTES, backupDatabase, listBackups, KEEP_BACKUPS } from './backups.ts';
import { DATABASE_FILE, openLibraryDatabase, schemaVersion } from './database.ts';
import { CHECK_MARKER, LibraryDamagedError } from './integrity.ts';
import { DAMAGED_DIR, restoreBackup, salvageLibrary } from './recovery.ts';
import { migrations, SCHEMA_VERSION } from './schema.ts';

const root = mkdtempSync(join(tmpdir(), 'broadsheet-integrity-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

function open(dir: string, extra: Partial<Parameters<typeof openLibraryCore>[0]> = {}): LibraryCore {
  return openLibraryCore({ libraryDir: dir, assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false, ...extra });
}

/** A library of 400 articles with 3–5 KB bodies (a few MB), 40 bookmarked. */
function filledLibrary(): { dir: string; bookmarked: number[] } {
  const dir = join(root, `lib-${++n}`);
  const core = open(dir);
  const words = 'harbour tide council ferry lantern quay storm budget tram river orchard winter market signal'.split(' ');
  const ids = core.store.transaction(() =>
    addArticles(core, 'Harbour Post', Array.from({ length: 400 }, (_, i) => ({
      title: `Story ${i} ${words[i % words.length]}`,
      body: Array.from({ length: 500 + (i % 200) }, (_, j) => words[(i * 7 + j * 3) % words.length]).join(' '),
    }))),
  );
  const bookmarked = ids.filter((_, i) => i % 10 === 0);
  for (const id of bookmarked) core.store.setBookmarked(id, true);
  core.close();
  return { dir, bookmarked };
}

function cli(dir: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  return runCli([...args, '--library', dir], { out: (t) => out.push(t), err: (t) => err.push(t), env: {} }).then((code) => ({ code, out: out.join('\n'), err: err.join('\n') }));
}

function scribble(file: string, offset: number, bytes: number, seed: number): void {
  const garbage = Buffer.alloc(bytes);
  let x = seed;
  for (let i = 0; i < bytes; i++) garbage[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  const fd = openSync(file, 'r+');
  writeSync(fd, garbage, 0, bytes, offset);
  closeSync(fd);
}

test('garbage over 4 KB or 64 KB in the middle of the file is found at open, and nothing is written to it', async () => {
  for (const bytes of [4096, 65536]) {
    const { dir } = filledLibrary();
    const file = join(dir, DATABASE_FILE);
    const size = statSync(file).size;
    scribble(file, Math.floor(size / 2) + 1234, bytes, bytes);
    const before = statSync(file);
    assert.throws(() => open(dir), (error: unknown) => error instanceof LibraryDamagedError && /damaged/.test(error.message));
    const cmd = await cli(dir, 'articles');
    assert.equal(cmd.code, 1);
    assert.match(cmd.err, /damaged.*salvage/);
    assert.doesNotMatch(cmd.err, /unexpectedly/);
    assert.equal(cmd.err.split('\n').length, 1);
    assert.equal(statSync(file).mtimeMs, before.mtimeMs, 'the damaged file is not written');
    assert.equal(statSync(file).size, before.size);
  }
});

test('a zero-byte library.sqlite is damage, not a new library: it is kept, and restore or salvage are offered', async () => {
  const { dir, bookmarked } = filledLibrary();
  const core = open(dir);
  await core.maintenance.runNow('daily'); // the daily backup, as the app makes it

  core.close();
  truncateSync(join(dir, DATABASE_FILE), 0);
  assert.throws(() => open(dir), (error: unknown) => error instanceof LibraryDamagedError && /empty/.test(error.message) && error.backups.length === 1);
  const cmd = await cli(dir, 'bookmarks');
  assert.equal(cmd.code, 1);
  assert.match(cmd.err, /empty \(0 bytes\).*restore-backup or salvage/);
  assert.equal(statSync(join(dir, DATABASE_FILE)).size, 0, 'not replaced by an empty library');

  const restored = await cli(dir, 'restore-backup', '--json');
  assert.equal(restored.code, 0, restored.err);
  const kept = JSON.parse(restored.out).keptDamagedAt as string;
  assert.equal(statSync(kept).size, 0, 'the damaged file is kept');
  const marks = JSON.parse((await cli(dir, 'bookmarks', '--json')).out) as { id: number }[];
  assert.deepEqual(marks.map((m) => m.id).sort((a, b) => a - b), bookmarked);
});

test('every schema update is preceded by a backup of the library as it was', () => {
  const dir = join(root, `old-${++n}`);
  mkdirSync(dir, { recursive: true });
  const raw = new DatabaseSync(join(dir, DATABASE_FILE));
  for (let version = 0; version < SCHEMA_VERSION - 1; version++) migrations[version]!(raw);
  raw.exec(`PRAGMA user_version = ${SCHEMA_VERSION - 1}`);
  raw.exec("INSERT INTO sources (id, title, created_at) VALUES (1, 'Harbour Post', 0)");
  raw.exec("INSERT INTO articles (id, source_id, guid, title, published, added_at) VALUES (1, 1, 'g', 'Sea walls', 0, 0)");
  raw.exec("INSERT INTO bookmarks (article_id, guid, title, source_title, created_at) VALUES (1, 'g', 'Sea walls', 'Harbour Post', 0)");
  raw.close();
  const opened = openLibraryDatabase(dir);
  assert.equal(schemaVersion(opened.db), SCHEMA_VERSION);
  opened.db.close();
  const [backup] = listBackups(dir);
  assert.equal(backup?.kind, 'before-update');
  const copy = new DatabaseSync(backup!.file, { readOnly: true });
  assert.equal(schemaVersion(copy), SCHEMA_VERSION - 1);
  assert.equal((copy.prepare('SELECT count(*) AS n FROM bookmarks').get() as { n: number }).n, 1);
  copy.close();
});

test('daily backups roll: the newest few are kept, each whole and holding the bookmarks', async () => {
  const { dir, bookmarked } = filledLibrary();
  let clock = Date.UTC(2026, 2, 1, 9);
  const core = open(dir, { now: () => clock });
  for (let day = 0; day < KEEP_BACKUPS.daily + 2; day++) {
    const result = await core.maintenance.runNow('daily');
    assert.equal(result.check.ok, true);
    assert.ok(result.backup);
    clock += 24 * 3600_000;
  }
  core.close();
  const dailies = listBackups(dir).filter((b) => b.kind === 'daily');
  assert.equal(dailies.length, KEEP_BACKUPS.daily);
  assert.equal(dailies[0]!.createdAt, clock - 24 * 3600_000, 'the newest is kept');
  for (const backup of dailies) {
    const copy = new DatabaseSync(backup.file, { readOnly: true });
    assert.equal((copy.prepare('PRAGMA quick_check').get() as { quick_check: string }).quick_check, 'ok');
    assert.equal((copy.prepare('SELECT count(*) AS n FROM bookmarks').get() as { n: number }).n, bookmarked.length);
    copy.close();
  }
});

test('a backup that would leave the disk nearly full is refused in words, writing nothing and keeping the older backups', () => {
  const { dir } = filledLibrary();
  const db = new DatabaseSync(join(dir, DATABASE_FILE));
  try {
    const first = backupDatabase(db, dir, 'manual', Date.UTC(2026, 2, 1, 9));
    // Room for the copy, but not for the copy and the headroom the library needs to go on saving.
    const tight = () => first.bytes + BACKUP_HEADROOM_BYTES - 1;
    assert.throws(
      () => backupDatabase(db, dir, 'manual', Date.UTC(2026, 2, 2, 9), { freeBytes: tight }),
      (error: Error & { code?: string }) => error.code === 'STORAGE' && /not enough free space for a backup/.test(error.message) && /nothing was changed/.test(error.message),
    );
    assert.deepEqual(listBackups(dir).map((b) => b.name), [first.name]);
    assert.deepEqual(readdirSync(join(dir, 'backups')), [first.name], 'no partial file is left behind');
    // With room, it is written.
    assert.ok(backupDatabase(db, dir, 'manual', Date.UTC(2026, 2, 3, 9), { freeBytes: () => first.bytes + BACKUP_HEADROOM_BYTES * 2 }));
    assert.equal(listBackups(dir).length, 2);
  } finally {
    db.close();
  }
});

test('a daily backup that fails is reported by the library\'s stats (the About dialog, cli stats) until one succeeds', async () => {
  const { dir } = filledLibrary();
  const core = open(dir);
  const stats = async () => await core.handlers.library.stats();
  try {
    assert.equal((await stats()).backupProblem, null);
    // Something in the way of the backup folder: the daily run fails.
    writeFileSync(join(dir, 'backups'), 'not a folder');
    await assert.rejects(core.maintenance.runNow('daily'));
    assert.match((await stats()).backupProblem ?? '', /daily check and backup failed/);
    rmSync(join(dir, 'backups'));
    assert.ok((await core.maintenance.runNow('daily')).backup);
    assert.equal((await stats()).backupProblem, null);
    assert.equal((await stats()).backups.count, 1);
  } finally {
    core.close();
  }
});

test('salvage copies what can be read into a new library, rebuilds search, and keeps the damaged file', async () => {
  const { dir, bookmarked } = filledLibrary();
  const file = join(dir, DATABASE_FILE);
  scribble(file, Math.floor(statSync(file).size * 0.6), 8192, 7);
  assert.throws(() => open(dir), LibraryDamagedError);
  const result = salvageLibrary(dir);
  assert.ok(result.keptDamagedAt && existsSync(result.keptDamagedAt));
  assert.ok(readdirSync(join(dir, DAMAGED_DIR)).length >= 1);
  const core = open(dir);
  const counts = core.store.counts();
  assert.equal(counts.bookmarks, bookmarked.length, 'every bookmark survives (bookmarks keep their own title and address)');
  assert.ok(counts.articles >= 380, `most articles survive: ${counts.articles}`);
  assert.ok(core.store.search('harbour').length > 0, 'search is rebuilt');
  assert.equal((core.db.prepare('PRAGMA foreign_key_check').all()).length, 0);
  assert.equal((core.db.prepare('PRAGMA integrity_check').get() as { integrity_check: string }).integrity_check, 'ok');
  core.close();
});

test('restore picks the newest backup that is itself whole', async () => {
  const { dir } = filledLibrary();
  let clock = Date.UTC(2026, 2, 1, 9);
  const core = open(dir, { now: () => clock });
  await core.maintenance.runNow('daily');
  clock += 24 * 3600_000;
  await core.maintenance.runNow('daily');
  core.close();
  const [newest, older] = listBackups(dir);
  scribble(newest!.file, Math.floor(statSync(newest!.file).size / 2), 8192, 3);
  scribble(join(dir, DATABASE_FILE), 4096 * 3, 8192, 5);
  const restored = restoreBackup(dir);
  assert.equal(restored.restoredFrom.name, older!.name);
  open(dir).close();
});

test('damage met by a read in a library too large for the full check at open is checked in full at the next open', () => {
  const { dir } = filledLibrary();
  // Past the size bound, only the vital tables are checked at open: quick whatever the size.
  const quick = openLibraryDatabase(dir, { fullCheckBytes: 0 });
  assert.equal(quick.check.full, false);
  assert.ok(quick.check.ms < 200, `${quick.check.ms} ms`);
  quick.db.close();
  const core = open(dir);
  core.noteStorageFailure(Object.assign(new Error('database disk image is malformed'), { code: 'ERR_SQLITE_ERROR', errcode: 11 }));
  core.close();
  assert.ok(existsSync(join(dir, CHECK_MARKER)));
  const next = openLibraryDatabase(dir, { fullCheckBytes: 0 });
  assert.equal(next.check.full, true, 'the marker asks for every page');
  next.db.close();
  assert.ok(!existsSync(join(dir, CHECK_MARKER)), 'a whole library clears it');
});
