// Copies of the library database kept in <libraryDir>/backups: one before
// every schema update, a rolling daily one (made off the main thread by the
// library's maintenance, maintenance.ts) and any made by hand (`cli backup`).
// Each is written with VACUUM INTO, which reads every row through SQLite (so a
// damaged page fails the backup instead of being copied into it) and writes a
// compact, complete database; it goes to a .partial name first and is renamed
// when whole, so a killed backup never looks like a good one.
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statfsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { formatBytes } from '../../shared/format.ts';
import { LibraryError } from '../kernel/errors.ts';

export const BACKUP_DIR = 'backups';

export type BackupKind = 'daily' | 'before-update' | 'manual';

/** How many of each kind are kept: a backup is as large as the library. */
export const KEEP_BACKUPS: Readonly<Record<BackupKind, number>> = { daily: 3, 'before-update': 2, manual: 3 };

export interface BackupInfo {
  file: string;
  name: string;
  kind: BackupKind;
  /** When it was made, ms since the epoch. */
  createdAt: number;
  bytes: number;
}

const NAME = /^library-(daily|before-update|manual)-(\d{8}T\d{6}\d{3}Z)\.sqlite$/;

export function backupDir(libraryDir: string): string {
  return join(libraryDir, BACKUP_DIR);
}

function stamp(ms: number): string {
  return new Date(ms).toISOString().replace(/[-:.]/g, '');
}

function parseStamp(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z$/.exec(value)!;
  return Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!, +m[7]!);
}

/** Every finished backup, newest first. */
export function listBackups(libraryDir: string): BackupInfo[] {
  const dir = backupDir(libraryDir);
  if (!existsSync(dir)) return [];
  const found: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const match = NAME.exec(name);
    if (!match) continue;
    const file = join(dir, name);
    try {
      found.push({ file, name, kind: match[1] as BackupKind, createdAt: parseStamp(match[2]!), bytes: statSync(file).size });
    } catch {
      // Removed while listing (another process pruned it).
    }
  }
  return found.sort((a, b) => b.createdAt - a.createdAt || b.name.localeCompare(a.name));
}

/**
 * Free space a backup must leave on its disk: the library shares that disk and must still be
 * able to grow (a refresh, a bookmark) after its backup is written.
 */
export const BACKUP_HEADROOM_BYTES = 500_000_000;

/** Free bytes for this user on the disk that holds `dir`. */
function freeBytesOn(dir: string): number {
  const fs = statfsSync(dir);
  return Number(fs.bavail) * Number(fs.bsize);
}

/** About what VACUUM INTO writes: the library's pages in use. */
function backupBytes(db: DatabaseSync): number {
  const pragma = (name: string) => Number(Object.values(db.prepare(`PRAGMA ${name}`).get() as Record<string, unknown>)[0]);
  return (pragma('page_count') - pragma('freelist_count')) * pragma('page_size');
}

export interface BackupOptions {
  /** Free bytes on the backup's disk (tests pass a small figure). */
  freeBytes?: (dir: string) => number;
}

/**
 * Writes a backup of `db` now (VACUUM INTO) and keeps only the newest of its kind. Refuses,
 * writing nothing, when the copy would leave less than BACKUP_HEADROOM_BYTES free: a backup
 * of a large library that fills the disk would stop the library itself from saving anything.
 */
export function backupDatabase(db: DatabaseSync, libraryDir: string, kind: BackupKind, now = Date.now(), options: BackupOptions = {}): BackupInfo {
  const dir = backupDir(libraryDir);
  mkdirSync(dir, { recursive: true });
  const needed = backupBytes(db);
  const free = (options.freeBytes ?? freeBytesOn)(dir);
  if (free - needed < BACKUP_HEADROOM_BYTES) {
    throw new LibraryError(
      'STORAGE',
      `There is not enough free space for a backup of your library: a copy takes about ${formatBytes(needed)} and must leave ${formatBytes(BACKUP_HEADROOM_BYTES)} free, but only ${formatBytes(free)} is free on that disk. Free some space (older backups are in ${dir}); nothing was changed.`,
    );
  }
  let name = `library-${kind}-${stamp(now)}.sqlite`;
  // Two backups in the same millisecond (tests, a quick second `cli backup`): the later one waits its turn.
  for (let ms = now + 1; existsSync(join(dir, name)); ms++) name = `library-${kind}-${stamp(ms)}.sqlite`;
  const file = join(dir, name);
  const partial = `${file}.${process.pid}.partial`;
  rmSync(partial, { force: true });
  try {
    db.exec(`VACUUM INTO '${partial.replace(/'/g, "''")}'`);
    renameSync(partial, file);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  pruneBackups(libraryDir, kind);
  return listBackups(libraryDir).find((b) => b.name === name)!;
}

/** Keeps the newest KEEP_BACKUPS[kind] backups of a kind; removes what a killed backup left. */
export function pruneBackups(libraryDir: string, kind: BackupKind): void {
  const ofKind = listBackups(libraryDir).filter((b) => b.kind === kind);
  for (const old of ofKind.slice(KEEP_BACKUPS[kind])) rmSync(old.file, { force: true });
}

/** Removes half-written backups older than an hour (a live one belongs to a backup under way). */
export function removePartialBackups(libraryDir: string, now = Date.now()): void {
  const dir = backupDir(libraryDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (!name.endsWith('.partial')) continue;
    try {
      if (now - statSync(join(dir, name)).mtimeMs > 3600_000) rmSync(join(dir, name), { force: true });
    } catch {
      // Gone already.
    }
  }
}

/** Whether the newest daily backup is older than a day (or there is none). */
export function dailyBackupDue(libraryDir: string, now = Date.now()): boolean {
  const latest = listBackups(libraryDir).find((b) => b.kind === 'daily');
  return !latest || now - latest.createdAt >= 24 * 3600_000;
}
