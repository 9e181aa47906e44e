// Every preference's default and bounds, written once. The contract's zod
// schema, the core's stores (file, memory, electron-store) and the renderer's
// controls all read them from here, so a bound cannot differ between the
// check at the bridge and the control that offers the value.
import { normalizeKeymapOverrides } from './commands.ts';
import type { Preferences, WindowBounds } from './models.ts';

/** An inclusive whole-number range. */
export interface IntRange {
  readonly min: number;
  readonly max: number;
}

/** Reading-pane text size in CSS pixels. */
export const FONT_SIZE: IntRange & { readonly step: number } = { min: 12, max: 32, step: 1 };
/** Minutes between scheduled refreshes, for the preference and for a source's own interval. */
export const REFRESH_MINUTES: IntRange = { min: 5, max: 24 * 60 };
/** Days a feed article is kept (bookmarks and the newest per source are always kept). */
export const RETENTION_DAYS: IntRange = { min: 1, max: 3650 };
/**
 * Pane widths in CSS pixels, as the person dragged them; the reading pane takes what is left.
 * The minimums keep a name and a count readable; the maximums leave the reading pane its room.
 */
export const PANE_WIDTHS = {
  sources: { min: 160, max: 480 },
  list: { min: 256, max: 640 },
  related: { min: 200, max: 480 },
} as const satisfies Record<string, IntRange>;
export type PaneName = keyof typeof PANE_WIDTHS;
/** Megabytes of podcast audio kept offline for bookmarked episodes, all together (0: none). */
export const OFFLINE_AUDIO_MB: IntRange = { min: 0, max: 100_000 };
/** The window's size: its own minimum, and more than any display has. */
export const WINDOW_WIDTH: IntRange = { min: 720, max: 16_384 };
export const WINDOW_HEIGHT: IntRange = { min: 480, max: 16_384 };
/** A window position further out than this is on no screen (and may be 1e308 in a damaged file). */
const WINDOW_POSITION_LIMIT = 100_000;

function clampInt(value: number, range: IntRange): number {
  return Math.min(range.max, Math.max(range.min, Math.round(value)));
}

/** Window bounds as saved, made sane: sizes clamped, a position no screen could have forgotten. */
function normalizeWindowBounds(raw: unknown): WindowBounds | null {
  const b = raw as Partial<Record<keyof WindowBounds, unknown>> | null;
  if (!b || typeof b !== 'object' || typeof b.width !== 'number' || typeof b.height !== 'number') return null;
  if (Number.isNaN(b.width) || Number.isNaN(b.height)) return null;
  const bounds: WindowBounds = { width: clampInt(b.width, WINDOW_WIDTH), height: clampInt(b.height, WINDOW_HEIGHT) };
  const place = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && Math.abs(v) <= WINDOW_POSITION_LIMIT;
  if (place(b.x) && place(b.y)) {
    bounds.x = Math.round(b.x as number);
    bounds.y = Math.round(b.y as number);
  }
  return bounds;
}

export const THEMES = ['system', 'light', 'dark'] as const;
export const LIST_VIEWS = ['all', 'unread', 'bookmarks'] as const;
export const FULL_TEXT_POLICIES = ['auto', 'all', 'bookmarked', 'off'] as const;
export const STORY_ORDERS = ['first', 'latest'] as const;

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'system',
  fontSize: 18,
  lastArticleId: null,
  lastView: 'all',
  markReadOnOpen: true,
  windowBounds: null,
  refreshMinutes: 30,
  retentionDays: 90,
  offlineAudioMb: 1000,
  fullText: 'auto',
  foldStories: true,
  readStoryOnce: true,
  storyOrder: 'first',
  // Off: feed content cannot reach this computer or the local network (electron/core/net/address-guard.ts).
  allowLocalNetwork: false,
  keymap: {},
  sourcesWidth: 224,
  listWidth: 352,
  relatedWidth: 272,
  sourcesCollapsed: false,
  relatedCollapsed: false,
  showTagline: true,
};

function intIn(value: unknown, range: IntRange, fallback: number): number {
  return Number.isInteger(value) && (value as number) >= range.min && (value as number) <= range.max ? (value as number) : fallback;
}

function oneOf<T extends string>(value: unknown, choices: readonly T[], fallback: T): T {
  return choices.includes(value as T) ? (value as T) : fallback;
}

/** Keeps only known keys of the right type; anything else falls back to the default. */
export function normalizePreferences(raw: unknown): Preferences {
  const value = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const d = DEFAULT_PREFERENCES;
  const bounds = value.windowBounds as WindowBounds | null | undefined;
  return {
    theme: oneOf(value.theme, THEMES, d.theme),
    fontSize: intIn(value.fontSize, FONT_SIZE, d.fontSize),
    lastArticleId: Number.isInteger(value.lastArticleId) && (value.lastArticleId as number) > 0 ? (value.lastArticleId as number) : null,
    lastView: oneOf(value.lastView, LIST_VIEWS, d.lastView),
    markReadOnOpen: typeof value.markReadOnOpen === 'boolean' ? value.markReadOnOpen : d.markReadOnOpen,
    refreshMinutes: intIn(value.refreshMinutes, REFRESH_MINUTES, d.refreshMinutes),
    retentionDays: intIn(value.retentionDays, RETENTION_DAYS, d.retentionDays),
    offlineAudioMb: intIn(value.offlineAudioMb, OFFLINE_AUDIO_MB, d.offlineAudioMb),
    fullText: oneOf(value.fullText, FULL_TEXT_POLICIES, d.fullText),
    foldStories: typeof value.foldStories === 'boolean' ? value.foldStories : d.foldStories,
    readStoryOnce: typeof value.readStoryOnce === 'boolean' ? value.readStoryOnce : d.readStoryOnce,
    storyOrder: oneOf(value.storyOrder, STORY_ORDERS, d.storyOrder),
    allowLocalNetwork: typeof value.allowLocalNetwork === 'boolean' ? value.allowLocalNetwork : d.allowLocalNetwork,
    keymap: normalizeKeymapOverrides(value.keymap),
    sourcesWidth: intIn(value.sourcesWidth, PANE_WIDTHS.sources, d.sourcesWidth),
    listWidth: intIn(value.listWidth, PANE_WIDTHS.list, d.listWidth),
    relatedWidth: intIn(value.relatedWidth, PANE_WIDTHS.related, d.relatedWidth),
    sourcesCollapsed: typeof value.sourcesCollapsed === 'boolean' ? value.sourcesCollapsed : d.sourcesCollapsed,
    relatedCollapsed: typeof value.relatedCollapsed === 'boolean' ? value.relatedCollapsed : d.relatedCollapsed,
    showTagline: typeof value.showTagline === 'boolean' ? value.showTagline : d.showTagline,
    windowBounds: normalizeWindowBounds(bounds),
  };
}

/** The next text size a step up (+1) or down (-1) from `current`, inside the bounds; 0 resets to the default. */
export function steppedFontSize(current: number, direction: -1 | 0 | 1): number {
  if (direction === 0) return DEFAULT_PREFERENCES.fontSize;
  return Math.min(FONT_SIZE.max, Math.max(FONT_SIZE.min, current + direction * FONT_SIZE.step));
}
