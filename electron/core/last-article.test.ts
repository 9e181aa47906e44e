// The last open article is remembered once the reader settles, and always on close.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import type { PreferencesPatch } from '../shared/models.ts';
import { openLibraryCore } from './library-core.ts';
import { MemoryPreferences } from './kernel/preferences.ts';
import { addArticles, ASSETS_DIR } from './testing/temp-library.ts';

class CountingPreferences extends MemoryPreferences {
  writes: PreferencesPatch[] = [];
  override update(patch: PreferencesPatch) {
    this.writes.push(patch);
    return super.update(patch);
  }
}

test('reading several articles in a row writes preferences once, and closing saves the last one', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-last-'));
  const prefs = new CountingPreferences();
  const core = openLibraryCore({ libraryDir: join(dir, 'library'), assetsDir: ASSETS_DIR, preferences: prefs, platform: { openExternal: async () => {} }, seed: false });
  try {
    const ids = addArticles(core, 'Meridian Post', [{ title: 'One', body: 'a' }, { title: 'Two', body: 'b' }, { title: 'Three', body: 'c' }]);
    for (const id of ids) await core.handlers.library.article(id);
    assert.deepEqual(prefs.writes, [], 'a preferences write on the key path');
    core.close();
    assert.deepEqual(prefs.writes, [{ lastArticleId: ids[2] }]);
    assert.equal(prefs.get().lastArticleId, ids[2]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
