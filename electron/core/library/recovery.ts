// The two ways out of a damaged library (integrity.ts), both of which keep
// the damaged file (moved to <libraryDir>/damaged/) and never put an empty
// library in its place without saying so:
//   restoreBackup   the newest backup that passes its own check becomes the library
//   salvageLibrary  a new library gets every row that can still be read from the
//                   damaged one, table by table ("recover"-style: a bad page loses
//                   its own rows, the walk goes on past it); search, counts and the
//                   story index are rebuilt from the rows, as they were made.
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { LibraryError } from '../kernel/errors.ts';
import { listBackups, type BackupInfo } from './backups.ts';
import { DATABASE_FILE, migrate } from './database.ts';
import { clearCheckNeeded, quickCheck } from './integrity.ts';
import { INDEX_COMPLETE } from './story-index.ts';

export const DAMAGED_DIR = 'damaged';

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

/** Moves the library file (and its -wal and -shm) to damaged/, returning where the database went. */
function moveAside(libraryDir: string, now: number): string | null {
  const file = join(libraryDir, DATABASE_FILE);
  if (!existsSync(file)) return null;
  const dir = join(libraryDir, DAMAGED_DIR);
  mkdirSync(dir, { recursive: true });
  const target = join(dir, `library-damaged-${stamp(now)}.sqlite`);
  for (const suffix of ['-wal', '-shm', '']) {
    if (existsSync(file + suffix)) renameSync(file + suffix, target + suffix);
  }
  return target;
}

/** Puts a finished database file in place of the library (temp name, then rename). */
function install(libraryDir: string, built: string): void {
  renameSync(built, join(libraryDir, DATABASE_FILE));
  clearCheckNeeded(libraryDir);
}

export interface RestoreResult {
  restoredFrom: BackupInfo;
  /** Where the damaged library was kept. */
  keptDamagedAt: string | null;
}

/**
 * Replaces the damaged library by the newest backup (or `backupFile`) that
 * passes a full check. The damaged file is moved to damaged/, not deleted.
 */
export function restoreBackup(libraryDir: string, options: { backupFile?: string; now?: number } = {}): RestoreResult {
  const now = options.now ?? Date.now();
  const candidates = listBackups(libraryDir).filter((b) => !options.backupFile || b.file === options.backupFile || b.name === options.backupFile);
  if (candidates.length === 0) {
    throw new LibraryError('NOT_FOUND', options.backupFile ? `There is no backup called ${options.backupFile} in ${join(libraryDir, 'backups')}.` : `There is no backup in ${join(libraryDir, 'backups')} to restore; salvage what can be read instead.`);
  }
  for (const backup of candidates) {
    const temp = join(libraryDir, `${DATABASE_FILE}.restoring-${process.pid}`);
    copyFileSync(backup.file, temp);
    let whole = false;
    try {
      const db = new DatabaseSync(temp);
      try {
        whole = quickCheck(db, true).ok;
      } finally {
        db.close();
      }
    } catch {
      whole = false;
    }
    if (!whole) {
      rmSync(temp, { force: true });
      continue;
    }
    const keptDamagedAt = moveAside(libraryDir, now);
    install(libraryDir, temp);
    return { restoredFrom: backup, keptDamagedAt };
  }
  throw new LibraryError('STORAGE', 'None of the backups could be read either; salvage what can be read from the library instead.');
}

export interface SalvageResult {
  /** Rows copied per table. */
  copied: Record<string, number>;
  /** Rows or ranges that could not be read, per table. */
  lost: Record<string, number>;
  keptDamagedAt: string | null;
}

/** Derived data rebuilt from the rows (search, counts, story index) or SQLite's own: never copied. */
const REBUILT = /^(sqlite_|articles_fts|articles_vocab|related_|source_counts)/;
/** Parents before children, so references can be checked as rows arrive. */
const ORDER = ['sources', 'articles', 'media', 'bookmarks', 'article_media', 'article_also_in'];
/** Rows read per step; on a bad page the walk retries past it one row, then further and further. */
const STEP = 500;

/**
 * Builds a new library from what can still be read in the damaged one, moves
 * the damaged file to damaged/ and puts the new one in its place. Works on a
 * file SQLite cannot open at all too: the result is then a new, empty
 * library, and the result says that nothing could be read.
 */
export function salvageLibrary(libraryDir: string, options: { now?: number } = {}): SalvageResult {
  const now = options.now ?? Date.now();
  const file = join(libraryDir, DATABASE_FILE);
  const temp = join(libraryDir, `${DATABASE_FILE}.salvage-${process.pid}`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  const copied: Record<string, number> = {};
  const lost: Record<string, number> = {};

  const target = new DatabaseSync(temp);
  try {
    target.exec('PRAGMA journal_mode = DELETE');
    migrate(target);
    let source: DatabaseSync | null = null;
    try {
      source = existsSync(file) ? new DatabaseSync(file, { readOnly: true }) : null;
      source?.prepare('SELECT count(*) FROM sqlite_schema').get();
    } catch {
      source?.close();
      source = null;
      lost['the whole file'] = 1;
    }
    if (source) {
      try {
        copyRows(source, target, copied, lost);
      } finally {
        source.close();
      }
    }
  } catch (error) {
    target.close();
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
    throw error;
  }
  target.close();
  const keptDamagedAt = moveAside(libraryDir, now);
  install(libraryDir, temp);
  return { copied, lost, keptDamagedAt };
}

function tables(db: DatabaseSync): string[] {
  return (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name);
}

function columns(db: DatabaseSync, table: string): string[] {
  return (db.prepare(`SELECT name FROM pragma_table_info(?)`).all(table) as { name: string }[]).map((r) => r.name);
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

function copyRows(source: DatabaseSync, target: DatabaseSync, copied: Record<string, number>, lost: Record<string, number>): void {
  let sourceTables: string[];
  try {
    sourceTables = tables(source);
  } catch {
    lost['the table list'] = 1;
    return;
  }
  const wanted = tables(target).filter((t) => !REBUILT.test(t) && sourceTables.includes(t));
  wanted.sort((a, b) => (ORDER.indexOf(a) + 1 || ORDER.length + 1) - (ORDER.indexOf(b) + 1 || ORDER.length + 1));
  target.exec('PRAGMA foreign_keys = OFF');
  target.exec('BEGIN');
  // The sync triggers stand aside while rows are copied (sync-store.ts: the "applying" mark), so
  // copying a bookmark does not queue it as a new change for the server.
  target.exec("INSERT OR REPLACE INTO sync_state (name, value) VALUES ('applying', 'salvage')");
  for (const table of wanted) {
    let shared: string[];
    try {
      const have = columns(source, table);
      shared = columns(target, table).filter((c) => have.includes(c));
    } catch {
      lost[table] = (lost[table] ?? 0) + 1;
      continue;
    }
    if (shared.length === 0) continue;
    const list = shared.map(quote).join(', ');
    const insert = target.prepare(`INSERT OR IGNORE INTO ${quote(table)} (${list}) VALUES (${shared.map(() => '?').join(', ')})`);
    const hasRowid = (() => {
      try {
        source.prepare(`SELECT rowid FROM ${quote(table)} LIMIT 0`).all();
        return true;
      } catch {
        return false;
      }
    })();
    let count = 0;
    if (!hasRowid) {
      // WITHOUT ROWID tables are small bookkeeping: all or nothing.
      try {
        for (const row of source.prepare(`SELECT ${list} FROM ${quote(table)}`).iterate() as Iterable<Record<string, never>>) {
          insert.run(...shared.map((c) => row[c]!));
          count++;
        }
      } catch {
        lost[table] = (lost[table] ?? 0) + 1;
      }
      copied[table] = count;
      continue;
    }
    const page = source.prepare(`SELECT rowid AS __rowid, ${list} FROM ${quote(table)} WHERE rowid > ? ORDER BY rowid LIMIT ?`);
    const bound = (sql: string): number | null => {
      try {
        return (source.prepare(sql).get() as { m: number | null }).m;
      } catch {
        return null;
      }
    };
    const maxRowid = bound(`SELECT max(rowid) AS m FROM ${quote(table)}`);
    let after = (bound(`SELECT min(rowid) AS m FROM ${quote(table)}`) ?? 1) - 1;
    let limit = STEP;
    let calm = 0;
    let skip = 1;
    for (;;) {
      let rows: Record<string, never>[];
      try {
        rows = page.all(after, limit) as Record<string, never>[];
      } catch {
        // A bad page somewhere ahead: go one row at a time up to it, then jump past it,
        // further each time the landing point is damaged too. Its own rows are lost.
        if (limit > 1) {
          limit = 1;
          continue;
        }
        lost[table] = (lost[table] ?? 0) + 1;
        after += skip;
        skip *= 2;
        if ((maxRowid !== null && after >= maxRowid) || skip > 2 ** 40) break;
        continue;
      }
      if (rows.length === 0) break;
      for (const row of rows) {
        try {
          insert.run(...shared.map((c) => row[c]!));
          count++;
        } catch {
          lost[table] = (lost[table] ?? 0) + 1;
        }
      }
      after = Number(rows[rows.length - 1]!.__rowid);
      skip = 1;
      if (limit === 1 && ++calm >= 64) {
        limit = STEP;
        calm = 0;
      }
    }
    copied[table] = count;
  }
  // References to rows that were lost: a bookmark keeps its own title and address (article_id
  // becomes NULL, as when retention removes an article); links to lost articles go.
  target.exec(`
    INSERT INTO sources (title, kind, created_at)
      SELECT 'Recovered articles', 'feed', CAST(unixepoch('subsec') * 1000 AS INTEGER)
      WHERE EXISTS (SELECT 1 FROM articles WHERE source_id NOT IN (SELECT id FROM sources));
    UPDATE articles SET source_id = (SELECT max(id) FROM sources WHERE title = 'Recovered articles')
      WHERE source_id NOT IN (SELECT id FROM sources);
    UPDATE bookmarks SET article_id = NULL WHERE article_id IS NOT NULL AND article_id NOT IN (SELECT id FROM articles);
    DELETE FROM article_media WHERE article_id NOT IN (SELECT id FROM articles) OR sha256 NOT IN (SELECT sha256 FROM media);
    DELETE FROM article_also_in WHERE article_id NOT IN (SELECT id FROM articles) OR source_id NOT IN (SELECT id FROM sources);
    DELETE FROM sync_state WHERE name = 'applying';
  `);
  // The story index is rebuilt in the background after opening (story-backfill.ts).
  target.prepare('DELETE FROM meta WHERE key = ?').run(INDEX_COMPLETE);
  target.exec('COMMIT');
  target.exec('PRAGMA foreign_keys = ON');
  const broken = target.prepare('PRAGMA foreign_key_check').all();
  if (broken.length) {
    // Whatever still points nowhere (a table added later) is dropped rather than kept broken.
    for (const row of broken as { table: string; rowid: number }[]) target.prepare(`DELETE FROM ${quote(row.table)} WHERE rowid = ?`).run(row.rowid);
  }
}
