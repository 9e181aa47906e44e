// The one contract between the renderer and the library. Every method the
// renderer may call and every event the main process pushes is declared here
// once; the preload, the main-process registration, the e2e Chromium host and
// the renderer client are all derived from this table. Adding a method is one
// entry here plus its handler in the feature's handler group (see docs/architecture.md).
import { z } from 'zod';
import type {
  Article,
  ArticlePage,
  ArticleSummary,
  BundledVoiceInfo,
  BookmarkImportResult,
  ConnectivityState,
  EditionInfo,
  LibraryStats,
  LibraryChange,
  OpenRequestOutcome,
  OpmlImportResult,
  PendingOpenRequest,
  Preferences,
  RefreshProgress,
  RefreshSummary,
  RelatedEntry,
  StoryCluster,
  SourceInfo,
  SubscribeResult,
  SyncAccountInfo,
  SyncConnectionTest,
  SyncSummary,
} from './models.ts';
import { BUNDLED_VOICES } from './models.ts';
import { FONT_SIZE, FULL_TEXT_POLICIES, LIST_VIEWS, OFFLINE_AUDIO_MB, PANE_WIDTHS, REFRESH_MINUTES, RETENTION_DAYS, STORY_ORDERS, THEMES } from './preferences.ts';

/** Longest string any method accepts; a search query or URL past this is refused. */
export const MAX_STRING = 2048;
export const MAX_PAGE = 500;
/** Ids one setReadMany call accepts; the renderer sends a larger undo in parts. */
export const MAX_MARKS = 10_000;
/** OPML exports from other readers can be large; only importOpml accepts this much. */
export const MAX_OPML = 5 * 1024 * 1024;
/** A bookmarks export carries full texts; only importBookmarks accepts this much. */
export const MAX_BOOKMARKS_JSON = 50 * 1024 * 1024;

const articleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const text = (max = MAX_STRING) => z.string().max(max);

const listQuery = z.strictObject({
  view: z.enum(['all', 'unread', 'bookmarks']),
  sourceId: articleId.nullable().optional(),
  folder: text(256).nullable().optional(),
  cursor: text(256).nullable().optional(),
  limit: z.number().int().min(1).max(MAX_PAGE).optional(),
  fold: z.boolean().optional(),
  storyOrder: z.enum(STORY_ORDERS).optional(),
});

const preferencesPatch = z.strictObject({
  theme: z.enum(THEMES).optional(),
  fontSize: z.number().int().min(FONT_SIZE.min).max(FONT_SIZE.max).optional(),
  lastArticleId: articleId.nullable().optional(),
  lastView: z.enum(LIST_VIEWS).optional(),
  markReadOnOpen: z.boolean().optional(),
  refreshMinutes: z.number().int().min(REFRESH_MINUTES.min).max(REFRESH_MINUTES.max).optional(),
  retentionDays: z.number().int().min(RETENTION_DAYS.min).max(RETENTION_DAYS.max).optional(),
  offlineAudioMb: z.number().int().min(OFFLINE_AUDIO_MB.min).max(OFFLINE_AUDIO_MB.max).optional(),
  fullText: z.enum(FULL_TEXT_POLICIES).optional(),
  foldStories: z.boolean().optional(),
  readStoryOnce: z.boolean().optional(),
  storyOrder: z.enum(STORY_ORDERS).optional(),
  allowLocalNetwork: z.boolean().optional(),
  /** Keyboard overrides: command id → its bindings; checked in full by normalizeKeymapOverrides. */
  keymap: z.record(z.string().max(64), z.array(z.string().max(64)).max(4)).optional(),
  sourcesWidth: z.number().int().min(PANE_WIDTHS.sources.min).max(PANE_WIDTHS.sources.max).optional(),
  listWidth: z.number().int().min(PANE_WIDTHS.list.min).max(PANE_WIDTHS.list.max).optional(),
  relatedWidth: z.number().int().min(PANE_WIDTHS.related.min).max(PANE_WIDTHS.related.max).optional(),
  sourcesCollapsed: z.boolean().optional(),
  relatedCollapsed: z.boolean().optional(),
  showTagline: z.boolean().optional(),
});

/** A sync account as the dialog or `cli account add` gives it; the password is checked for size only and never echoed in an error. */
const syncAccountInput = z.strictObject({
  service: z.enum(['ttrss', 'greader', 'fever']),
  serverUrl: text().min(1),
  user: text(256).min(1),
  password: text(1024).min(1),
});

const markAllReadScope = z.strictObject({
  sourceId: articleId.nullable().optional(),
  folder: text(256).nullable().optional(),
});

/** Declares a method: its argument tuple is checked at run time, its result type is carried for the compiler. */
function method<Result>() {
  return <Args extends z.ZodTuple>(args: Args) => ({ args, result: undefined as unknown as Result });
}

/** Declares a pushed event and its payload type. */
function event<Payload>() {
  return { payload: undefined as unknown as Payload };
}

export const contract = {
  /** Methods grouped by the feature that answers them; each group's handlers are written and type-checked as a unit. */
  methods: {
    library: {
      edition: method<EditionInfo>()(z.tuple([])),
      articles: method<ArticlePage>()(z.tuple([listQuery])),
      article: method<Article>()(z.tuple([articleId])),
      /** The shown version's plain text, for reading without a window (`cli show`) or aloud. */
      articleText: method<string>()(z.tuple([articleId])),
      search: method<ArticleSummary[]>()(z.tuple([text(512), z.number().int().min(1).max(MAX_PAGE).optional()])),
      setBookmarked: method<ArticleSummary>()(z.tuple([articleId, z.boolean()])),
      setRead: method<ArticleSummary>()(z.tuple([articleId, z.boolean()])),
      /** Marks what is unread in the scope as read; returns the ids it marked, so Undo can put back exactly those. */
      markAllRead: method<number[]>()(z.tuple([markAllReadScope])),
      /** Marks these articles read or unread (Undo of "Mark all as read"); returns how many changed. Missing ids are skipped. */
      setReadMany: method<number>()(z.tuple([z.array(articleId).max(MAX_MARKS), z.boolean()])),
      /** Counts of articles, bookmarks and sources, and the library's size on disk (About dialog, `cli stats`). */
      stats: method<LibraryStats>()(z.tuple([])),
      /** Removes the sample edition, its sources and articles (bookmarks keep their copy); it is not seeded again. */
      removeSampleEdition: method<{ sources: number; articles: number }>()(z.tuple([])),
      /** Remembers how far an enclosure (podcast episode) was played, in seconds; false when the article has no such enclosure. */
      savePlaybackPosition: method<boolean>()(z.tuple([articleId, z.number().int().min(0).max(64), z.number().min(0).max(1e7)])),
    },
    related: {
      articles: method<RelatedEntry[]>()(z.tuple([articleId])),
      /** Marks every article of `id`'s story read (reading a folded story once); returns the ids it marked, for Undo. */
      markStoryRead: method<number[]>()(z.tuple([articleId])),
      /** "Prefer as the story's lead" for a source; returns the setting now in force. */
      setStoryLead: method<boolean>()(z.tuple([articleId, z.boolean()])),
      bigPicture: method<StoryCluster[]>()(
        z.tuple([
          z.strictObject({
            since: z.literal('24h').nullable().optional(),
            day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
          }),
        ]),
      ),
    },
    feeds: {
      sources: method<SourceInfo[]>()(z.tuple([])),
      subscribe: method<SubscribeResult>()(z.tuple([text().min(1), text().optional()])),
      unsubscribe: method<boolean>()(z.tuple([articleId])),
      /** Renames a source or moves it to another folder (an empty folder: none); what is not given stays. */
      updateSource: method<SourceInfo>()(
        z.tuple([articleId, z.strictObject({ title: text(200).optional(), folder: text(256).nullable().optional() })]),
      ),
      refresh: method<RefreshSummary>()(z.tuple([articleId.nullable().optional()])),
      /** A source's own refresh interval in minutes, or null to follow the preference. */
      setRefresh: method<SourceInfo>()(z.tuple([articleId, z.number().int().min(REFRESH_MINUTES.min).max(REFRESH_MINUTES.max).nullable()])),
      importOpml: method<OpmlImportResult>()(z.tuple([text(MAX_OPML)])),
      exportOpml: method<string>()(z.tuple([])),
    },
    offline: {
      fetchFullText: method<Article>()(z.tuple([articleId])),
      setVersion: method<Article>()(z.tuple([articleId, z.enum(['full', 'feed'])])),
      connectivity: method<ConnectivityState>()(z.tuple([])),
      reportNetworkStatus: method<ConnectivityState>()(z.tuple([z.boolean()])),
    },
    bookmarks: {
      export: method<string>()(z.tuple([z.enum(['markdown', 'html', 'json'])])),
      import: method<BookmarkImportResult>()(z.tuple([text(MAX_BOOKMARKS_JSON)])),
    },
    /** The sync account (Tiny Tiny RSS, Google Reader API, Fever API): at most one per library. */
    sync: {
      account: method<SyncAccountInfo | null>()(z.tuple([])),
      /** Signs in without saving anything ("Test connection"). */
      test: method<SyncConnectionTest>()(z.tuple([syncAccountInput])),
      /** Tests, then saves the account with its password sealed; the same account again replaces the password. */
      addAccount: method<SyncAccountInfo>()(z.tuple([syncAccountInput])),
      /** Forgets the account; its sources and articles stay as local ones. */
      removeAccount: method<{ unsentChanges: number }>()(z.tuple([])),
      /** Syncs now (ignoring back-off) and says what happened. */
      now: method<SyncSummary>()(z.tuple([])),
    },
    /** Listen's bundled voice, for systems without a speech voice of their own (electron/core/speech). */
    listen: {
      bundledVoice: method<BundledVoiceInfo>()(z.tuple([])),
      /** One sentence spoken by a bundled voice, as a base64 WAV. */
      synthesize: method<string>()(
        z.tuple([text(1000).min(1), z.strictObject({ voice: z.enum(BUNDLED_VOICES).optional(), rate: z.number().min(0.5).max(2.5).optional() }).optional()]),
      ),
    },
    preferences: {
      get: method<Preferences>()(z.tuple([])),
      set: method<Preferences>()(z.tuple([preferencesPatch])),
    },
    openRequests: {
      pending: method<PendingOpenRequest[]>()(z.tuple([])),
      resolve: method<OpenRequestOutcome>()(z.tuple([text(64).min(1), z.boolean()])),
    },
    system: {
      openExternal: method<boolean>()(z.tuple([text()])),
    },
  },
  events: {
    libraryChanged: event<LibraryChange>(),
    preferencesChanged: event<Preferences>(),
    refreshProgress: event<RefreshProgress>(),
    openRequested: event<PendingOpenRequest>(),
    connectivityChanged: event<ConnectivityState>(),
    /** The sync account changed: added, removed, a sync started, progressed or ended (null: no account). */
    syncChanged: event<SyncAccountInfo | null>(),
    /** An application-menu item was chosen; the renderer runs that command as if its key were pressed. */
    menuCommand: event<{ id: string }>(),
  },
} as const;

type Groups = typeof contract.methods;
type Events = typeof contract.events;

export type GroupName = keyof Groups;
type Spec = { args: z.ZodTuple; result: unknown };

/** Every method's wire name, `group.method` (for example `feeds.subscribe`). */
export type MethodName = { [G in GroupName]: `${G}.${keyof Groups[G] & string}` }[GroupName];
/** Each wire name's declaration, looked up once so the per-method types below stay simple. */
type SpecByName = {
  [M in MethodName]: M extends `${infer G extends GroupName}.${infer N}` ? (N extends keyof Groups[G] ? Groups[G][N] & Spec : never) : never;
};

export type EventName = keyof Events;
export type ArgsOf<M extends MethodName> = z.infer<SpecByName[M]['args']>;
export type ResultOf<M extends MethodName> = SpecByName[M]['result'];
export type PayloadOf<E extends EventName> = Events[E]['payload'];

export const groupNames = Object.keys(contract.methods) as GroupName[];
export const methodNames = groupNames.flatMap((group) => Object.keys(contract.methods[group]).map((name) => `${group}.${name}`)) as MethodName[];
export const eventNames = Object.keys(contract.events) as EventName[];

/** The declaration of a wire name, or null for anything the contract does not list (own keys only: `__proto__` is nothing). */
export function methodSpec(name: unknown): Spec | null {
  if (typeof name !== 'string') return null;
  const dot = name.indexOf('.');
  if (dot < 1) return null;
  const group = name.slice(0, dot);
  const local = name.slice(dot + 1);
  if (!Object.hasOwn(contract.methods, group)) return null;
  const specs = contract.methods[group as GroupName] as Record<string, Spec>;
  return Object.hasOwn(specs, local) ? specs[local]! : null;
}

/** What one feature implements: a function per method of its group. */
export type GroupHandlers<G extends GroupName> = {
  [N in keyof Groups[G]]: Groups[G][N] extends { args: infer A extends z.ZodTuple; result: infer R } ? (...args: z.infer<A>) => R | Promise<R> : never;
};

/** What the main process implements: every group of the contract. */
export type Handlers = { [G in GroupName]: GroupHandlers<G> };

/** IPC channel names; kept here so preload and shell cannot disagree. */
export const INVOKE_CHANNEL = 'broadsheet:invoke';
export const eventChannel = (name: EventName) => `broadsheet:event:${name}`;

/** Name of the object the preload puts on `window`. */
export const BRIDGE_GLOBAL = 'broadsheet';

/** Origin the renderer is served from in the desktop app. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://broadsheet';
