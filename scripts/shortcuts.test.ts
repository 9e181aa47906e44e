import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { COMMANDS } from '../electron/shared/commands.ts';
import { END_MARKER, readmeBlock, ROOT, shortcutsDoc, shortcutTable, START_MARKER } from './shortcuts.ts';

test('the generated table has one row per command of the command table', () => {
  const rows = shortcutTable().split('\n').slice(2);
  assert.equal(rows.length, COMMANDS.length);
  for (const command of COMMANDS) assert.ok(rows.some((r) => r.includes(`| ${command.title} |`)), command.id);
  assert.match(shortcutTable(), /\| Go to All articles \| `g` then `a` \|/);
  assert.match(shortcutTable(), /`Ctrl\+K` \(`⌘K` on macOS\)/);
});

test('README.md holds exactly the generated shortcut table between its markers', () => {
  const block = readmeBlock(readFileSync(join(ROOT, 'README.md'), 'utf8'));
  assert.notEqual(block, null, `README.md needs the generated table between ${START_MARKER} and ${END_MARKER}: run node scripts/shortcuts.ts and paste its output.`);
  assert.equal(block, shortcutTable(), 'README.md shortcut table is out of date: run node scripts/shortcuts.ts and paste its output.');
});

test('docs/shortcuts.md is the generated document', () => {
  assert.equal(readFileSync(join(ROOT, 'docs', 'shortcuts.md'), 'utf8'), shortcutsDoc(), 'run node scripts/shortcuts.ts');
});
