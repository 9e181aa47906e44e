// Preferences as the core sees them: a small interface. The desktop app backs
// it with electron-store; the CLI and the e2e Chromium host use a JSON file.
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Preferences, PreferencesPatch, WindowBounds } from '../shared/models.ts';
import { normalizeKeymapOverrides } from '../shared/commands.ts';

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  fontSize: 18,
  lastArticleId: null,
  lastView: 'all',
  markReadOnOpen: true,
  windowBounds: null,
  refreshMinutes: 30,
  retentionDays: 90,
  fullText: 'auto',
  keymap: {},
};

function intIn(value: unknown, min: number, max: number, fallback: number): number {
  return Number.isInteger(value) && (value as number) >= min && (value as number) <= max ? (value as number) : fallback;
}

export interface PreferenceStore {
  get(): Preferences;
  update(patch: PreferencesPatch): Preferences;
  setWindowBounds(bounds: WindowBounds): void;
}

/** Keeps only known keys of the right type; anything else falls back to the default. */
export function normalizePreferences(raw: unknown): Preferences {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_PREFERENCES;
  const bounds = value.windowBounds as WindowBounds | null | undefined;
  return {
    theme: value.theme === 'light' || value.theme === 'dark' || value.theme === 'system' ? value.theme : d.theme,
    fontSize: Number.isInteger(value.fontSize) && (value.fontSize as number) >= 12 && (value.fontSize as number) <= 32 ? (value.fontSize as number) : d.fontSize,
    lastArticleId: Number.isInteger(value.lastArticleId) && (value.lastArticleId as number) > 0 ? (value.lastArticleId as number) : null,
    lastView: value.lastView === 'unread' || value.lastView === 'bookmarks' ? value.lastView : 'all',
    markReadOnOpen: typeof value.markReadOnOpen === 'boolean' ? value.markReadOnOpen : d.markReadOnOpen,
    refreshMinutes: intIn(value.refreshMinutes, 5, 24 * 60, d.refreshMinutes),
    retentionDays: intIn(value.retentionDays, 1, 3650, d.retentionDays),
    fullText: value.fullText === 'all' || value.fullText === 'bookmarked' || value.fullText === 'off' ? value.fullText : 'auto',
    keymap: normalizeKeymapOverrides(value.keymap),
    windowBounds:
      bounds && typeof bounds === 'object' && Number.isFinite(bounds.width) && Number.isFinite(bounds.height) ? bounds : null,
  };
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
