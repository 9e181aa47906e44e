import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { migrations, SCHEMA_VERSION } from './schema.ts';

export const DATABASE_FILE = 'library.sqlite';

export class SchemaTooNewError extends Error {
  constructor(found: number) {
    super(
      `This library was written by a newer Broadsheet (schema ${found}, this build knows ${SCHEMA_VERSION}). ` +
        'Update Broadsheet to open it; nothing was changed.',
    );
    this.name = 'SchemaTooNewError';
  }
}

/** Opens (creating if needed) the library database in `dir` and brings its schema up to date. */
export function openDatabase(dir: string): DatabaseSync {
  mkdirSync(dir, { recursive: true });
  const db = new DatabaseSync(join(dir, DATABASE_FILE));
  try {
    // WAL keeps readers unblocked while a refresh writes, and survives a killed process.
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = NORMAL');
    db.exec('PRAGMA foreign_keys = ON');
    db.exec('PRAGMA busy_timeout = 5000');
    // SQLite's default page cache is 2 MB. On a 1M-article library, 32 MB kept
    // ingest at 289 articles/s (2.8 ms main-thread CPU each) against 195/s
    // (3.3 ms) with the default, and related p95 at 22 ms against 35 ms
    // (BENCHMARKS.md); at 8,000 articles it made no difference. It only grows as pages are used.
    db.exec('PRAGMA cache_size = -32768');
    migrate(db);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

export function schemaVersion(db: DatabaseSync): number {
  const row = db.prepare('PRAGMA user_version').get() as { user_version: number };
  return row.user_version;
}

export function migrate(db: DatabaseSync): void {
  const current = schemaVersion(db);
  if (current > SCHEMA_VERSION) throw new SchemaTooNewError(current);
  if (current === SCHEMA_VERSION) return;
  // A step may rebuild a table (schema.ts, rebuildArticles); with foreign keys on, dropping the
  // old table would cascade to bookmarks and media links. They are checked before each commit instead.
  db.exec('PRAGMA foreign_keys = OFF');
  try {
    for (let version = current; version < SCHEMA_VERSION; version++) {
      // Each step runs in its own transaction, so a crash leaves a whole version behind, never half.
      db.exec('BEGIN IMMEDIATE');
      try {
        migrations[version]!(db);
        const broken = db.prepare('PRAGMA foreign_key_check').all();
        if (broken.length) throw new Error(`Schema step ${version + 1} left ${broken.length} broken references; nothing was changed.`);
        db.exec(`PRAGMA user_version = ${version + 1}`);
        db.exec('COMMIT');
      } catch (error) {
        db.exec('ROLLBACK');
        throw error;
      }
    }
  } finally {
    db.exec('PRAGMA foreign_keys = ON');
  }
}
