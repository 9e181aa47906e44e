import { accessSync, constants, existsSync, linkSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DatabaseSync } from 'node:sqlite';
import { LibraryError, STORAGE_MESSAGES } from '../kernel/errors.ts';
import { backupDatabase, removePartialBackups } from './backups.ts';
import { checkNeeded, clearCheckNeeded, FULL_CHECK_BYTES, inspectDatabaseFile, LibraryDamagedError, quickCheck, type IntegrityReport } from './integrity.ts';
import { migrations, SCHEMA_VERSION } from './schema.ts';
import { beginWrite, rollBack } from './write-lock.ts';

export const DATABASE_FILE = 'library.sqlite';

/** How long a write waits for another process's write to finish before it gives up (and is retried; article-store.ts). */
export const BUSY_TIMEOUT_MS = 5000;

export class SchemaTooNewError extends Error {
  constructor(found: number) {
    super(
      `This library was written by a newer Broadsheet (schema ${found}, this build knows ${SCHEMA_VERSION}). ` +
        'Update Broadsheet to open it; nothing was changed.',
    );
    this.name = 'SchemaTooNewError';
  }
}

export interface OpenDatabaseOptions {
  busyTimeoutMs?: number;
  /** Libraries up to this many bytes get a full quick_check at open (integrity.ts). */
  fullCheckBytes?: number;
  /** Back the library up before a schema update (default true; the bench's rebuildable libraries skip it). */
  backupBeforeUpdate?: boolean;
  now?: () => number;
}

export interface OpenedDatabase {
  db: DatabaseSync;
  /** The folder or disk allows no changes: the library is opened for reading only. */
  readOnly: boolean;
  /** What the check at open found (it passed, or opening threw LibraryDamagedError). */
  check: IntegrityReport;
}

/** Opens (creating if needed) the library database in `dir` and brings its schema up to date. */
export function openDatabase(dir: string, options: OpenDatabaseOptions = {}): DatabaseSync {
  return openLibraryDatabase(dir, options).db;
}

function writable(path: string): boolean {
  try {
    accessSync(path, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

/** Connection settings every open shares. */
function configure(db: DatabaseSync, busyTimeoutMs: number, readOnly: boolean): void {
  db.exec(`PRAGMA busy_timeout = ${busyTimeoutMs}`);
  // WAL keeps readers unblocked while a refresh writes, and survives a killed process.
  if (!readOnly) db.exec('PRAGMA journal_mode = WAL');
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('PRAGMA foreign_keys = ON');
  // SQLite's default page cache is 2 MB. On a 1M-article library, 32 MB kept
  // ingest at 289 articles/s (2.8 ms main-thread CPU each) against 195/s
  // (3.3 ms) with the default, and related p95 at 22 ms against 35 ms
  // (BENCHMARKS.md); at 8,000 articles it made no difference. It only grows as pages are used.
  db.exec('PRAGMA cache_size = -32768');
}

/**
 * A new library is built under a temporary name and linked into place whole,
 * so `library.sqlite` only ever exists as a complete database: an empty or
 * cut-short one was damaged, never "new", and is not silently replaced. link()
 * refuses to replace a file, so of several processes creating the same library
 * at once exactly one wins and the others open its library.
 */
function createDatabase(dir: string, file: string, busyTimeoutMs: number): void {
  const temp = `${file}.creating-${process.pid}`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  const db = new DatabaseSync(temp, { timeout: busyTimeoutMs });
  try {
    configure(db, busyTimeoutMs, false);
    migrate(db);
    db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
  try {
    linkSync(temp, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  }
}

/** Temporary files of creations that were killed (their process is gone, or they are an hour old). */
function removeAbandonedCreations(dir: string): void {
  for (const name of readdirSync(dir)) {
    const match = /^library\.sqlite\.creating-(\d+)(-wal|-shm)?$/.exec(name);
    if (!match) continue;
    let alive = false;
    try {
      process.kill(Number(match[1]), 0);
      alive = Date.now() - statSync(join(dir, name)).mtimeMs < 3600_000;
    } catch {
      // No such process.
    }
    if (!alive) rmSync(join(dir, name), { force: true });
  }
}

/** Opens for reading only; a cleanly closed library in a read-only folder cannot make its -shm file, so it is read as immutable. */
function openForReading(file: string, busyTimeoutMs: number): DatabaseSync {
  try {
    const db = new DatabaseSync(file, { readOnly: true, timeout: busyTimeoutMs });
    try {
      db.prepare('SELECT count(*) FROM sqlite_schema').get();
      return db;
    } catch (error) {
      db.close();
      throw error;
    }
  } catch {
    const url = pathToFileURL(file);
    url.searchParams.set('immutable', '1');
    return new DatabaseSync(url, { readOnly: true });
  }
}

/**
 * Opens the library in `dir`: creates it whole if there is none, opens it for
 * reading when its folder or disk allows no changes, checks that the file is
 * whole (integrity.ts; LibraryDamagedError when it is not, with nothing
 * written), backs it up before a schema update and brings the schema up to date.
 */
export function openLibraryDatabase(dir: string, options: OpenDatabaseOptions = {}): OpenedDatabase {
  const busyTimeoutMs = options.busyTimeoutMs ?? BUSY_TIMEOUT_MS;
  const now = options.now ?? Date.now;
  if (!existsSync(dir)) mkdirSync(dir, { recursive: true });
  const file = join(dir, DATABASE_FILE);
  const readOnly = existsSync(file) && !(writable(dir) && writable(file));
  if (!readOnly) {
    removeAbandonedCreations(dir);
    removePartialBackups(dir, now());
    if (!existsSync(file)) createDatabase(dir, file, busyTimeoutMs);
  }
  const fileProblem = inspectDatabaseFile(file);
  if (fileProblem) throw new LibraryDamagedError(dir, [fileProblem]);

  let db: DatabaseSync;
  try {
    db = readOnly ? openForReading(file, busyTimeoutMs) : new DatabaseSync(file, { timeout: busyTimeoutMs });
  } catch (error) {
    if ((error as { errcode?: number }).errcode === 26) throw new LibraryDamagedError(dir, ['the library file is not a database any more']);
    throw error;
  }
  try {
    configure(db, busyTimeoutMs, readOnly);
    const full = checkNeeded(dir) || statSync(file).size <= (options.fullCheckBytes ?? FULL_CHECK_BYTES);
    const check = quickCheck(db, full);
    if (!check.ok) throw new LibraryDamagedError(dir, check.problems);
    if (full && !readOnly) clearCheckNeeded(dir);
    if (readOnly) {
      const found = schemaVersion(db);
      if (found > SCHEMA_VERSION) throw new SchemaTooNewError(found);
      if (found < SCHEMA_VERSION) throw new LibraryError('STORAGE', `${STORAGE_MESSAGES.readOnly} (This library also needs a one-time update before this version of Broadsheet can read it.)`);
    } else {
      migrate(db, {
        beforeUpdate: () => {
          if (options.backupBeforeUpdate !== false) backupDatabase(db, dir, 'before-update', now());
        },
      });
    }
    return { db, readOnly, check };
  } catch (error) {
    db.close();
    if ((error as { errcode?: number }).errcode === 26 || (error as { errcode?: number }).errcode === 11) {
      throw new LibraryDamagedError(dir, [(error as Error).message]);
    }
    throw error;
  }
}

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

export function migrate(db: DatabaseSync, hooks: { beforeUpdate?: () => void } = {}): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) throw new SchemaTooNewError(current);
  if (current === SCHEMA_VERSION) return;
  // An existing library is copied whole before its schema changes (a new one has nothing to lose).
  if (current > 0) hooks.beforeUpdate?.();
  // A step may rebuild a table (schema.ts, rebuildArticles); with foreign keys on, dropping the
  // old table would cascade to bookmarks and media links. They are checked before each commit instead.
  db.exec('PRAGMA foreign_keys = OFF');
  try {
    for (let version = current; version < SCHEMA_VERSION; version++) {
      // Each step runs in its own transaction, so a crash leaves a whole version behind, never half.
      beginWrite(db);
      try {
        migrations[version]!(db);
        const broken = db.prepare('PRAGMA foreign_key_check').all();
        if (broken.length) throw new Error(`Schema step ${version + 1} left ${broken.length} broken references; nothing was changed.`);
        db.exec(`PRAGMA user_version = ${version + 1}`);
        db.exec('COMMIT');
      } catch (error) {
        rollBack(db);
        throw error;
      }
    }
  } finally {
    db.exec('PRAGMA foreign_keys = ON');
  }
}
