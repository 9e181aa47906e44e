// The command table lives in electron/shared (no node: imports allowed there), so its test sits here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  acceleratorFor,
  bindingLabel,
  CATEGORIES,
  COMMANDS,
  effectiveKeymap,
  findConflicts,
  normalizeKeymapOverrides,
  parseBinding,
} from '../shared/commands.ts';

test('command ids are unique and every default binding is already in canonical form', () => {
  const ids = COMMANDS.map((c) => c.id);
  assert.equal(new Set(ids).size, ids.length);
  for (const command of COMMANDS) {
    assert.ok(CATEGORIES.includes(command.category), command.id);
    for (const key of command.keys) assert.equal(parseBinding(key), key, `${command.id}: ${key}`);
  }
});

test('the default keymap has no conflicts', () => {
  assert.deepEqual(findConflicts(effectiveKeymap()), []);
});

test('the issue asks for these default keys', () => {
  const keys = effectiveKeymap();
  assert.deepEqual(keys['article.next'], ['j', 'ArrowDown']);
  assert.deepEqual(keys['library.markAllRead'], ['Shift+A']);
  assert.deepEqual(keys['go.bigPicture'], ['g p']);
  assert.deepEqual(keys['app.palette'], ['Mod+K']);
  assert.deepEqual(keys['app.help'], ['?']);
  assert.deepEqual(keys['reading.pageUp'], ['Shift+Space']);
});

test('bindings are normalised whatever way they were typed', () => {
  assert.equal(parseBinding('ctrl+k'), 'Ctrl+K');
  assert.equal(parseBinding('CmdOrCtrl+k'), 'Mod+K');
  assert.equal(parseBinding('A'), 'Shift+A');
  assert.equal(parseBinding('shift+a'), 'Shift+A');
  assert.equal(parseBinding('Shift+?'), '?');
  assert.equal(parseBinding('G  A'), 'Shift+G Shift+A');
  assert.equal(parseBinding('g a'), 'g a');
  assert.equal(parseBinding('esc'), 'Escape');
  assert.equal(parseBinding('Mod++'), 'Mod++');
  assert.equal(parseBinding('Hyper+x'), null);
  assert.equal(parseBinding(''), null);
  assert.equal(parseBinding('a b c d'), null);
});

test('conflicts: the same binding twice, and a key that starts another command’s sequence', () => {
  const same = findConflicts(effectiveKeymap({ 'article.toggleRead': ['b'] }));
  assert.deepEqual(same, [{ binding: 'b', other: 'b', commands: ['article.toggleBookmark', 'article.toggleRead'] }]);
  const prefix = findConflicts(effectiveKeymap({ 'theme.cycle': ['g'] }));
  assert.equal(prefix.length, 4);
  assert.ok(prefix.every((c) => c.commands.includes('theme.cycle')));
});

test('stored overrides keep only known commands and valid bindings', () => {
  assert.deepEqual(normalizeKeymapOverrides({ 'article.next': ['J', 'nonsense+key', 3], 'no.such': ['x'], 'app.help': [] }), {
    'article.next': ['Shift+J'],
    'app.help': [],
  });
  assert.deepEqual(normalizeKeymapOverrides('junk'), {});
  assert.deepEqual(normalizeKeymapOverrides(['x']), {});
});

test('labels and accelerators for people and for the menu', () => {
  assert.equal(bindingLabel('Mod+K'), 'Ctrl+K');
  assert.equal(bindingLabel('Mod+K', 'mac'), '⌘K');
  assert.equal(bindingLabel('g a'), 'g then a');
  assert.equal(bindingLabel('ArrowDown'), '↓');
  assert.equal(acceleratorFor('Mod+K'), 'CmdOrCtrl+K');
  assert.equal(acceleratorFor('Shift+A'), 'Shift+A');
  assert.equal(acceleratorFor('j'), 'J');
  assert.equal(acceleratorFor('+'), 'Plus');
  assert.equal(acceleratorFor('Space'), 'Space');
  assert.equal(acceleratorFor('g a'), null);
});

test('the keymap preference is normalised with the other preferences', async () => {
  const { normalizePreferences, DEFAULT_PREFERENCES } = await import('./kernel/preferences.ts');
  assert.deepEqual(DEFAULT_PREFERENCES.keymap, {});
  assert.deepEqual(normalizePreferences({ keymap: { 'article.next': ['x'], bogus: ['y'] } }).keymap, { 'article.next': ['x'] });
  assert.deepEqual(normalizePreferences({ keymap: 42 }).keymap, {});
});

test('issue #15: every sidebar action and each pane has a command, Undo is Mod+Z, and r says what it refreshes', () => {
  const keys = effectiveKeymap();
  assert.deepEqual(keys['source.add'], ['a']);
  assert.deepEqual(keys['library.refreshAll'], []);
  assert.deepEqual(keys['edit.undo'], ['Mod+Z']);
  assert.deepEqual(keys['view.toggleSources'], ['Shift+S']);
  assert.deepEqual(keys['view.toggleRelated'], ['Shift+R']);
  const title = (id: string) => COMMANDS.find((c) => c.id === id)!.title;
  assert.equal(title('library.refresh'), 'Refresh the source shown, or all sources');
  assert.equal(title('source.add'), 'Add source…');
});
