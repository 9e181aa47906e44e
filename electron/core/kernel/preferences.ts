// Preferences as the core sees them: a small interface. The desktop app backs
// it with electron-store; the CLI and the e2e Chromium host use a JSON file.
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Preferences, PreferencesPatch, WindowBounds } from '../../shared/models.ts';
import { DEFAULT_PREFERENCES, normalizePreferences } from '../../shared/preferences.ts';

// Defaults and bounds are shared with the contract and the renderer; re-exported for the stores' users.
export { DEFAULT_PREFERENCES, normalizePreferences };

export interface PreferenceStore {
  get(): Preferences;
  update(patch: PreferencesPatch): Preferences;
  setWindowBounds(bounds: WindowBounds): void;
}

/** `preferences.json.corrupt-2026-03-03T08-30-00`: where a file that could not be read is kept. */
function asideName(file: string, now: number): string {
  return `${file}.corrupt-${new Date(now).toISOString().slice(0, 19).replace(/:/g, '-')}`;
}

/** Moves a preferences file that cannot be read out of the way (never deleted: it may be mended by hand); returns where. */
function moveAside(file: string, now: number): string | null {
  if (!existsSync(file)) return null;
  let target = asideName(file, now);
  for (let i = 2; existsSync(target); i++) target = `${asideName(file, now)}-${i}`;
  renameSync(file, target);
  return target;
}

function damagedNotice(reason: string, aside: string | null): string {
  return `Your preferences file could not be read (${reason}), so Broadsheet started with the default preferences.${aside ? ` The old file was kept as ${aside}.` : ''}`;
}

/** Preferences in a JSON file, written atomically (temp file then rename) so a crash never leaves half a file. */
export class JsonFilePreferences implements PreferenceStore {
  readonly #file: string;
  #value: Preferences;
  /** Set when the file could not be read and was moved aside: what to tell the person. */
  readonly notice: string | null = null;

  constructor(file: string, now = Date.now()) {
    this.#file = file;
    let raw: unknown = {};
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch (error) {
      // Missing: the defaults, and the first write makes the file. Damaged: kept aside, not overwritten.
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
        try {
          this.notice = damagedNotice((error as Error).message, moveAside(file, now));
        } catch {
          this.notice = damagedNotice((error as Error).message, null);
        }
      }
    }
    this.#value = normalizePreferences(raw);
  }

  get(): Preferences {
    return { ...this.#value };
  }

  update(patch: PreferencesPatch): Preferences {
    this.#value = normalizePreferences({ ...this.#value, ...patch });
    this.#write();
    return this.get();
  }

  setWindowBounds(bounds: WindowBounds): void {
    this.#value = normalizePreferences({ ...this.#value, windowBounds: bounds });
    this.#write();
  }

  #write(): void {
    mkdirSync(dirname(this.#file), { recursive: true });
    const temp = `${this.#file}.${process.pid}.tmp`;
    writeFileSync(temp, `${JSON.stringify(this.#value, null, 2)}\n`);
    renameSync(temp, this.#file);
  }
}

/**
 * The file store electron-store keeps preferences in (electron-store is conf
 * with Electron's paths; conf is plain Node): reading `store` reads and parses
 * the file, setting it writes the whole file. Its constructor reads the file
 * too, and throws when the file is not JSON.
 */
export interface KeyValueFile {
  readonly path: string;
  store: Record<string, unknown>;
}

/** Preferences over an electron-store (conf) file: read once, written through. */
export class StoredPreferences implements PreferenceStore {
  readonly #file: KeyValueFile;
  #value: Preferences;

  constructor(file: KeyValueFile) {
    this.#file = file;
    // Read once: conf parses the file again on every read of `store`.
    this.#value = normalizePreferences(file.store);
  }

  get(): Preferences {
    return { ...this.#value };
  }

  update(patch: PreferencesPatch): Preferences {
    const next = normalizePreferences({ ...this.#value, ...patch });
    // A full or read-only disk reaches the caller (who asked for the change) as a plain-words STORAGE error.
    this.#file.store = { ...next } as unknown as Record<string, unknown>;
    this.#value = next;
    return this.get();
  }

  setWindowBounds(bounds: WindowBounds): void {
    this.#value = normalizePreferences({ ...this.#value, windowBounds: bounds });
    try {
      this.#file.store = { ...this.#value } as unknown as Record<string, unknown>;
    } catch {
      // Called from window events, where a throw would be an uncaught exception: kept in memory instead.
    }
  }
}

/**
 * Opens preferences kept by electron-store (`create` makes the store). A file
 * that cannot be read (cut short, empty, a byte-order mark, NUL bytes: conf
 * throws on each) is moved aside as `preferences.json.corrupt-<date>` and the
 * defaults are used; the notice says so, for the window to show. When even a
 * fresh file cannot be made (a read-only or full disk), preferences live in
 * memory for this session, with a notice too. Never throws.
 */
export function openStoredPreferences(create: () => KeyValueFile, file: string, now = Date.now()): { preferences: PreferenceStore; notice: string | null } {
  try {
    return { preferences: new StoredPreferences(create()), notice: null };
  } catch (error) {
    let aside: string | null = null;
    try {
      aside = moveAside(file, now);
      return { preferences: new StoredPreferences(create()), notice: damagedNotice((error as Error).message, aside) };
    } catch (again) {
      return {
        preferences: new MemoryPreferences(),
        notice: `Your preferences could not be read or saved (${(again as Error).message}), so Broadsheet is using the default preferences and will not keep changes until it restarts.${aside ? ` The old file was kept as ${aside}.` : ''}`,
      };
    }
  }
}

/** For tests and one-off runs. */
export class MemoryPreferences implements PreferenceStore {
  #value: Preferences = { ...DEFAULT_PREFERENCES };
  get(): Preferences {
    return { ...this.#value };
  }
  update(patch: PreferencesPatch): Preferences {
    this.#value = normalizePreferences({ ...this.#value, ...patch });
    return this.get();
  }
  setWindowBounds(bounds: WindowBounds): void {
    this.#value = normalizePreferences({ ...this.#value, windowBounds: bounds });
  }
}
