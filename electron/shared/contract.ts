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
  EditionInfo,
  LibraryChange,
  Preferences,
  RelatedEntry,
  SourceInfo,
} from './models.ts';

/** Longest string any method accepts; a search query or URL past this is refused. */
export const MAX_STRING = 2048;
export const MAX_PAGE = 500;

const articleId = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);
const text = (max = MAX_STRING) => z.string().max(max);

const listQuery = z.strictObject({
  view: z.enum(['all', 'unread', 'bookmarks']),
  sourceId: articleId.nullable().optional(),
  cursor: text(256).nullable().optional(),
  limit: z.number().int().min(1).max(MAX_PAGE).optional(),
});

const preferencesPatch = z.strictObject({
  theme: z.enum(['system', 'light', 'dark']).optional(),
  fontSize: z.number().int().min(12).max(32).optional(),
  lastArticleId: articleId.nullable().optional(),
  lastView: z.enum(['all', 'unread', 'bookmarks']).optional(),
  markReadOnOpen: z.boolean().optional(),
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
    setBookmarked: method<ArticleSummary>()(z.tuple([articleId, z.boolean()])),
    setRead: method<ArticleSummary>()(z.tuple([articleId, z.boolean()])),
    listSources: method<SourceInfo[]>()(z.tuple([])),
    getPreferences: method<Preferences>()(z.tuple([])),
    setPreferences: method<Preferences>()(z.tuple([preferencesPatch])),
    openExternal: method<boolean>()(z.tuple([text()])),
  },
  events: {
    libraryChanged: event<LibraryChange>(),
    preferencesChanged: event<Preferences>(),
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
