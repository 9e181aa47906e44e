// Issue #13, items 5, 7 and 8, as wired in the Electron shell. The shell
// cannot run here (no Electron binary), so these read its source: that
// preferences open through openStoredPreferences (a damaged file is moved
// aside), that any failure inside start() reaches one dialog and a clean exit,
// that a damaged library is offered restore or salvage, and that the app runs
// the daily check and backup and resumes unmade offline copies.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const main = readFileSync(join(import.meta.dirname, 'main.ts'), 'utf8');

test('preferences open through openStoredPreferences, never a bare new Store that throws on a damaged file', () => {
  assert.match(main, /openStoredPreferences\(\s*\(\)\s*=>\s*new Store/);
  assert.doesNotMatch(main, /readonly #store = new Store/);
});

test('a failure anywhere in start() shows one dialog and exits cleanly', () => {
  // .then(start, onRejected) would not see a failure inside start(); .catch after it does.
  assert.doesNotMatch(main, /whenReady\(\)\.then\(start,/);
  assert.match(main, /whenReady\(\)\s*\.then\(start\)\s*\.catch\(/);
  assert.match(main, /startupFailure\(/);
  assert.match(main, /dialog\.showErrorBox\(/);
  assert.match(main, /app\.exit\(1\)/);
});

test('a damaged library is offered restore or salvage before anything else opens', () => {
  assert.match(main, /instanceof LibraryDamagedError/);
  assert.match(main, /damagedLibraryChoices\(/);
  assert.match(main, /recoverLibrary\(/);
});

test('the app runs the daily check and backup, resumes unmade offline copies, and shows a preferences notice', () => {
  assert.match(main, /maintenance:\s*(true|\{)/);
  assert.match(main, /resumeOfflineCopies:\s*true/);
  assert.match(main, /notice/);
});
