import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorFor, COMMANDS } from '../shared/commands.ts';
import { menuTemplate } from './menu-template.ts';

function commandItems(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((top) => (Array.isArray(top.submenu) ? top.submenu : [])).filter((item) => typeof item.id === 'string');
}

test('the menu holds exactly the commands the table puts in a menu, with their titles and first accelerator', () => {
  const template = menuTemplate({ platform: 'linux', isPackaged: true, runCommand: () => {} });
  const items = commandItems(template);
  const expected = COMMANDS.filter((c) => 'menu' in c);
  assert.deepEqual(items.map((i) => i.id).sort(), expected.map((c) => c.id).sort());
  for (const command of expected) {
    const item = items.find((i) => i.id === command.id)!;
    assert.equal(item.label, command.title);
    const accelerator = command.keys.map(acceleratorFor).find((a) => a !== null);
    assert.equal(item.accelerator, accelerator ?? undefined, command.id);
    assert.equal(item.registerAccelerator, false, 'keys are handled by the renderer keymap only');
  }
});

test('each command sits in the menu the table names', () => {
  const template = menuTemplate({ platform: 'linux', isPackaged: true, runCommand: () => {} });
  for (const c of COMMANDS) {
    if (!('menu' in c)) continue;
    const top = template.find((t) => t.label === c.menu || (c.menu === 'Help' && t.role === 'help'))!;
    assert.ok((top.submenu as MenuItemConstructorOptions[]).some((i) => i.id === c.id), `${c.id} under ${c.menu}`);
  }
});

test('clicking an item sends its command id; overrides change the accelerator shown', () => {
  const sent: string[] = [];
  const template = menuTemplate({ platform: 'darwin', isPackaged: true, keymap: { 'article.toggleBookmark': ['Shift+B'] }, runCommand: (id) => sent.push(id) });
  const bookmark = commandItems(template).find((i) => i.id === 'article.toggleBookmark')!;
  assert.equal(bookmark.accelerator, 'Shift+B');
  (bookmark.click as () => void)();
  assert.deepEqual(sent, ['article.toggleBookmark']);
  assert.equal(template[0]!.role, 'appMenu');
});

test('developer items only in unpackaged builds', () => {
  const roles = (packaged: boolean) =>
    (menuTemplate({ platform: 'linux', isPackaged: packaged, runCommand: () => {} }).find((t) => t.label === 'View')!.submenu as MenuItemConstructorOptions[]).map((i) => i.role);
  assert.ok(!roles(true).includes('toggleDevTools'));
  assert.ok(roles(false).includes('toggleDevTools'));
});

test('File holds import and export of subscriptions and bookmarks, in their own groups, with no keys of their own', () => {
  const file = menuTemplate({ platform: 'linux', isPackaged: true, runCommand: () => {} }).find((t) => t.label === 'File')!.submenu as MenuItemConstructorOptions[];
  const labels = file.map((i) => (i.type === 'separator' ? '—' : (i.label ?? i.role)));
  assert.deepEqual(labels, [
    'Refresh the source shown, or all sources',
    'Source settings',
    'Search',
    '—',
    'Add source…',
    'Refresh all sources',
    '—',
    'Import subscriptions (OPML)…',
    'Export subscriptions (OPML)…',
    '—',
    'Export bookmarks…',
    'Import bookmarks (JSON)…',
    '—',
    'Sync account…',
    'Remove the sample edition…',
    '—',
    'quit',
  ]);
  for (const id of ['subscriptions.import', 'subscriptions.export', 'bookmarks.export', 'bookmarks.import', 'account.settings']) {
    assert.equal(file.find((i) => i.id === id)!.accelerator, undefined, id);
  }
});

test('Edit: Undo is the command table’s (the renderer undoes typing in a text field itself), beside the system’s editing roles', () => {
  const edit = menuTemplate({ platform: 'darwin', isPackaged: true, runCommand: () => {} }).find((t) => t.label === 'Edit')!.submenu as MenuItemConstructorOptions[];
  const undo = edit.find((i) => i.id === 'edit.undo')!;
  assert.equal(undo.accelerator, 'CmdOrCtrl+Z');
  assert.equal(undo.registerAccelerator, false);
  assert.ok(!edit.some((i) => i.role === 'undo'), 'a role: undo item would take Cmd+Z before the renderer sees it');
  for (const role of ['redo', 'cut', 'copy', 'paste', 'selectAll']) assert.ok(edit.some((i) => i.role === role), role);
});
