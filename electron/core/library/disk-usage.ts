// How much room a library takes: the database with its write-ahead log, and
// the media kept for offline reading. Read from the file system on request
// (the About dialog, `cli stats`), never on a hot path.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { mediaDir } from '../kernel/paths.ts';
import { DATABASE_FILE } from './database.ts';

export interface DiskUsage {
  databaseBytes: number;
  mediaFiles: number;
  mediaBytes: number;
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
  return { databaseBytes, mediaFiles: media.length, mediaBytes };
}
