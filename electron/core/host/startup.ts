// What the desktop app says when it cannot start, and what it offers when the
// library is damaged. The dialogs are Electron's (electron/shell/main.ts); the
// words and the recovery they trigger live here, under plain Node, so they are
// tested without Electron.
import { storageFailure } from '../kernel/errors.ts';
import { SchemaTooNewError } from '../library/database.ts';
import { LibraryDamagedError } from '../library/integrity.ts';
import { restoreBackup, salvageLibrary } from '../library/recovery.ts';

export interface StartupPlaces {
  libraryDir: string;
  preferencesFile: string;
}

/** One dialog for a start-up that failed: what failed, where, and what to do. */
export function startupFailure(error: unknown, places: StartupPlaces): { title: string; detail: string } {
  const title = 'Broadsheet could not start';
  if (error instanceof SchemaTooNewError) return { title, detail: `${error.message}\n\nLibrary: ${places.libraryDir}` };
  const storage = storageFailure(error);
  const cause = storage?.message ?? (error instanceof Error ? error.message : String(error));
  return {
    title,
    detail:
      `${cause}\n\n` +
      `Library: ${places.libraryDir}\nPreferences: ${places.preferencesFile}\n\n` +
      'Quit, then try again. If it keeps happening, report it with this message; your library and its backups (in the library folder, under backups) are left as they are.',
  };
}

export type RecoveryAction = 'restore' | 'salvage' | 'quit';

function when(ms: number): string {
  return new Date(ms).toISOString().slice(0, 16).replace('T', ' ') + ' UTC';
}

/** The choice a damaged library gets: restore the latest backup (when there is one), salvage, or quit. */
export function damagedLibraryChoices(error: LibraryDamagedError): { message: string; detail: string; buttons: { label: string; action: RecoveryAction }[] } {
  const latest = error.backups[0];
  const buttons: { label: string; action: RecoveryAction }[] = [];
  if (latest) buttons.push({ label: `Restore the backup of ${when(latest.createdAt)}`, action: 'restore' });
  buttons.push({ label: 'Salvage what can be read', action: 'salvage' }, { label: 'Quit', action: 'quit' });
  return {
    message: 'Your library is damaged',
    detail:
      `Broadsheet found that the library in ${error.libraryDir} is damaged (${error.problems[0] ?? 'it could not be read'}), and has written nothing to it.\n\n` +
      (latest
        ? `Restore puts back the backup of ${when(latest.createdAt)}: what changed since then is lost. `
        : 'There is no backup yet. ') +
      'Salvage copies every article, bookmark and source that can still be read into a new library. Either way the damaged file is kept in the library folder, under damaged.',
    buttons,
  };
}

/** Carries out a choice from damagedLibraryChoices; returns what was done, in a sentence. */
export function recoverLibrary(libraryDir: string, action: Exclude<RecoveryAction, 'quit'>): string {
  if (action === 'restore') {
    const restored = restoreBackup(libraryDir);
    return `Restored the backup of ${when(restored.restoredFrom.createdAt)}; the damaged library is kept at ${restored.keptDamagedAt}.`;
  }
  const salvaged = salvageLibrary(libraryDir);
  return `Salvaged ${salvaged.copied.articles ?? 0} articles, ${salvaged.copied.bookmarks ?? 0} bookmarks and ${salvaged.copied.sources ?? 0} sources; the damaged library is kept at ${salvaged.keptDamagedAt}.`;
}

export { LibraryDamagedError };
