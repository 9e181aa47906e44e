// Issue #13, items 7 and 8: what the desktop app says when it cannot start
// (one dialog: what, where, what to do) and what it offers for a damaged
// library (restore the latest backup, salvage, quit). The dialogs themselves
// are Electron's and run only in the app; their words and the recovery they
// trigger are plain Node and tested here.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, statSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { openLibraryCore } from '../library-core.ts';
import { DATABASE_FILE, SchemaTooNewError } from '../library/database.ts';
import { LibraryDamagedError } from '../library/integrity.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { damagedLibraryChoices, recoverLibrary, startupFailure } from './startup.ts';

const root = mkdtempSync(join(tmpdir(), 'broadsheet-startup-'));
after(() => rmSync(root, { recursive: true, force: true }));

const open = (dir: string) => openLibraryCore({ libraryDir: dir, assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} } });

test('a start-up failure is one message: what failed, where, and what to do', () => {
  const where = { libraryDir: '/home/ana/.config/Broadsheet/library', preferencesFile: '/home/ana/.config/Broadsheet/preferences.json' };
  const unexpected = startupFailure(new Error('EACCES: permission denied, open \'/home/ana/.config/Broadsheet/library/library.sqlite\''), where);
  assert.match(unexpected.title, /could not start/i);
  assert.match(unexpected.detail, /permission denied/);
  assert.match(unexpected.detail, /\/home\/ana\/\.config\/Broadsheet\/library/);
  assert.match(unexpected.detail, /Quit|try again|report/i);

  const tooNew = startupFailure(new SchemaTooNewError(99), where);
  assert.match(tooNew.detail, /newer Broadsheet/);
  assert.match(tooNew.detail, /Update Broadsheet/);

  const full = startupFailure(Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13 }), where);
  assert.match(full.detail, /disk .*full.*Free some space/s);
  assert.doesNotMatch(full.detail, /database or disk is full/, 'SQLite\'s words are replaced by plain ones');
});

test('a damaged library offers restore (naming the backup), salvage and quit, and each choice does what it says', async () => {
  const dir = join(root, 'lib');
  const core = open(dir);
  await core.handlers.library.setBookmarked(1, true);
  await core.maintenance.runNow('daily');
  core.close();
  truncateSync(join(dir, DATABASE_FILE), 0);

  let damage: LibraryDamagedError | null = null;
  try {
    open(dir).close();
  } catch (error) {
    damage = error as LibraryDamagedError;
  }
  assert.ok(damage instanceof LibraryDamagedError);
  const choices = damagedLibraryChoices(damage);
  assert.match(choices.message, /damaged/);
  assert.match(choices.detail, new RegExp(dir.replace(/[/\\.]/g, '\\$&')));
  assert.deepEqual(choices.buttons.map((b) => b.action), ['restore', 'salvage', 'quit']);
  assert.match(choices.buttons[0]!.label, /Restore the backup of \d{4}-\d\d-\d\d/);

  const restored = recoverLibrary(dir, 'restore');
  assert.match(restored, /Restored the backup of/);
  const back = open(dir);
  assert.equal(back.store.counts().bookmarks, 1);
  back.close();
  assert.equal(statSync(join(dir, DATABASE_FILE)).size > 0, true);

  truncateSync(join(dir, DATABASE_FILE), 0);
  assert.match(recoverLibrary(dir, 'salvage'), /Salvaged/);
  open(dir).close();
});

test('with no backup yet, the damaged-library choice is salvage or quit', () => {
  const dir = join(root, 'no-backup');
  open(dir).close();
  truncateSync(join(dir, DATABASE_FILE), 0);
  try {
    open(dir).close();
    assert.fail('opened a damaged library');
  } catch (error) {
    assert.deepEqual(damagedLibraryChoices(error as LibraryDamagedError).buttons.map((b) => b.action), ['salvage', 'quit']);
  }
});
