// The one contract between the renderer and the library. Every method the
// renderer may call and every event the main process pushes is declared here
// once; the preload, the main-process registration, the e2e Chromium host and
// the renderer client are all derived from this table. Adding a method is one
// entry here plus its handler in electron/core/handlers.ts.
import { z } from 'zod';
import type {
  Article,
  ArticlePage,
  ArticleSummary,
  BookmarkImportResult,
  ConnectivityState,
  EditionInfo,
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
} from './models.ts';

/** Longest string any method accepts; a search query or URL past this is refused. */
export const MAX_STRING = 2048;
export const MAX_PAGE = 500;
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
});

const preferencesPatch = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']).optional(),
  fontSize: z.number().int().min(12).max(32).optional(),
  lastArticleId: articleId.nullable().optional(),
  lastView: z.enum(['all', 'unread', 'bookmarks']).optional(),
  markReadOnOpen: z.boolean().optional(),
  refreshMinutes: z.number().int().min(5).max(24 * 60).optional(),
  retentionDays: z.number().int().min(1).max(3650).optional(),
  fullText: z.enum(['auto', 'all', 'bookmarked', 'off']).optional(),
  /** Keyboard overrides: command id → its bindings; checked in full by normalizeKeymapOverrides. */
  keymap: z.record(z.string().max(64), z.array(z.string().max(64)).max(4)).optional(),
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
  methods: {
    getEdition: method<EditionInfo>()(z.tuple([])),
    listArticles: method<ArticlePage>()(z.tuple([listQuery])),
    getArticle: method<Article>()(z.tuple([articleId])),
    searchArticles: method<ArticleSummary[]>()(z.tuple([text(512), z.number().int().min(1).max(MAX_PAGE).optional()])),
    relatedArticles: method<RelatedEntry[]>()(z.tuple([articleId])),
    bigPicture: method<StoryCluster[]>()(
      z.tuple([
        z.strictObject({
          since: z.literal('24h').nullable().optional(),
          day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable().optional(),
        }),
      ]),
    ),
    setBookmarked: method<ArticleSummary>()(z.tuple([articleId, z.boolean()])),
    setRead: method<ArticleSummary>()(z.tuple([articleId, z.boolean()])),
    listSources: method<SourceInfo[]>()(z.tuple([])),
    getPreferences: method<Preferences>()(z.tuple([])),
    setPreferences: method<Preferences>()(z.tuple([preferencesPatch])),
    openExternal: method<boolean>()(z.tuple([text()])),
    subscribe: method<SubscribeResult>()(z.tuple([text().min(1), text().optional()])),
    unsubscribe: method<boolean>()(z.tuple([articleId])),
    refreshSources: method<RefreshSummary>()(z.tuple([articleId.nullable().optional()])),
    importOpml: method<OpmlImportResult>()(z.tuple([text(MAX_OPML)])),
    exportOpml: method<string>()(z.tuple([])),
    markAllRead: method<number>()(z.tuple([markAllReadScope])),
    /** A source's own refresh interval in minutes, or null to follow the preference. */
    setSourceRefresh: method<SourceInfo>()(z.tuple([articleId, z.number().int().min(5).max(24 * 60).nullable()])),
    pendingOpenRequests: method<PendingOpenRequest[]>()(z.tuple([])),
    resolveOpenRequest: method<OpenRequestOutcome>()(z.tuple([text(64).min(1), z.boolean()])),
    fetchFullText: method<Article>()(z.tuple([articleId])),
    setArticleVersion: method<Article>()(z.tuple([articleId, z.enum(['full', 'feed'])])),
    getConnectivity: method<ConnectivityState>()(z.tuple([])),
    reportNetworkStatus: method<ConnectivityState>()(z.tuple([z.boolean()])),
    exportBookmarks: method<string>()(z.tuple([z.enum(['markdown', 'html', 'json'])])),
    importBookmarks: method<BookmarkImportResult>()(z.tuple([text(MAX_BOOKMARKS_JSON)])),
  },
  events: {
    libraryChanged: event<LibraryChange>(),
    preferencesChanged: event<Preferences>(),
    refreshProgress: event<RefreshProgress>(),
    openRequested: event<PendingOpenRequest>(),
    connectivityChanged: event<ConnectivityState>(),
    /** An application-menu item was chosen; the renderer runs that command as if its key were pressed. */
    menuCommand: event<{ id: string }>(),
  },
} as const;

type Methods = typeof contract.methods;
type Events = typeof contract.events;

export type MethodName = keyof Methods;
export type EventName = keyof Events;
export type ArgsOf<M extends MethodName> = z.infer<Methods[M]['args']>;
export type ResultOf<M extends MethodName> = Methods[M]['result'];
export type PayloadOf<E extends EventName> = Events[E]['payload'];

export const methodNames = Object.keys(contract.methods) as MethodName[];
export const eventNames = Object.keys(contract.events) as EventName[];

/** What the main process implements: one function per contract method. */
export type Handlers = {
  [M in MethodName]: (...args: ArgsOf<M>) => ResultOf<M> | Promise<ResultOf<M>>;
};

/** IPC channel names; kept here so preload and shell cannot disagree. */
export const INVOKE_CHANNEL = 'broadsheet:invoke';
export const eventChannel = (name: EventName) => `broadsheet:event:${name}`;

/** Name of the object the preload puts on `window`. */
export const BRIDGE_GLOBAL = 'broadsheet';

/** Origin the renderer is served from in the desktop app. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = 'app://broadsheet';
