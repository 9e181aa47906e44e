// The one command table. The renderer keymap, the application menu (with its
// accelerators), the command palette, the help overlay, the keymap editor and
// the README shortcut table are all derived from COMMANDS; nothing else keeps
// a list of actions or keys. Plain TypeScript: no 'electron', no 'node:'.
//
// Binding syntax: a chord is optional modifiers then a key, joined by '+'
// ('j', 'Shift+A', 'Mod+K', 'ArrowDown', 'Space', '?'); a sequence is chords
// separated by one space ('g a'). 'Mod' is Ctrl on Windows and Linux and Cmd on
// macOS. Letters are lower case when bare and upper case with a modifier.

export type CommandCategory = 'Articles' | 'Library' | 'Reading' | 'Go to' | 'Focus' | 'Listen' | 'View' | 'Help';
export type MenuName = 'File' | 'Edit' | 'Go' | 'Article' | 'View' | 'Help';

export interface CommandSpec {
  id: string;
  title: string;
  category: CommandCategory;
  /** Default bindings, most familiar first; the first chord-only one becomes the menu accelerator. */
  keys: readonly string[];
  /** The application menu this command appears in, if any. */
  menu?: MenuName;
  /** Draws a separator in the menu before this item. */
  menuSeparatorBefore?: boolean;
}

export const COMMANDS = [
  { id: 'article.next', title: 'Next article', category: 'Articles', keys: ['j', 'ArrowDown'], menu: 'Go' },
  { id: 'article.previous', title: 'Previous article', category: 'Articles', keys: ['k', 'ArrowUp'], menu: 'Go' },
  { id: 'article.nextUnread', title: 'Next unread article', category: 'Articles', keys: ['n'], menu: 'Go' },
  { id: 'article.previousUnread', title: 'Previous unread article', category: 'Articles', keys: ['p'], menu: 'Go' },
  { id: 'article.open', title: 'Open article', category: 'Articles', keys: ['Enter', 'o'], menu: 'Article' },
  { id: 'article.openOriginal', title: 'Open original in browser', category: 'Articles', keys: ['v'], menu: 'Article' },
  { id: 'article.toggleBookmark', title: 'Bookmark or remove bookmark', category: 'Articles', keys: ['b'], menu: 'Article' },
  { id: 'article.toggleRead', title: 'Mark read or unread', category: 'Articles', keys: ['m'], menu: 'Article' },
  { id: 'library.markAllRead', title: 'Mark all as read', category: 'Articles', keys: ['Shift+A'], menu: 'Article', menuSeparatorBefore: true },
  // Undoes the latest of: mark all as read, unsubscribe, removing a bookmark. In a text field it undoes typing.
  { id: 'edit.undo', title: 'Undo', category: 'Articles', keys: ['Mod+Z'], menu: 'Edit' },
  // r refreshes what the list shows: one source, else every source.
  { id: 'library.refresh', title: 'Refresh the source shown, or all sources', category: 'Articles', keys: ['r'], menu: 'File' },
  { id: 'source.settings', title: 'Source settings', category: 'Articles', keys: ['s'], menu: 'File' },
  { id: 'search.focus', title: 'Search', category: 'Articles', keys: ['/'], menu: 'File' },

  // What the sidebar offers, reachable without it (it may be folded away or off screen).
  { id: 'source.add', title: 'Add source…', category: 'Library', keys: ['a'], menu: 'File', menuSeparatorBefore: true },
  { id: 'library.refreshAll', title: 'Refresh all sources', category: 'Library', keys: [], menu: 'File' },
  // No default keys: they are occasional, and the palette and the File menu reach them.
  { id: 'subscriptions.import', title: 'Import subscriptions (OPML)…', category: 'Library', keys: [], menu: 'File', menuSeparatorBefore: true },
  { id: 'subscriptions.export', title: 'Export subscriptions (OPML)…', category: 'Library', keys: [], menu: 'File' },
  { id: 'bookmarks.export', title: 'Export bookmarks…', category: 'Library', keys: [], menu: 'File', menuSeparatorBefore: true },
  { id: 'bookmarks.import', title: 'Import bookmarks (JSON)…', category: 'Library', keys: [], menu: 'File' },
  { id: 'account.settings', title: 'Sync account…', category: 'Library', keys: [], menu: 'File', menuSeparatorBefore: true },
  // Asks first, in the source settings dialog of one of its sources (which owns the command).
  { id: 'library.removeSampleEdition', title: 'Remove the sample edition…', category: 'Library', keys: [], menu: 'File' },

  { id: 'reading.pageDown', title: 'Scroll down, then next unread', category: 'Reading', keys: ['Space'] },
  { id: 'reading.pageUp', title: 'Scroll up', category: 'Reading', keys: ['Shift+Space'] },
  { id: 'related.next', title: 'Next related story', category: 'Reading', keys: [']'], menu: 'Go', menuSeparatorBefore: true },
  { id: 'related.previous', title: 'Previous related story', category: 'Reading', keys: ['['], menu: 'Go' },

  { id: 'go.all', title: 'Go to All articles', category: 'Go to', keys: ['g a'], menu: 'Go', menuSeparatorBefore: true },
  { id: 'go.unread', title: 'Go to Unread', category: 'Go to', keys: ['g u'], menu: 'Go' },
  { id: 'go.bookmarks', title: 'Go to Bookmarks', category: 'Go to', keys: ['g b'], menu: 'Go' },
  { id: 'go.bigPicture', title: 'Go to Big picture', category: 'Go to', keys: ['g p'], menu: 'Go' },

  { id: 'focus.next', title: 'Focus next pane', category: 'Focus', keys: ['l', 'ArrowRight'], menu: 'Go', menuSeparatorBefore: true },
  { id: 'focus.previous', title: 'Focus previous pane', category: 'Focus', keys: ['h', 'ArrowLeft'], menu: 'Go' },
  { id: 'app.escape', title: 'Close, or go back', category: 'Focus', keys: ['Escape'] },

  { id: 'listen.toggle', title: 'Listen: play or pause', category: 'Listen', keys: ['Shift+L'], menu: 'Article', menuSeparatorBefore: true },
  { id: 'listen.previous', title: 'Listen: previous paragraph', category: 'Listen', keys: ['{'], menu: 'Article' },
  { id: 'listen.next', title: 'Listen: next paragraph', category: 'Listen', keys: ['}'], menu: 'Article' },
  { id: 'listen.slower', title: 'Listen: slower', category: 'Listen', keys: ['<'], menu: 'Article' },
  { id: 'listen.faster', title: 'Listen: faster', category: 'Listen', keys: ['>'], menu: 'Article' },
  // A podcast episode's player (bs-player): keys a podcast app would use, clear of Listen's.
  { id: 'player.toggle', title: 'Episode: play or pause', category: 'Listen', keys: ['Shift+P'], menu: 'Article', menuSeparatorBefore: true },
  { id: 'player.back', title: 'Episode: back 15 seconds', category: 'Listen', keys: [','], menu: 'Article' },
  { id: 'player.forward', title: 'Episode: forward 30 seconds', category: 'Listen', keys: ['.'], menu: 'Article' },
  { id: 'player.slower', title: 'Episode: slower', category: 'Listen', keys: ['('], menu: 'Article' },
  { id: 'player.faster', title: 'Episode: faster', category: 'Listen', keys: [')'], menu: 'Article' },

  // Panes fold away and come back; on a narrow window they open over the others.
  { id: 'view.toggleSources', title: 'Show or hide sources', category: 'View', keys: ['Shift+S'], menu: 'View' },
  { id: 'view.toggleRelated', title: 'Show or hide related stories', category: 'View', keys: ['Shift+R'], menu: 'View' },
  { id: 'view.toggleTagline', title: 'Show or hide the tagline', category: 'View', keys: [], menu: 'View' },
  { id: 'view.fontLarger', title: 'Larger text', category: 'View', keys: ['+', '='], menu: 'View', menuSeparatorBefore: true },
  { id: 'view.fontSmaller', title: 'Smaller text', category: 'View', keys: ['-'], menu: 'View' },
  { id: 'view.fontReset', title: 'Default text size', category: 'View', keys: ['0'], menu: 'View' },
  // Folding is a preference (Preferences, Reading); the palette and the View menu reach it too.
  { id: 'view.toggleFolding', title: 'Fold stories: one row per story, or every article', category: 'View', keys: [], menu: 'View' },
  { id: 'theme.cycle', title: 'Next theme (system, light, dark)', category: 'View', keys: ['t'], menu: 'View', menuSeparatorBefore: true },
  { id: 'theme.system', title: 'Theme: follow the system', category: 'View', keys: [] },
  { id: 'theme.light', title: 'Theme: light', category: 'View', keys: [] },
  { id: 'theme.dark', title: 'Theme: dark', category: 'View', keys: [] },

  { id: 'app.palette', title: 'Command palette', category: 'Help', keys: ['Mod+K'], menu: 'Help' },
  { id: 'app.help', title: 'Keyboard shortcuts', category: 'Help', keys: ['?'], menu: 'Help' },
  { id: 'app.keymap', title: 'Customize keyboard shortcuts', category: 'Help', keys: [], menu: 'Help' },
  { id: 'app.preferences', title: 'Preferences', category: 'Help', keys: ['Mod+,'], menu: 'Edit' },
  { id: 'app.about', title: 'About Broadsheet: library size and folder', category: 'Help', keys: [], menu: 'Help' },
] as const satisfies readonly CommandSpec[];

export type CommandId = (typeof COMMANDS)[number]['id'];

export const CATEGORIES: readonly CommandCategory[] = ['Articles', 'Library', 'Reading', 'Go to', 'Focus', 'Listen', 'View', 'Help'];

const byId = new Map<string, CommandSpec>(COMMANDS.map((c) => [c.id, c]));

export function isCommandId(id: string): id is CommandId {
  return byId.has(id);
}

export function commandById(id: string): CommandSpec | undefined {
  return byId.get(id);
}

/** User overrides as stored in preferences: command id → its complete list of bindings ([] unbinds it). */
export type KeymapOverrides = Record<string, string[]>;
export type Keymap = Record<CommandId, readonly string[]>;

const MODIFIERS = ['Mod', 'Ctrl', 'Alt', 'Shift'] as const;
type Modifier = (typeof MODIFIERS)[number];
const NAMED_KEYS = new Set([
  'Enter', 'Escape', 'Space', 'Tab', 'Backspace', 'Delete', 'Insert', 'Home', 'End', 'PageUp', 'PageDown',
  'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight',
  ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`),
]);
const ALIASES: Record<string, string> = { esc: 'Escape', return: 'Enter', up: 'ArrowUp', down: 'ArrowDown', left: 'ArrowLeft', right: 'ArrowRight', ' ': 'Space', spacebar: 'Space', plus: '+' };
const MODIFIER_ALIASES: Record<string, Modifier> = { mod: 'Mod', cmdorctrl: 'Mod', commandorcontrol: 'Mod', ctrl: 'Ctrl', control: 'Ctrl', alt: 'Alt', option: 'Alt', shift: 'Shift' };

function canonicalKey(raw: string): string | null {
  const alias = ALIASES[raw.toLowerCase()] ?? ALIASES[raw];
  if (alias) return alias;
  const named = [...NAMED_KEYS].find((k) => k.toLowerCase() === raw.toLowerCase());
  if (named) return named;
  // One printable character (not a space, not a control character).
  return [...raw].length === 1 && raw.trim() !== '' && raw >= ' ' ? raw : null;
}

/** Builds the canonical chord text, or null if the key cannot be bound. */
export function formatChord(modifiers: Iterable<Modifier>, rawKey: string): string | null {
  const key = canonicalKey(rawKey);
  if (!key) return null;
  const mods = new Set(modifiers);
  const isLetter = /^[a-z]$/i.test(key);
  // An upper-case letter written bare ('A') means Shift; with modifiers ('Mod+K') case is only style.
  if (isLetter && key !== key.toLowerCase() && mods.size === 0) mods.add('Shift');
  // Shift only changes which character a symbol key gives ('?' is Shift+/), so for symbols the character says it all.
  if (!isLetter && !NAMED_KEYS.has(key) && key.length === 1) mods.delete('Shift');
  const ordered = MODIFIERS.filter((m) => mods.has(m));
  const shownKey = isLetter ? (ordered.length ? key.toUpperCase() : key.toLowerCase()) : key;
  return [...ordered, shownKey].join('+');
}

/** Parses and normalises one chord ('ctrl+k' → 'Ctrl+K'); null when it is not valid. */
export function parseChord(text: string): string | null {
  if (text === '+') return '+';
  const parts = text.endsWith('++') ? [...text.slice(0, -2).split('+'), '+'] : text.split('+');
  const key = parts.pop();
  if (!key) return null;
  const mods: Modifier[] = [];
  for (const part of parts) {
    const mod = MODIFIER_ALIASES[part.toLowerCase()];
    if (!mod) return null;
    mods.push(mod);
  }
  return formatChord(mods, key);
}

/** Parses and normalises a binding ('g a', 'Mod+K'); null when any chord is invalid. At most three chords. */
export function parseBinding(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || trimmed.length > 64) return null;
  const chords = trimmed === 'Space' || trimmed === ' ' ? ['Space'] : trimmed.split(/ +/);
  if (chords.length > 3) return null;
  const parsed = chords.map(parseChord);
  return parsed.every((c): c is string => c !== null) ? parsed.join(' ') : null;
}

export function chordsOf(binding: string): string[] {
  return binding.split(' ');
}

/** Keeps overrides for known commands with valid bindings only; used by the preferences normaliser. */
export function normalizeKeymapOverrides(raw: unknown): KeymapOverrides {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return {};
  const result: KeymapOverrides = {};
  for (const [id, bindings] of Object.entries(raw as Record<string, unknown>)) {
    if (!isCommandId(id) || !Array.isArray(bindings)) continue;
    const clean = bindings.map((b) => (typeof b === 'string' ? parseBinding(b) : null)).filter((b): b is string => b !== null);
    result[id] = [...new Set(clean)].slice(0, 4);
  }
  return result;
}

/** Default bindings with the person's overrides applied. */
export function effectiveKeymap(overrides: KeymapOverrides = {}): Keymap {
  const map = {} as Record<CommandId, readonly string[]>;
  for (const command of COMMANDS) map[command.id] = overrides[command.id] ?? command.keys;
  return map;
}

export interface KeyConflict {
  binding: string;
  /** The binding that clashes: the same one, or a prefix of it / a sequence it starts. */
  other: string;
  commands: [CommandId, CommandId];
}

/**
 * Two commands clash when they share a binding, or when one binding is the
 * start of another's sequence ('g' would make 'g a' unreachable).
 */
export function findConflicts(keymap: Keymap): KeyConflict[] {
  const entries = (Object.entries(keymap) as [CommandId, readonly string[]][]).flatMap(([id, bindings]) => bindings.map((binding) => ({ id, binding })));
  const conflicts: KeyConflict[] = [];
  for (let i = 0; i < entries.length; i++) {
    for (let j = i + 1; j < entries.length; j++) {
      const a = entries[i]!;
      const b = entries[j]!;
      if (a.id === b.id) continue;
      if (a.binding === b.binding || b.binding.startsWith(`${a.binding} `) || a.binding.startsWith(`${b.binding} `)) {
        conflicts.push({ binding: a.binding, other: b.binding, commands: [a.id, b.id] });
      }
    }
  }
  return conflicts;
}

const MAC_SYMBOLS: Record<string, string> = { Mod: '⌘', Ctrl: '⌃', Alt: '⌥', Shift: '⇧' };
const KEY_LABELS: Record<string, string> = { ArrowUp: '↑', ArrowDown: '↓', ArrowLeft: '←', ArrowRight: '→', Escape: 'Esc' };

/** How a binding is shown to a person: 'Ctrl+K' or '⌘K', 'g then a'. */
export function bindingLabel(binding: string, platform: 'mac' | 'other' = 'other'): string {
  return chordsOf(binding)
    .map((chord) => {
      const parts = chord === '+' ? ['+'] : chord.endsWith('++') ? [...chord.slice(0, -2).split('+'), '+'] : chord.split('+');
      const key = parts.pop()!;
      const shownKey = KEY_LABELS[key] ?? key;
      if (platform === 'mac') return parts.map((m) => MAC_SYMBOLS[m] ?? m).join('') + shownKey;
      return [...parts.map((m) => (m === 'Mod' ? 'Ctrl' : m)), shownKey].join('+');
    })
    .join(' then ');
}

const ACCELERATOR_KEYS: Record<string, string> = { ArrowUp: 'Up', ArrowDown: 'Down', ArrowLeft: 'Left', ArrowRight: 'Right', Escape: 'Esc', '+': 'Plus', Enter: 'Return' };

/** An Electron accelerator for a one-chord binding; sequences have none. */
export function acceleratorFor(binding: string): string | null {
  if (binding.includes(' ') && binding !== 'Space') return null;
  const parts = binding === '+' ? ['+'] : binding.endsWith('++') ? [...binding.slice(0, -2).split('+'), '+'] : binding.split('+');
  const key = parts.pop()!;
  const mods = parts.map((m) => (m === 'Mod' ? 'CmdOrCtrl' : m === 'Ctrl' ? 'Control' : m));
  return [...mods, ACCELERATOR_KEYS[key] ?? (key.length === 1 ? key.toUpperCase() : key)].join('+');
}
