// The library as one object: database, preferences, handlers and events. The
// desktop shell, the CLI, the benchmarks and the e2e Chromium host all build
// exactly this; only how calls and events travel differs.
import type { DatabaseSync } from 'node:sqlite';
import type { EventName, Handlers, PayloadOf } from '../shared/contract.ts';
import { APP_NAME } from './paths.ts';
import { ArticleStore } from './library/article-store.ts';
import { openDatabase } from './library/database.ts';
import { readEdition, seedEdition } from './library/edition.ts';
import { relatedArticles } from './library/related.ts';
import type { PreferenceStore } from './preferences.ts';

/** What the core asks of the platform it runs on (the shell uses Electron's shell module). */
export interface Platform {
  openExternal(url: string): Promise<void>;
}

export interface LibraryCoreOptions {
  libraryDir: string;
  assetsDir: string;
  preferences: PreferenceStore;
  platform: Platform;
  /** Load the sample edition into a new library (default true). */
  seed?: boolean;
  now?: () => number;
}

type Listener = (name: EventName, payload: unknown) => void;

/**
 * What a group of handlers gets to work with. Feature modules (feeds, offline,
 * related, …) each export `xxxHandlers(ctx): Pick<Handlers, …>` and are spread
 * into the table below.
 */
export interface CoreContext {
  readonly store: ArticleStore;
  readonly db: DatabaseSync;
  readonly preferences: PreferenceStore;
  readonly platform: Platform;
  readonly libraryDir: string;
  readonly assetsDir: string;
  now(): number;
  emit<E extends EventName>(name: E, payload: PayloadOf<E>): void;
  /** Registers clean-up (timers, open requests) to run when the library closes. */
  onClose(cleanup: () => void): void;
}

export interface LibraryCore {
  readonly store: ArticleStore;
  readonly db: DatabaseSync;
  readonly handlers: Handlers;
  readonly preferences: PreferenceStore;
  /** Subscribes to every pushed event; returns the unsubscribe function. */
  onEvent(listener: Listener): () => void;
  close(): void;
}

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
  const ctx: CoreContext = {
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
  const handlers: Handlers = {
    ...readingHandlers(ctx),
  };

  return {
    store,
    db,
    handlers,
    preferences: options.preferences,
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

/** Reading the library: the edition, lists, articles, search, related, bookmarks, preferences. */
function readingHandlers(ctx: CoreContext): Handlers {
  const { store, emit, now } = ctx;
  const prefs = ctx.preferences;
  return {
    getEdition() {
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
    listArticles: (query) => store.list(query),
    getArticle(id) {
      const article = store.article(id);
      const p = prefs.get();
      if (p.markReadOnOpen && !article.read) {
        store.setRead(id, true);
        article.read = true;
        emit('libraryChanged', { reason: 'read', articleIds: [id] });
      }
      if (p.lastArticleId !== id) prefs.update({ lastArticleId: id });
      return article;
    },
    searchArticles: (query, limit) => store.search(query, limit),
    relatedArticles: (id) => {
      store.summary(id); // NOT_FOUND for an unknown id rather than an empty list
      return relatedArticles(store, id);
    },
    setBookmarked(id, bookmarked) {
      const summary = store.setBookmarked(id, bookmarked);
      emit('libraryChanged', { reason: 'bookmark', articleIds: [id] });
      return summary;
    },
    setRead(id, read) {
      const summary = store.setRead(id, read);
      emit('libraryChanged', { reason: 'read', articleIds: [id] });
      return summary;
    },
    listSources: () => store.sources(),
    getPreferences: () => prefs.get(),
    setPreferences(patch) {
      const next = prefs.update(patch);
      emit('preferencesChanged', next);
      return next;
    },
    async openExternal(value) {
      const url = externalUrl(value);
      if (!url) return false;
      await ctx.platform.openExternal(url);
      return true;
    },
  };
}
