// The library as one object: database, preferences, handlers and events. The
// desktop shell, the CLI, the benchmarks and the e2e Chromium host all build
// exactly this; only how calls and events travel differs.
import type { DatabaseSync } from 'node:sqlite';
import type { EventName, GroupHandlers, Handlers, PayloadOf } from '../shared/contract.ts';
import { APP_NAME } from './kernel/paths.ts';
import { ArticleStore } from './library/article-store.ts';
import { openDatabase } from './library/database.ts';
import { readEdition, seedEdition } from './library/edition.ts';
import { relatedHandlers } from './related/handlers.ts';
import type { PreferenceStore } from './kernel/preferences.ts';
import type { Platform } from './kernel/context.ts';
import type { LibraryContext } from './library/context.ts';
import { alsoInSources, feedHandlers, importOpmlText, markAllRead, subscribeToFeed, type FeedSetup } from './feeds/index.ts';
import { createOpenRequests, type FeedActions, type OpenRequests } from './open-requests/open-requests.ts';
import { offlineHandlers } from './offline/handlers.ts';
import { diskUsage } from './library/disk-usage.ts';
import { readerVersions, scheduleFullText } from './offline/full-text.ts';

export interface LibraryCoreOptions {
  libraryDir: string;
  assetsDir: string;
  preferences: PreferenceStore;
  platform: Platform;
  /** Load the sample edition into a new library (default true). */
  seed?: boolean;
  now?: () => number;
  /** Feed fetching: limits, the schedule (off unless asked) and default sources (off unless asked). */
  feeds?: FeedSetup;
  /** What accepting a feed: link or .opml file does (tests pass fakes). */
  feedActions?: FeedActions;
}

type Listener = (name: EventName, payload: unknown) => void;

export interface LibraryCore {
  readonly store: ArticleStore;
  readonly db: DatabaseSync;
  readonly handlers: Handlers;
  readonly preferences: PreferenceStore;
  /** The context handler groups share; for core functions called outside the contract (CLI, tests, shell). */
  readonly context: LibraryContext;
  /** Where the shell hands feed: links and .opml files the OS asked us to open. */
  readonly openRequests: Pick<OpenRequests, 'receive'>;
  /** Subscribes to every pushed event; returns the unsubscribe function. */
  onEvent(listener: Listener): () => void;
  close(): void;
}

/** How long the reader rests on an article before it is remembered as the last one open. */
const LAST_ARTICLE_DELAY_MS = 1000;

/** Today's date as the reader's calendar shows it. */
function localDate(ms: number): string {
  const d = new Date(ms);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Accepts only absolute http(s) URLs for the system browser; anything else is refused. */
export function externalUrl(value: string): string | null {
  try {
    const url = new URL(value);
    if ((url.protocol === 'http:' || url.protocol === 'https:') && url.hostname) return url.href;
  } catch {
    // Not a URL at all.
  }
  return null;
}

export function openLibraryCore(options: LibraryCoreOptions): LibraryCore {
  const db = openDatabase(options.libraryDir);
  const store = new ArticleStore(db);
  const now = options.now ?? Date.now;
  if (options.seed !== false) seedEdition(store, readEdition(options.assetsDir), now());
  const listeners = new Set<Listener>();
  const cleanups: (() => void)[] = [];
  const ctx: LibraryContext = {
    store,
    db,
    preferences: options.preferences,
    platform: options.platform,
    libraryDir: options.libraryDir,
    assetsDir: options.assetsDir,
    now,
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
    onClose: (cleanup) => void cleanups.push(cleanup),
  };
  const openRequests = createOpenRequests(ctx, options.feedActions ?? { subscribeToFeed, importOpmlText });
  const handlers: Handlers = {
    ...readingHandlers(ctx),
    feeds: feedHandlers(ctx, options.feeds),
    related: relatedHandlers(ctx),
    ...openRequests.handlers,
    ...offlineHandlers(ctx),
  };

  return {
    store,
    db,
    handlers,
    preferences: options.preferences,
    context: ctx,
    openRequests,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close() {
      for (const cleanup of cleanups.splice(0)) cleanup();
      listeners.clear();
      db.close();
    },
  };
}

/** Reading the library (the edition, lists, articles, search, read and bookmark marks), preferences, and links out. */
function readingHandlers(ctx: LibraryContext): Pick<Handlers, 'library' | 'preferences' | 'system'> {
  const { store, emit, now } = ctx;
  const prefs = ctx.preferences;

  // The last open article is remembered a moment after the reader settles, not on
  // every j press: each preferences write is a synchronous file write on the
  // path of the next key. Closing the library writes whatever is pending.
  let lastArticle: number | null = null;
  let lastArticleTimer: ReturnType<typeof setTimeout> | undefined;
  const rememberLastArticle = () => {
    clearTimeout(lastArticleTimer);
    lastArticleTimer = undefined;
    if (lastArticle !== null && prefs.get().lastArticleId !== lastArticle) prefs.update({ lastArticleId: lastArticle });
    lastArticle = null;
  };
  ctx.onClose(rememberLastArticle);

  const library: GroupHandlers<'library'> = {
    edition() {
      const counts = store.counts();
      return {
        appName: APP_NAME,
        date: localDate(now()),
        articleCount: counts.articles,
        unreadCount: counts.unread,
        bookmarkCount: counts.bookmarks,
        sourceCount: counts.sources,
      };
    },
    articles: (query) => store.list(query),
    article(id) {
      const article = store.article(id);
      const p = prefs.get();
      if (p.markReadOnOpen && !article.read) {
        store.setRead(id, true);
        article.read = true;
        emit('libraryChanged', { reason: 'read', articleIds: [id] });
      }
      lastArticle = id;
      clearTimeout(lastArticleTimer);
      lastArticleTimer = setTimeout(rememberLastArticle, LAST_ARTICLE_DELAY_MS);
      lastArticleTimer.unref?.();
      const alsoIn = alsoInSources(store, id);
      if (alsoIn.length) article.alsoIn = alsoIn;
      return readerVersions(ctx, article);
    },
    articleText: (id) => store.titleAndText(id).text,
    search: (query, limit) => store.search(query, limit),
    setBookmarked(id, bookmarked) {
      const summary = store.setBookmarked(id, bookmarked);
      emit('libraryChanged', { reason: 'bookmark', articleIds: [id] });
      // A bookmark guarantees the complete offline copy: fetch it now if it is missing.
      if (bookmarked) scheduleFullText(ctx, [id], 'bookmark');
      return summary;
    },
    setRead(id, read) {
      const summary = store.setRead(id, read);
      emit('libraryChanged', { reason: 'read', articleIds: [id] });
      return summary;
    },
    markAllRead: (scope) => markAllRead(ctx, scope),
    stats() {
      const counts = store.counts();
      return {
        articles: counts.articles,
        unread: counts.unread,
        bookmarks: counts.bookmarks,
        sources: counts.sources,
        ...diskUsage(ctx.libraryDir),
        libraryDir: ctx.libraryDir,
      };
    },
  };
  const preferences: GroupHandlers<'preferences'> = {
    get: () => prefs.get(),
    set(patch) {
      const next = prefs.update(patch);
      emit('preferencesChanged', next);
      return next;
    },
  };
  const system: GroupHandlers<'system'> = {
    async openExternal(value) {
      const url = externalUrl(value);
      if (!url) return false;
      await ctx.platform.openExternal(url);
      return true;
    },
  };
  return { library, preferences, system };
}
