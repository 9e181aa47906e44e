// Guards for the Electron security checklist. If one of these fails, someone
// loosened a setting: re-read the checklist before changing the test.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { isAppUrl, isOwnDownload, secureWebPreferences } from './web-preferences.ts';

const shellDir = import.meta.dirname;
const shellSource = readdirSync(shellDir)
  .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(join(shellDir, f), 'utf8'))
  .join('\n');

test('windows are isolated, sandboxed and have no Node', () => {
  const prefs = secureWebPreferences('/x/preload.cjs');
  assert.equal(prefs.contextIsolation, true);
  assert.equal(prefs.sandbox, true);
  assert.equal(prefs.nodeIntegration, false);
  assert.equal(prefs.nodeIntegrationInWorker, false);
  assert.equal(prefs.nodeIntegrationInSubFrames, false);
  assert.equal(prefs.webSecurity, true);
  assert.equal(prefs.allowRunningInsecureContent, false);
  assert.equal(prefs.webviewTag, false);
});

test('only our own app:// origin counts as the app', () => {
  assert.equal(isAppUrl('app://broadsheet/index.html'), true);
  for (const url of ['app://broadsheet.evil/index.html', 'app://other/index.html', 'file:///index.html', 'https://broadsheet/', 'javascript:1', 'nonsense']) {
    assert.equal(isAppUrl(url), false, url);
  }
});

test('the shell serves the renderer over app:// with protocol.handle, never file://', () => {
  assert.match(shellSource, /protocol\.handle\(APP_SCHEME/);
  assert.doesNotMatch(shellSource, /loadFile\(|file:\/\//);
});

test('the shell blocks navigation, denies window.open and denies permissions', () => {
  assert.match(shellSource, /'will-navigate'/);
  assert.match(shellSource, /setWindowOpenHandler\([\s\S]*?action: 'deny'/);
  assert.match(shellSource, /setPermissionRequestHandler\([^)]*\) => callback\(false\)\)/);
  assert.match(shellSource, /setPermissionCheckHandler\(\(\) => false\)/);
});

test('IPC is registered once, through the checking dispatcher of createHost', () => {
  assert.equal(shellSource.match(/ipcMain\.handle\(/g)?.length, 1);
  assert.match(shellSource, /createHost\(/);
  assert.match(shellSource, /ipcMain\.handle\(INVOKE_CHANNEL, \(event, method: unknown, args: unknown\) => \{[^}]*host\.dispatch\(/s);
  assert.doesNotMatch(shellSource, /ipcMain\.handle\([^)]*handlers/);
  assert.doesNotMatch(shellSource, /ipcMain\.on\(/);
});

test('only blob: URLs our own page made may be downloaded, and every other download is cancelled', () => {
  assert.equal(isOwnDownload('blob:app://broadsheet/6f1c2a9e-2d1b-4a57-9a43-0f5f4d2d8e11'), true);
  for (const url of ['app://broadsheet/index.html', 'blob:https://evil.example/6f1c', 'blob:app://other/6f1c', 'blob:null/6f1c', 'https://broadsheet/x.opml', 'data:text/plain,hi', 'file:///etc/passwd']) {
    assert.equal(isOwnDownload(url), false, url);
  }
  assert.match(shellSource, /'will-download', \(event, item\) => \{\s*if \(!isOwnDownload\(item\.getURL\(\)\)\) \{\s*event\.preventDefault\(\);/);
});
