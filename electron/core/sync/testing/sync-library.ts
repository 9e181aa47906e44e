// Test helpers: a throwaway library with a sync account's secrets sealed by a
// key file in its own temporary folder, so no test touches the user's keys.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SyncAccountInput, SyncService } from '../../../shared/models.ts';
import { KeyFileSecretStore } from '../../kernel/secrets.ts';
import { MemoryPreferences } from '../../kernel/preferences.ts';
import { openLibraryCore, type LibraryCore } from '../../library-core.ts';
import { ASSETS_DIR } from '../../testing/temp-library.ts';
import type { SyncOptions } from '../engine.ts';

export interface SyncLibrary {
  dir: string;
  libraryDir: string;
  keyFile: string;
  core: LibraryCore;
  /** Events pushed to the window, in order. */
  events: { name: string; payload: unknown }[];
  /** Closes and opens the library again (a restart). */
  reopen(): LibraryCore;
  dispose(): void;
}

export function syncLibrary(options: { sync?: SyncOptions; dir?: string } = {}): SyncLibrary {
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'broadsheet-sync-'));
  const keyFile = join(dir, 'keys', 'sync.key');
  const libraryDir = join(dir, 'library');
  const events: { name: string; payload: unknown }[] = [];
  const open = () => {
    const core = openLibraryCore({
      libraryDir,
      assetsDir: ASSETS_DIR,
      preferences: new MemoryPreferences(),
      platform: { openExternal: async () => {} },
      seed: false,
      sync: { secrets: new KeyFileSecretStore(keyFile), pushDelayMs: 0, ...options.sync },
    });
    core.onEvent((name, payload) => events.push({ name, payload }));
    return core;
  };
  const lib: SyncLibrary = {
    dir,
    libraryDir,
    keyFile,
    core: open(),
    events,
    reopen() {
      lib.core.close();
      lib.core = open();
      return lib.core;
    },
    dispose() {
      lib.core.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return lib;
}

export function account(service: SyncService, serverUrl: string, user: string, password: string): SyncAccountInput {
  return { service, serverUrl, user, password };
}

/** Every article in the library, as the All view lists them (title → marks). */
export function articleMarks(core: LibraryCore): Map<string, { id: number; read: boolean; bookmarked: boolean; source: string }> {
  const out = new Map<string, { id: number; read: boolean; bookmarked: boolean; source: string }>();
  let cursor: string | null = null;
  do {
    const page = core.store.list({ view: 'all', cursor, limit: 500 });
    for (const a of page.items) out.set(a.title, { id: a.id, read: a.read, bookmarked: a.bookmarked, source: a.source.title });
    cursor = page.next;
  } while (cursor);
  return out;
}
