// The composition root: the library as one object, with everything it holds
// as named fields that it makes, starts and closes in one place (database and
// its owners, feed refresher, full-text queue, story back-fill, connectivity),
// and the handler table over them. The desktop shell, the CLI, the benchmarks
// and the e2e Chromium host all build exactly this; only how calls and events
// travel differs. Nothing in the core imports this module.
import type { DatabaseSync } from 'node:sqlite';
import type { EventName, GroupHandlers, Handlers, PayloadOf } from '../shared/contract.ts';
import { APP_NAME } from './kernel/paths.ts';
import type { ArticleStore } from './library/article-store.ts';
import { Library } from './library/library.ts';
import { readEdition, seedEdition } from './library/edition.ts';
import { StoryBackfill } from './library/story-backfill.ts';
import { relatedHandlers } from './related/handlers.ts';
import { StoryAssigner } from './related/stories.ts';
import type { PreferenceStore } from './kernel/preferences.ts';
import type { Platform } from './kernel/context.ts';
import type { LibraryContext, LibraryEvents } from './library/context.ts';
import { Connectivity, type Probe } from './net/connectivity.ts';
import {
  addDefaultSources,
  FeedRefresher,
  feedHandlers,
  importOpmlText,
  resolveFeedOptions,
  subscribeToFeed,
  type FeedOptionsInput,
} from './feeds/index.ts';
import type { FeedPreparePool } from './feeds/prepare-pool.ts';
import { createOpenRequests, type FeedActions, type OpenRequests } from './open-requests/open-requests.ts';
import { FullTextQueue, offlineHandlers, type ImageFetcher, type PageFetcher } from './offline/handlers.ts';
import { diskUsage } from './library/disk-usage.ts';
import { SyncStore } from './library/sync-store.ts';
import { SyncEngine, syncHandlers, type SyncOptions } from './sync/index.ts';
import { listenHandlers, SpeechSynthesizer } from './speech/speech.ts';
import { EpisodeKeeper, type AudioFetcher } from './offline/episodes.ts';
import { LibraryMaintenance, type MaintenanceResult } from './library/maintenance.ts';

export interface FeedSetup extends FeedOptionsInput {
  /** Add the default news feeds the first time this library is opened (the desktop app does; tests do not). */
  defaultSources?: boolean;
}

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
  /** Makes the worker pool that reads feed bodies (tests and the bench pass their own). */
  preparePool?: () => FeedPreparePool;
  /** Fetch article pages and images for offline copies (tests pass fetchers for their fixture server). */
  fetchPage?: PageFetcher;
  fetchImage?: ImageFetcher;
  /** Fetch a bookmarked episode's audio (tests pass their own). */
  fetchAudio?: AudioFetcher;
  /** Asks a failing host whether the network is back (tests pass their own). */
  connectivityProbe?: Probe;
  /** The sync account: where its password is sealed, whether it syncs on a schedule (the desktop app), test transports. */
  sync?: SyncOptions;
  /** start() also runs the daily integrity check and backup in a worker (the desktop app; library/maintenance.ts). */
  maintenance?: boolean | { onResult?: (result: MaintenanceResult | Error) => void };
  /** How long a write waits for another process's write before it is retried (tests shorten it). */
  busyTimeoutMs?: number;
  /** Back the library up before a schema update (default true; a reader's library always is). */
  backupBeforeUpdate?: boolean;
  /**
   * start() queues again the offline copies a quit or crash left unmade: bookmarks lacking their copy, and
   * (with feed full text on) articles of the last few days the queue never reached (the desktop app).
   */
  resumeOfflineCopies?: boolean;
}

type Listener = (name: EventName, payload: unknown) => void;

export interface LibraryCore {
  readonly library: Library;
  readonly store: ArticleStore;
  readonly db: DatabaseSync;
  /** Refreshes feeds, now or on the schedule; holds the worker pool and what is under way. */
  readonly refresher: FeedRefresher;
  /** Fetches offline copies in the background; `idle()` resolves when it has nothing left to do. */
  readonly fullText: FullTextQueue;
  /** Keeps bookmarked podcast episodes' audio offline (idle() for tests). */
  readonly episodes: EpisodeKeeper;
  /** Indexes articles stored before the story index existed. */
  readonly backfill: StoryBackfill;
  /** Decides which story each new article belongs to (the list folds them), in the background. */
  readonly stories: StoryAssigner;
  /** Whether the web can be reached. */
  readonly connectivity: Connectivity;
  /** The sync account and its syncs (Tiny Tiny RSS, Google Reader API, Fever API). */
  readonly sync: SyncEngine;
  /** The daily integrity check and backup (run by start() when the options ask; `runNow()` any time). */
  readonly maintenance: LibraryMaintenance;
  /** The library's folder or disk allows no changes: it was opened for reading, and start() starts nothing. */
  readonly readOnly: boolean;
  /** A call failed in storage (host/dispatch.ts): a damaged file is checked in full at the next open. */
  noteStorageFailure(error: unknown): void;
  /** app:// found no file for a kept picture (/media/<hash>.<ext>): its articles fetch their pictures again, once a session. */
  repairMedia(path: string): void;
  readonly handlers: Handlers;
  readonly preferences: PreferenceStore;
  /** The context handler groups share; for core functions called outside the contract (CLI, tests, shell). */
  readonly context: LibraryContext;
  /** Where the shell hands feed: links and .opml files the OS asked us to open. */
  readonly openRequests: Pick<OpenRequests, 'receive'>;
  /** Subscribes to every pushed event; returns the unsubscribe function. */
  onEvent(listener: Listener): () => void;
  /**
   * Starts the background work: the refresh schedule (when the feed options ask
   * for it) and the story back-fill. Opening the library starts no timers, so a
   * test or a one-off command gets only what it asks for.
   */
  start(): void;
  close(): void;
}

/** Feed articles this recent that never got their turn in the offline queue are queued again at start. */
const RESUME_RECENT_MS = 3 * 24 * 3600_000;

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
  const now = options.now ?? Date.now;
  const library = Library.open(options.libraryDir, { now, busyTimeoutMs: options.busyTimeoutMs, backupBeforeUpdate: options.backupBeforeUpdate });
  const { store, db } = library;
  // A read-only library is shown as it is: nothing is seeded, added or fetched into it.
  if (options.seed !== false && !library.readOnly) seedEdition(store, readEdition(options.assetsDir), now());
  const listeners = new Set<Listener>();
  const cleanups: (() => void)[] = [];
  const feedOptions = resolveFeedOptions(options.feeds);
  // Features announce what happened; what follows is decided here, so no feature reaches into another.
  const reactions: { [E in keyof LibraryEvents]: (payload: LibraryEvents[E]) => void } = {
    articlesAdded({ articleIds }) {
      // A refresh leaves indexing the bodies it stored (search, related stories) for right after (library/catch-up.ts).
      backfill.start();
      stories.wake();
      if (feedOptions.fullText) fullText.schedule(articleIds, 'new');
    },
    // A bookmark guarantees the complete offline copy: fetch it now if it is missing.
    articlesBookmarked: ({ articleIds }) => {
      fullText.schedule(articleIds, 'bookmark');
      episodes.schedule(articleIds);
    },
  };
  const ctx: LibraryContext = {
    store,
    sources: library.sources,
    media: library.media,
    readerCopies: library.readerCopies,
    preferences: options.preferences,
    platform: options.platform,
    libraryDir: options.libraryDir,
    assetsDir: options.assetsDir,
    now,
    emit(name, payload) {
      for (const listener of listeners) listener(name, payload);
    },
    announce(event, payload) {
      reactions[event](payload);
    },
    onClose: (cleanup) => void cleanups.push(cleanup),
  };
  const connectivity = new Connectivity({
    now,
    onChange(state) {
      ctx.emit('connectivityChanged', state);
      // Back online: changes queued while away go to the sync service now.
      if (state.online) sync.online();
    },
    probe: options.connectivityProbe,
    // The probes ask the reader's own feed hosts, never an address a feed's content pointed at.
    probeTargets: () => library.sources.feedSources().map((s) => s.feed_url).filter((u): u is string => !!u),
  });
  const refresher = new FeedRefresher(ctx, { options: feedOptions, connectivity, preparePool: options.preparePool });
  const fullText = new FullTextQueue(ctx, { connectivity, fetchPage: options.fetchPage, fetchImage: options.fetchImage });
  // Story grouping follows indexing: each catch-up step wakes it.
  const backfill = new StoryBackfill(store, library.storyIndex, () => stories.wake());
  // Rows change in place: the window reloads what it shows when articles join a story.
  const stories = new StoryAssigner(store, library.storyGroups, (articleIds) => ctx.emit('libraryChanged', { reason: 'stories', articleIds }));
  const sync = new SyncEngine(ctx, new SyncStore(db), options.sync);
  const maintenance = new LibraryMaintenance(options.libraryDir, {
    now,
    onResult: typeof options.maintenance === 'object' ? options.maintenance.onResult : undefined,
  });
  if (options.feeds?.defaultSources && !library.readOnly) addDefaultSources(ctx);
  // A read mark or bookmark on an article from the account goes to the service shortly after (the library's triggers queued it).
  listeners.add((name, payload) => {
    const reason = name === 'libraryChanged' ? (payload as PayloadOf<'libraryChanged'>).reason : null;
    if (reason === 'read' || reason === 'bookmark' || reason === 'import') sync.nudge();
  });

  const openRequests = createOpenRequests(
    ctx,
    options.feedActions ?? {
      subscribeToFeed: (c, url) => (sync.hasAccount() ? sync.subscribe(url) : subscribeToFeed(c, url, null, feedOptions, (job) => refresher.prepare(job))),
      importOpmlText,
    },
  );
  // Listen's bundled voice: its worker starts on the first sentence asked for.
  const speech = new SpeechSynthesizer();
  ctx.onClose(() => speech.close());
  // A bookmarked episode's audio, kept offline under the offlineAudioMb preference (offline/episodes.ts).
  const episodes = new EpisodeKeeper(ctx, { fetchAudio: options.fetchAudio });
  ctx.onClose(() => episodes.close());
  const handlers: Handlers = {
    ...readingHandlers(ctx, maintenance),
    listen: listenHandlers(speech),
    feeds: feedsThroughAccount(feedHandlers(ctx, refresher), sync),
    sync: syncHandlers(sync),
    related: relatedHandlers(ctx, stories),
    ...openRequests.handlers,
    ...offlineHandlers(ctx, fullText, connectivity),
  };

  let closed = false;
  const repairedMedia = new Set<string>();
  return {
    library,
    store,
    db,
    refresher,
    fullText,
    episodes,
    backfill,
    stories,
    connectivity,
    sync,
    maintenance,
    readOnly: library.readOnly,
    noteStorageFailure: (error) => library.noteStorageFailure(error),
    repairMedia(path) {
      if (closed || library.readOnly || repairedMedia.has(path)) return;
      repairedMedia.add(path);
      fullText.schedule(library.media.articlesUsing(path), 'repair');
    },
    handlers,
    preferences: options.preferences,
    context: ctx,
    openRequests,
    onEvent(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    start() {
      if (closed || library.readOnly) return;
      refresher.startSchedule();
      backfill.start();
      stories.wake();
      sync.start();
      if (options.maintenance) maintenance.start();
      if (options.resumeOfflineCopies) fullText.resume({ recentSince: feedOptions.fullText ? now() - RESUME_RECENT_MS : null });
    },
    close() {
      if (closed) return;
      closed = true;
      for (const cleanup of cleanups.splice(0)) cleanup();
      // Work still under way (a fetch, a page, a back-fill step) must not write to a closed database.
      refresher.close();
      sync.close();
      fullText.close();
      backfill.close();
      stories.close();
      maintenance.close();
      connectivity.close();
      listeners.clear();
      library.close();
    },
  };
}

/**
 * With a sync account, subscribing goes through the service (it fetches the
 * feed; its articles come with the next sync), unsubscribing a source the
 * account owns tells the service, and Refresh also syncs. Without one, feeds
 * answer as they always did.
 */
function feedsThroughAccount(feeds: GroupHandlers<'feeds'>, sync: SyncEngine): GroupHandlers<'feeds'> {
  return {
    ...feeds,
    subscribe: (url, choice) => (sync.hasAccount() ? sync.subscribe(url, choice) : feeds.subscribe(url, choice)),
    unsubscribe: (sourceId) => (sync.isSyncedSource(sourceId) ? sync.unsubscribe(sourceId) : feeds.unsubscribe(sourceId)),
    async refresh(sourceId) {
      const account = sync.info();
      if (!account) return feeds.refresh(sourceId);
      const syncing = sync.sync({ manual: true });
      const local = sourceId != null && sync.isSyncedSource(sourceId) ? { checked: 0, newArticles: 0, failed: [] } : await feeds.refresh(sourceId);
      const synced = await syncing;
      return {
        checked: local.checked + 1,
        newArticles: local.newArticles + synced.newArticles,
        failed: synced.ok ? local.failed : [...local.failed, { sourceId: sourceId ?? 0, title: `Sync with ${account.serverUrl}`, error: synced.error ?? 'The sync failed.' }],
      };
    },
  };
}

/** Reading the library (the edition, lists, articles, search, read and bookmark marks), preferences, and links out. */
function readingHandlers(ctx: LibraryContext, maintenance: Pick<LibraryMaintenance, 'lastProblem'>): Pick<Handlers, 'library' | 'preferences' | 'system'> {
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
      const alsoIn = store.alsoInSources(id);
      if (alsoIn.length) article.alsoIn = alsoIn;
      const enclosures = store.enclosures.forArticle(id);
      if (enclosures.length) article.enclosures = enclosures;
      return ctx.readerCopies.withReaderVersions(article);
    },
    articleText: (id) => store.titleAndText(id).text,
    search: (query, limit) => store.search(query, limit),
    setBookmarked(id, bookmarked) {
      const summary = store.setBookmarked(id, bookmarked);
      emit('libraryChanged', { reason: 'bookmark', articleIds: [id] });
      if (bookmarked) ctx.announce('articlesBookmarked', { articleIds: [id] });
      return summary;
    },
    setRead(id, read) {
      const summary = store.setRead(id, read);
      emit('libraryChanged', { reason: 'read', articleIds: [id] });
      return summary;
    },
    markAllRead(scope) {
      const ids = store.markAllRead(scope);
      if (ids.length) emit('libraryChanged', { reason: 'read', articleIds: ids });
      return ids;
    },
    setReadMany(ids, read) {
      const changed = store.setReadMany(ids, read);
      if (changed.length) emit('libraryChanged', { reason: 'read', articleIds: changed });
      return changed.length;
    },
    savePlaybackPosition: (id, ordinal, seconds) => store.enclosures.savePosition(id, ordinal, seconds),
    stats() {
      const counts = store.counts();
      return {
        articles: counts.articles,
        unread: counts.unread,
        bookmarks: counts.bookmarks,
        sources: counts.sources,
        ...diskUsage(ctx.libraryDir),
        libraryDir: ctx.libraryDir,
        backupProblem: maintenance.lastProblem,
      };
    },
    removeSampleEdition() {
      const removed = ctx.sources.removeEdition();
      if (removed.sources) emit('libraryChanged', { reason: 'refresh', articleIds: [] });
      return removed;
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
