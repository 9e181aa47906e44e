// The application menu as data, built from the command table. Pure: electron is
// imported for types only, so the template can be checked under plain Node.
import type { MenuItemConstructorOptions } from 'electron';
import { acceleratorFor, COMMANDS, effectiveKeymap, type CommandId, type KeymapOverrides, type MenuName } from '../shared/commands.ts';

export interface MenuTemplateOptions {
  platform: NodeJS.Platform;
  isPackaged: boolean;
  /** The person's keymap overrides, so the menu shows the keys that really work. */
  keymap?: KeymapOverrides;
  /** Sends a command to the renderer, which runs it exactly as if its key were pressed. */
  runCommand: (id: CommandId) => void;
}

function commandItems(menu: MenuName, options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const keys = effectiveKeymap(options.keymap);
  const items: MenuItemConstructorOptions[] = [];
  for (const command of COMMANDS) {
    if (!('menu' in command) || command.menu !== menu) continue;
    if ('menuSeparatorBefore' in command && command.menuSeparatorBefore && items.length > 0) items.push({ type: 'separator' });
    const accelerator = keys[command.id].map(acceleratorFor).find((a) => a !== null) ?? undefined;
    items.push({
      id: command.id,
      label: command.title,
      accelerator,
      // Shown, never registered: the renderer keymap handles every key, so keys
      // still type into text fields and the person's overrides and typing rules
      // apply in one place. Menu clicks reach the renderer as menuCommand.
      registerAccelerator: false,
      click: () => options.runCommand(command.id),
    });
  }
  return items;
}

export function menuTemplate(options: MenuTemplateOptions): MenuItemConstructorOptions[] {
  const isMac = options.platform === 'darwin';
  const dev = !options.isPackaged;
  return [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    { label: 'File', submenu: [...commandItems('File', options), { type: 'separator' }, isMac ? { role: 'close' } : { role: 'quit' }] },
    {
      // Undo is ours (it undoes mark all as read, unsubscribe and removing a bookmark, and typing
      // in a text field); the rest are the system's editing roles, which text fields need on macOS.
      label: 'Edit',
      submenu: [
        ...commandItems('Edit', options),
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
      ],
    },
    {
      label: 'View',
      submenu: [
        ...commandItems('View', options),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(dev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : []),
      ],
    },
    { label: 'Go', submenu: commandItems('Go', options) },
    { label: 'Article', submenu: commandItems('Article', options) },
    { role: 'windowMenu' },
    { role: 'help', submenu: commandItems('Help', options) },
  ];
}
