// Preferences as the core sees them: a small interface. The desktop app backs
// it with electron-store; the CLI and the e2e Chromium host use a JSON file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
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

/** Preferences in a JSON file, written atomically (temp file then rename) so a crash never leaves half a file. */
export class JsonFilePreferences implements PreferenceStore {
  readonly #file: string;
  #value: Preferences;

  constructor(file: string) {
    this.#file = file;
    let raw: unknown = {};
    try {
      raw = JSON.parse(readFileSync(file, 'utf8'));
    } catch {
      // Missing or unreadable: start from defaults; the next write repairs the file.
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
