// Is the library file whole? Checked when the library opens, within a time
// bound, and in full in the background once a day (maintenance.ts). A damaged
// library is never written on and never replaced by an empty one: opening it
// throws LibraryDamagedError, which offers the two ways out (recovery.ts):
// restore the latest backup, or salvage what can be read into a new library.
import { closeSync, existsSync, openSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { LibraryError } from '../kernel/errors.ts';
import { listBackups, type BackupInfo } from './backups.ts';

/**
 * Libraries up to this size get a full `PRAGMA quick_check` at every open; it
 * reads every page. Measured on this 2-core machine (README, "Where your data
 * lives"): about 160 MB/s with the file in the page cache (1.2 s for the
 * 188 MB 10k-article bench library, 20 s for the 1.8 GB 100k one) and 45 MB/s
 * cold (40 s at 100k), so about 2 minutes warm and 7 cold at a million
 * articles: 16 MB costs about 0.1 s. Larger libraries check their vital
 * tables (the schema, sources, bookmarks, meta, the sync account) at open, in
 * under 20 ms at 100k articles, and get the full check daily in the background
 * (maintenance.ts), or at the next open after a read met damage.
 */
export const FULL_CHECK_BYTES = 16 * 1024 * 1024;

/** The tables a person could not get back from the web: checked at every open, whatever the size. */
const VITAL_TABLES = ['sqlite_schema', 'sources', 'bookmarks', 'meta', 'sync_account'];

/** Left in the library folder when a read met damage: the next open checks every page. */
export const CHECK_MARKER = 'check-needed';

export interface IntegrityReport {
  ok: boolean;
  /** Whether every page was read (else only the vital tables). */
  full: boolean;
  problems: string[];
  ms: number;
}

/** What is wrong with the file before SQLite reads it (empty, cut short, or no database at all), or null. */
export function inspectDatabaseFile(file: string): string | null {
  const size = statSync(file).size;
  if (size === 0) return 'the library file is empty (0 bytes)';
  if (size < 512) return `the library file is cut short (${size} bytes)`;
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1', 0, 16) !== 'SQLite format 3\u0000') return 'the start of the library file is not a database any more';
  return null;
}

/** `PRAGMA quick_check` over every page (`full`) or over the vital tables only. */
export function quickCheck(db: DatabaseSync, full: boolean): IntegrityReport {
  const started = performance.now();
  const problems: string[] = [];
  try {
    if (full) {
      for (const row of db.prepare('PRAGMA quick_check(5)').all() as { quick_check: string }[]) if (row.quick_check !== 'ok') problems.push(row.quick_check);
    } else {
      const present = new Set((db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table'").all() as { name: string }[]).map((r) => r.name));
      for (const table of VITAL_TABLES) {
        if (table !== 'sqlite_schema' && !present.has(table)) continue;
        for (const row of db.prepare(`PRAGMA quick_check(${table})`).all() as { quick_check: string }[]) if (row.quick_check !== 'ok') problems.push(row.quick_check);
      }
    }
  } catch (error) {
    problems.push((error as Error).message);
  }
  // SQLite heads its report with "*** in database main ***" and may run one problem over several lines.
  const lines = problems.flatMap((p) => p.split('\n')).map((l) => l.trim()).filter((l) => l && !/^\*\*\* in database/.test(l));
  return { ok: problems.length === 0, full, problems: (lines.length ? lines : problems).slice(0, 5), ms: performance.now() - started };
}

export function checkNeeded(libraryDir: string): boolean {
  return existsSync(join(libraryDir, CHECK_MARKER));
}

/** A read met damage: the next open reads every page before anything is written. */
export function markCheckNeeded(libraryDir: string): void {
  try {
    writeFileSync(join(libraryDir, CHECK_MARKER), `${new Date().toISOString()}\n`);
  } catch {
    // A read-only or full disk: the error the caller sees already says so.
  }
}

export function clearCheckNeeded(libraryDir: string): void {
  rmSync(join(libraryDir, CHECK_MARKER), { force: true });
}

function when(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** The library file is damaged; nothing was written to it. Choose restoreBackup or salvageLibrary (recovery.ts). */
export class LibraryDamagedError extends LibraryError {
  readonly libraryDir: string;
  readonly problems: string[];
  readonly backups: BackupInfo[];
  constructor(libraryDir: string, problems: string[]) {
    const backups = listBackups(libraryDir);
    const latest = backups[0];
    super(
      'STORAGE',
      `The library in ${libraryDir} is damaged (${problems[0] ?? 'it could not be read'}); nothing was written to it. ` +
        (latest ? `Restore the backup of ${when(latest.createdAt)}, or salvage` : 'There is no backup yet; salvage') +
        ' what can still be read into a new library (the damaged file is kept beside it). Command line: ' +
        (latest ? 'restore-backup or salvage.' : 'salvage.'),
    );
    this.name = 'LibraryDamagedError';
    this.libraryDir = libraryDir;
    this.problems = problems;
    this.backups = backups;
  }
}
