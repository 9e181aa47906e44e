// Issue #13, item 8: a damaged preferences file never stops the app. The
// desktop app keeps preferences with electron-store, whose file handling is
// conf's (plain Node, electron-store's base class), so the same path runs
// here: conf throws on a cut-short, empty, BOM-prefixed or NUL-containing
// file; openStoredPreferences moves such a file aside and uses the defaults,
// with a notice. Out-of-range window bounds are clamped.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
// conf is electron-store's own dependency (electron-store extends it); it needs no Electron.
import Conf from 'conf';
import { DEFAULT_PREFERENCES, JsonFilePreferences, openStoredPreferences, type KeyValueFile } from './preferences.ts';

const root = mkdtempSync(join(tmpdir(), 'broadsheet-prefs-'));
after(() => rmSync(root, { recursive: true, force: true }));
let n = 0;

/** What the shell makes, minus Electron: electron-store passes the same options to conf, with cwd = userData. */
function confStore(dir: string): () => KeyValueFile {
  return () => new Conf({ cwd: dir, configName: 'preferences', defaults: DEFAULT_PREFERENCES as unknown as Record<string, unknown> }) as unknown as KeyValueFile;
}

const DAMAGED: Record<string, string> = {
  'cut short': '{"theme": "dark", "fontSize": 2',
  empty: '',
  'BOM-prefixed': '\uFEFF{"theme": "dark"}',
  'NUL-containing': '{"theme": "da\u0000rk"}',
};

test('conf alone throws on each damaged file (why the shell cannot simply call new Store)', () => {
  for (const [kind, text] of Object.entries(DAMAGED)) {
    const dir = join(root, `conf-${++n}`);
    freshDir(dir);
    writeFileSync(join(dir, 'preferences.json'), text);
    assert.throws(() => confStore(dir)(), SyntaxError, kind);
  }
});

test('a damaged preferences file is moved aside, the defaults are used, and a notice says where it went', () => {
  for (const [kind, text] of Object.entries(DAMAGED)) {
    const dir = join(root, `prefs-${++n}`);
    freshDir(dir);
    const file = join(dir, 'preferences.json');
    writeFileSync(file, text);
    const opened = openStoredPreferences(confStore(dir), file, Date.UTC(2026, 2, 3, 8, 30));
    assert.deepEqual(opened.preferences.get(), DEFAULT_PREFERENCES, kind);
    assert.match(opened.notice ?? '', /could not be read.*default preferences.*preferences\.json\.corrupt-2026-03-03/s, kind);
    const aside = readdirSync(dir).filter((f) => f.startsWith('preferences.json.corrupt-'));
    assert.equal(aside.length, 1, kind);
    assert.equal(readFileSync(join(dir, aside[0]!), 'utf8'), text, `${kind}: the old file is kept as it was`);
    // The store works from here on: a change is written and read back by a fresh store.
    opened.preferences.update({ theme: 'dark' });
    assert.equal(openStoredPreferences(confStore(dir), file).preferences.get().theme, 'dark', kind);
    assert.equal(openStoredPreferences(confStore(dir), file).notice, null);
  }
});

test('a healthy file opens without a notice and keeps its values', () => {
  const dir = join(root, `prefs-${++n}`);
  freshDir(dir);
  const file = join(dir, 'preferences.json');
  writeFileSync(file, JSON.stringify({ theme: 'light', fontSize: 21 }));
  const opened = openStoredPreferences(confStore(dir), file);
  assert.equal(opened.notice, null);
  assert.equal(opened.preferences.get().theme, 'light');
  assert.equal(opened.preferences.get().fontSize, 21);
});

test('out-of-range window bounds are clamped, in the electron-store path and the JSON file alike', () => {
  const dir = join(root, `prefs-${++n}`);
  freshDir(dir);
  const file = join(dir, 'preferences.json');
  writeFileSync(file, JSON.stringify({ windowBounds: { width: 1e308, height: -5, x: 1e308, y: 40 } }));
  for (const prefs of [openStoredPreferences(confStore(dir), file).preferences, new JsonFilePreferences(file)]) {
    const bounds = prefs.get().windowBounds!;
    assert.ok(bounds.width >= 720 && bounds.width <= 16_384, `width ${bounds.width}`);
    assert.ok(bounds.height >= 480 && bounds.height <= 16_384, `height ${bounds.height}`);
    assert.equal(bounds.x, undefined, 'a position no screen reaches is forgotten');
    prefs.setWindowBounds({ width: Number.MAX_VALUE, height: 600, x: 10, y: -1e12 });
    assert.deepEqual(prefs.get().windowBounds, { width: 16_384, height: 600 });
  }
});

test('the JSON file store (CLI, e2e host) moves a damaged file aside too, instead of overwriting it', () => {
  const dir = join(root, `json-${++n}`);
  freshDir(dir);
  const file = join(dir, 'preferences.json');
  writeFileSync(file, '{"theme": "dark", "fon');
  const prefs = new JsonFilePreferences(file, Date.UTC(2026, 2, 3));
  assert.deepEqual(prefs.get(), DEFAULT_PREFERENCES);
  assert.match(prefs.notice ?? '', /could not be read/);
  assert.ok(readdirSync(dir).some((f) => f.startsWith('preferences.json.corrupt-2026-03-03')));
  assert.ok(existsSync(file) === false || JSON.parse(readFileSync(file, 'utf8')));
});

function freshDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
}
