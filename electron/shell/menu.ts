import { app, Menu } from 'electron';
import type { CommandId, KeymapOverrides } from '../shared/commands.ts';
import { menuTemplate } from './menu-template.ts';

/** Built again whenever the keymap preference changes, so accelerators shown match the keys that work. */
export function buildMenu(runCommand: (id: CommandId) => void = () => {}, keymap: KeymapOverrides = {}): Menu {
  return Menu.buildFromTemplate(menuTemplate({ platform: process.platform, isPackaged: app.isPackaged, keymap, runCommand }));
}
