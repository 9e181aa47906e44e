// How much room a library takes: the database with its write-ahead log, and
// the media kept for offline reading, and the backups beside it. Read from the file system on request
// (the About dialog, `cli stats`), never on a hot path.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mediaDir } from '../kernel/paths.ts';
import { listBackups } from './backups.ts';
import { DATABASE_FILE } from './database.ts';

export interface DiskUsage {
  databaseBytes: number;
  mediaFiles: number;
  mediaBytes: number;
  backups: { count: number; bytes: number; newest: number | null };
}

function filesIn(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return []; // no media kept yet
  }
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0; // removed between listing and reading
  }
}

export function diskUsage(libraryDir: string): DiskUsage {
  const databaseBytes = filesIn(libraryDir)
    .filter((name) => name.startsWith(DATABASE_FILE))
    .reduce((sum, name) => sum + sizeOf(join(libraryDir, name)), 0);
  // Partial downloads (*.tmp) are not kept media.
  const media = filesIn(mediaDir(libraryDir)).filter((name) => !name.endsWith('.tmp'));
  const mediaBytes = media.reduce((sum, name) => sum + sizeOf(join(mediaDir(libraryDir), name)), 0);
  const backups = backupsIn(libraryDir);
  return {
    databaseBytes,
    mediaFiles: media.length,
    mediaBytes,
    backups: { count: backups.length, bytes: backups.reduce((sum, b) => sum + b.bytes, 0), newest: backups[0]?.createdAt ?? null },
  };
}

/** The backups, or none when their folder cannot be read (the About dialog still opens). */
function backupsIn(libraryDir: string): ReturnType<typeof listBackups> {
  try {
    return listBackups(libraryDir);
  } catch {
    return [];
  }
}
