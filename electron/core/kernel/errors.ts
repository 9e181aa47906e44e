// Errors the core throws on purpose. The host turns a LibraryError into the
// typed envelope the renderer shows; anything else becomes INTERNAL, so a
// message written here is one a person will read.
import type { BridgeError } from '../../shared/models.ts';

/** An error a handler throws on purpose, with a code the UI can act on. */
export class LibraryError extends Error {
  readonly code: BridgeError['code'];
  constructor(code: BridgeError['code'], message: string) {
    super(message);
    this.code = code;
    this.name = 'LibraryError';
  }
}

/** What the disk or the database said, read from a node:sqlite or node:fs error. */
function causeOf(error: unknown): { sqlite: number | null; fs: string | null } {
  const e = error as { code?: unknown; errcode?: unknown } | null;
  if (!e || typeof e !== 'object') return { sqlite: null, fs: null };
  // node:sqlite errors carry SQLite's extended result code; its low byte is the primary code.
  if (e.code === 'ERR_SQLITE_ERROR' && typeof e.errcode === 'number') return { sqlite: e.errcode & 0xff, fs: null };
  return { sqlite: null, fs: typeof e.code === 'string' ? e.code : null };
}

const SQLITE = { BUSY: 5, LOCKED: 6, READONLY: 8, IOERR: 10, CORRUPT: 11, FULL: 13, CANTOPEN: 14, NOTADB: 26 } as const;

export const STORAGE_MESSAGES = {
  full: 'The disk that holds your library is full, so this could not be saved. Free some space on that disk, then try again; nothing was changed.',
  busy: 'The library is busy: another Broadsheet (the app or a command) is writing to it and did not finish in time. Try again in a moment; nothing was changed.',
  readOnly: 'The library is read-only here (its folder or disk does not allow changes): you can read, search and export it, but not change it. Make the library folder writable to save changes.',
  damaged: 'The library file is damaged: part of it could not be read. Quit and reopen Broadsheet to restore the latest backup or save what can be read into a new library (command line: check, restore-backup or salvage).',
  diskError: 'The disk that holds your library refused a write (a disk error, or a file-size limit). Check the disk and its free space, then try again; nothing was changed.',
  cannotOpen: 'The library file could not be opened: check that its folder exists and that you may read it.',
} as const;

/**
 * A plain-words LibraryError for a failure of the library's storage (a full
 * disk, another writer holding the lock, a read-only folder, a damaged file),
 * or null when the error is something else. SQLite's own words ("database or
 * disk is full") name the cause but not what to do about it.
 */
export function storageFailure(error: unknown): LibraryError | null {
  const { sqlite, fs } = causeOf(error);
  const kind =
    sqlite === SQLITE.FULL || fs === 'ENOSPC' || fs === 'EDQUOT'
      ? 'full'
      : sqlite === SQLITE.BUSY || sqlite === SQLITE.LOCKED
        ? 'busy'
        : sqlite === SQLITE.READONLY || fs === 'EROFS'
          ? 'readOnly'
          : sqlite === SQLITE.CORRUPT || sqlite === SQLITE.NOTADB
            ? 'damaged'
            : sqlite === SQLITE.IOERR || fs === 'EFBIG' || fs === 'EIO'
              ? 'diskError'
              : sqlite === SQLITE.CANTOPEN
                ? 'cannotOpen'
                : null;
  return kind ? new LibraryError('STORAGE', STORAGE_MESSAGES[kind]) : null;
}

const CAUSES = {
  full: 'the disk that holds your library is full',
  busy: 'the library was busy with another writer',
  readOnly: 'the library is read-only here',
  damaged: 'the library file is damaged',
  diskError: 'the disk refused a write',
  cannotOpen: 'the library file could not be opened',
} as const;

/** The cause of a storage failure in a few words ("the disk that holds your library is full"), or null. */
export function storageCause(error: unknown): string | null {
  const failure = storageFailure(error);
  if (!failure) return null;
  const kind = (Object.keys(STORAGE_MESSAGES) as (keyof typeof STORAGE_MESSAGES)[]).find((k) => STORAGE_MESSAGES[k] === failure.message)!;
  return CAUSES[kind];
}

/** Whether a storage failure means the file itself is damaged (not the disk or another writer). */
export function isCorruption(error: unknown): boolean {
  const { sqlite } = causeOf(error);
  return sqlite === SQLITE.CORRUPT || sqlite === SQLITE.NOTADB;
}

/** Whether SQLite gave up waiting for another writer. */
export function isBusy(error: unknown): boolean {
  const { sqlite } = causeOf(error);
  return sqlite === SQLITE.BUSY || sqlite === SQLITE.LOCKED;
}
