import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_PREFERENCES, JsonFilePreferences, normalizePreferences } from './preferences.ts';

test('unknown keys and wrong types fall back to defaults', () => {
  const prefs = normalizePreferences({ theme: 'neon', fontSize: 99, lastArticleId: -3, evil: 'yes', markReadOnOpen: 'no' });
  assert.deepEqual(prefs, DEFAULT_PREFERENCES);
  assert.equal('evil' in prefs, false);
});

test('preferences persist across instances, and a corrupt file starts from defaults', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-prefs-'));
  const file = join(dir, 'preferences.json');
  new JsonFilePreferences(file).update({ theme: 'dark', fontSize: 20, lastArticleId: 12 });
  const again = new JsonFilePreferences(file).get();
  assert.equal(again.theme, 'dark');
  assert.equal(again.fontSize, 20);
  assert.equal(again.lastArticleId, 12);
  writeFileSync(file, '{ not json');
  assert.deepEqual(new JsonFilePreferences(file).get(), DEFAULT_PREFERENCES);
  new JsonFilePreferences(file).update({ theme: 'light' });
  assert.equal(JSON.parse(readFileSync(file, 'utf8')).theme, 'light');
  rmSync(dir, { recursive: true, force: true });
});
