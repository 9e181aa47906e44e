import assert from 'node:assert/strict';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { libraryDir, userDataDir } from './paths.ts';

test('the library lives in the per-user data directory of each OS', () => {
  assert.equal(userDataDir('win32', { APPDATA: 'C:\\Users\\ada\\AppData\\Roaming' }), join('C:\\Users\\ada\\AppData\\Roaming', 'Broadsheet'));
  assert.equal(userDataDir('darwin', {}), join(homedir(), 'Library', 'Application Support', 'Broadsheet'));
  assert.equal(userDataDir('linux', {}), join(homedir(), '.config', 'Broadsheet'));
  assert.equal(userDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }), join('/xdg', 'Broadsheet'));
  assert.equal(libraryDir(null, {}, 'linux'), join(homedir(), '.config', 'Broadsheet', 'library'));
});

test('an explicit directory beats the environment, which beats the default', () => {
  assert.equal(libraryDir('/explicit', { BROADSHEET_LIBRARY: '/env' }), '/explicit');
  assert.equal(libraryDir(null, { BROADSHEET_LIBRARY: '/env' }), '/env');
});
