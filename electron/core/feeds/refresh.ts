// Refreshing sources: one at a time per source, a few at a time across the
// library, each failure recorded against its own source in plain words while
// every other source and every stored article carries on untouched. One
// FeedRefresher per open library holds what is under way, the worker pool and
// the schedule; the composition root makes it and closes it.
import type { RefreshSummary } from '../../shared/models.ts';
import type { LibraryContext } from '../library/context.ts';
import type { FeedSourceRow } from '../library/sources.ts';
import { CharsetError } from '../net/charset.ts';
import { guardAllowing } from '../net/address-guard.ts';
import type { Connectivity } from '../net/connectivity.ts';
import { storageFailure } from '../kernel/errors.ts';
import { FetchError, fetchBounded, formatWait } from '../net/http.ts';
import { storePreparedEntries, type IngestResult } from './ingest.ts';
import type { FeedOptions } from './options.ts';
import { FeedParseError } from './parse.ts';
import { FeedPrepareError, FeedPreparePool } from './prepare-pool.ts';
import type { PrepareJob, PreparedFeed } from './prepare.ts';
import { pruneArticles } from './retention.ts';

export interface SourceRefresh {
  sourceId: number;
  newArticles: number[];
  updatedArticles: number[];
  /** The server said nothing changed (304); nothing was parsed. */
  notModified: boolean;
  error: string | null;
}

export function intervalMinutes(ctx: Pick<LibraryContext, 'preferences'>, source: Pick<FeedSourceRow, 'refresh_minutes'>): number {
  return source.refresh_minutes ?? ctx.preferences.get().refreshMinutes;
}

/** Whether the schedule should fetch this source now. At start-up the interval is ignored; back-off and Retry-After are not. */
export function isDue(ctx: Pick<LibraryContext, 'preferences'>, source: FeedSourceRow, now: number, startup = false): boolean {
  if (source.gone || !source.feed_url) return false;
  if (source.retry_after_until !== null && now < source.retry_after_until) return false;
  if (source.next_fetch_at !== null && now < source.next_fetch_at) return false;
  return startup || source.last_attempt_at === null || now >= source.last_attempt_at + intervalMinutes(ctx, source) * 60_000;
}

function describe(error: unknown): string {
  if (error instanceof FetchError || error instanceof CharsetError || error instanceof FeedParseError || error instanceof FeedPrepareError) {
    return error.message;
  }
  // A full, read-only or busy disk is the library's trouble, not the feed's: named as such.
  const storage = storageFailure(error);
  if (storage) return storage.message;
  return 'Something unexpected went wrong while reading this feed. Broadsheet will try again later.';
}

export interface FeedRefresherOptions {
  options: FeedOptions;
  /** Network-level failures are evidence for it; a refresh asked for while the system is offline waits on it. */
  connectivity: Connectivity;
  /** Makes the worker pool that reads feed bodies, on the first refresh that fetched something (tests and the bench pass their own). */
  preparePool?: () => FeedPreparePool;
}

export class FeedRefresher {
  readonly options: FeedOptions;
  readonly #ctx: LibraryContext;
  readonly #connectivity: Connectivity;
  readonly #makePool: () => FeedPreparePool;
  #pool: FeedPreparePool | null = null;
  /** Fetches still under way when the library closes must not write to a closed database. */
  #closed = false;
  readonly #inFlight = new Map<number, Promise<SourceRefresh>>();
  #allInFlight: Promise<RefreshSummary> | null = null;
  /** Progress of the batch under way, for the refreshProgress event. */
  #batch: { done: number; total: number; newArticles: number } | null = null;
  /** The concurrency gate shared by every refresh in this library. */
  #active = 0;
  readonly #waiting: (() => void)[] = [];
  #scheduleTimer: ReturnType<typeof setTimeout> | null = null;
  #scheduled = false;

  constructor(ctx: LibraryContext, options: FeedRefresherOptions) {
    this.#ctx = ctx;
    this.options = options.options;
    this.#connectivity = options.connectivity;
    this.#makePool = options.preparePool ?? (() => new FeedPreparePool());
  }

  /**
   * The schedule: everything due once at start-up, then every tick the
   * sources whose interval (their own, or the preference) has passed. Runs
   * only when the options ask for it (the desktop app does; tests never poll by accident).
   */
  startSchedule(): void {
    if (!this.options.schedule || this.#scheduled || this.#closed) return;
    this.#scheduled = true;
    const run = (startup: boolean) => {
      if (this.#closed) return;
      this.refresh(null, { dueOnly: true, startup })
        .catch((error: unknown) => console.error('[broadsheet] scheduled refresh failed:', error))
        .finally(() => {
          if (!this.#closed) this.#scheduleTimer = setTimeout(() => run(false), this.options.tickMs);
        });
    };
    this.#scheduleTimer = setTimeout(() => run(true), 0);
  }

  /** Stops the schedule and the workers; fetches still under way store nothing. */
  close(): void {
    this.#closed = true;
    if (this.#scheduleTimer) clearTimeout(this.#scheduleTimer);
    this.#scheduleTimer = null;
    this.#pool?.close();
    this.#pool = null;
  }

  #preparePool(): FeedPreparePool {
    return (this.#pool ??= this.#makePool());
  }

  /** Decodes, parses and reads a fetched feed body in the pool (subscribing uses it too, so that work never blocks the window). */
  prepare(job: PrepareJob): Promise<PreparedFeed> {
    if (this.#closed) return Promise.reject(new FeedPrepareError('The library closed before this feed was read.'));
    return this.#preparePool().prepare(job);
  }

  async #withSlot<T>(work: () => Promise<T>): Promise<T> {
    const limit = Math.max(1, this.options.concurrency);
    while (this.#active >= limit) await new Promise<void>((resolve) => this.#waiting.push(resolve));
    this.#active++;
    try {
      return await work();
    } finally {
      this.#active--;
      this.#waiting.shift()?.();
    }
  }

  /** Fetches, parses and stores one source. Never throws: a failure is recorded on the source. */
  refreshSource(sourceId: number): Promise<SourceRefresh> {
    const running = this.#inFlight.get(sourceId);
    if (running) return running;
    const promise = this.#withSlot(() => this.#refreshNow(sourceId)).finally(() => this.#inFlight.delete(sourceId));
    this.#inFlight.set(sourceId, promise);
    return promise;
  }

  async #refreshNow(sourceId: number): Promise<SourceRefresh> {
    const ctx = this.#ctx;
    const { sources } = ctx;
    const outcome: SourceRefresh = { sourceId, newArticles: [], updatedArticles: [], notModified: false, error: null };
    const source = sources.feedSource(sourceId);
    if (!source || !source.feed_url) return { ...outcome, error: 'This source has no feed to refresh.' };
    if (source.gone) return { ...outcome, error: source.last_error ?? 'This feed is gone for good and is no longer checked.' };
    const options = this.options;
    const startedAt = ctx.now();
    if (source.retry_after_until !== null && startedAt < source.retry_after_until) {
      // The site asked for a pause; even a manual refresh honours it.
      return { ...outcome, error: `The site asked Broadsheet to wait; it will try again in ${formatWait(source.retry_after_until - startedAt)}.` };
    }
    try {
      // The feed's own host is the reader's choice; a redirect to another local-network host is not (net/address-guard.ts).
      const guard = guardAllowing([source.feed_url], ctx.preferences.get().allowLocalNetwork);
      const result = await fetchBounded({ url: source.feed_url, etag: source.etag, lastModified: source.last_modified, guard }, options.limits, ctx.now);
      if (this.#closed) return outcome;
      if (result.permanentUrl && result.permanentUrl !== source.feed_url) sources.moveFeedUrl(sourceId, result.permanentUrl);
      if (result.notModified) {
        outcome.notModified = true;
        sources.recordSuccess(sourceId, ctx.now(), { etag: result.etag, lastModified: result.lastModified });
        return outcome;
      }
      this.#connectivity.noteSuccess();
      // Decoding, parsing and reading the markup run in a worker; only storing happens here, in one transaction.
      const feed = await this.#preparePool().prepare(
        { body: result.body, contentType: result.contentType, feedUrl: result.finalUrl, maxEntries: options.maxEntriesPerFetch },
        // Nothing here reads the body again: it moves to the worker rather than wait here as garbage (prepare-pool.ts).
        { transfer: true },
      );
      // Feeds read at the same moment arrive together; storing each in its own turn of
      // the event loop lets calls from the window in between instead of after all of them.
      await new Promise((resolve) => setImmediate(resolve));
      if (this.#closed) return outcome;
      if (!sources.feedSource(sourceId)) return outcome; // unsubscribed while the fetch was under way
      const stored: IngestResult = storePreparedEntries(ctx.store, sourceId, feed, ctx.now(), () => {
        if (feed.siteUrl && !source.site_url) sources.setSiteUrl(sourceId, feed.siteUrl);
        sources.recordSuccess(sourceId, ctx.now(), { etag: result.etag, lastModified: result.lastModified });
        // Two sources that turn out to be one feed (both addresses imported) are found by these (sameFeeds).
        sources.recordAddresses(sourceId, { finalUrl: result.finalUrl, selfUrl: feed.selfUrl });
      });
      outcome.newArticles = stored.added;
      outcome.updatedArticles = stored.updated;
      return outcome;
    } catch (error) {
      if (this.#closed) return outcome;
      // Network-level failures are evidence for the offline indicator; HTTP errors are not.
      if (error instanceof FetchError && (error.failure === 'network' || error.failure === 'connect-timeout')) {
        this.#connectivity.noteFailure(source.feed_url);
      }
      const message = describe(error);
      const now = ctx.now();
      const failures = source.failures + 1;
      // Exponential back-off from the source's own interval, capped at a day.
      const backoff = Math.min(options.maxBackoffMs, intervalMinutes(ctx, source) * 60_000 * 2 ** Math.min(failures, 10));
      const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : null;
      if (sources.feedSource(sourceId)) {
        sources.recordFailure(sourceId, now, {
          message,
          nextFetchAt: now + Math.max(backoff, retryAfterMs ?? 0),
          retryAfterUntil: retryAfterMs === null ? null : now + retryAfterMs,
          gone: error instanceof FetchError && error.failure === 'gone',
        });
      }
      return { ...outcome, error: message };
    }
  }

  /**
   * Refreshes one source (`sourceId`) or every feed source. With `dueOnly`, only
   * sources the schedule says are due. Emits refreshProgress while it runs and
   * libraryChanged ('refresh') when articles arrived or changed, and announces
   * articlesAdded for the articles that are new.
   */
  refresh(sourceId: number | null = null, options: { dueOnly?: boolean; startup?: boolean } = {}): Promise<RefreshSummary> {
    if (sourceId === null && !options.dueOnly) {
      if (this.#allInFlight) return this.#allInFlight;
      const promise = this.#runBatch(null, false).finally(() => (this.#allInFlight = null));
      this.#allInFlight = promise;
      return promise;
    }
    return this.#runBatch(sourceId, options.dueOnly ?? false, options.startup ?? false);
  }

  async #runBatch(sourceId: number | null, dueOnly: boolean, startup = false): Promise<RefreshSummary> {
    const ctx = this.#ctx;
    const now = ctx.now();
    let targets: FeedSourceRow[];
    if (sourceId !== null) {
      const one = ctx.sources.feedSource(sourceId);
      targets = one ? [one] : [];
    } else {
      targets = ctx.sources.feedSources().filter((s) => (dueOnly ? isDue(ctx, s, now, startup) : !s.gone));
    }
    const summary: RefreshSummary = { checked: 0, newArticles: 0, failed: [] };
    if (!targets.length) return summary;
    // A refresh asked for while the system is offline waits for the network to return.
    // (When only our own requests failed, the refresh itself is the best probe, so it goes ahead.)
    const connectivity = this.#connectivity;
    if (connectivity.state().reason === 'system-offline') await connectivity.whenOnline();
    if (this.#closed) return summary;

    const batch = this.#batch ?? { done: 0, total: 0, newArticles: 0 };
    this.#batch = batch;
    batch.total += targets.length;
    ctx.emit('refreshProgress', { running: true, done: batch.done, total: batch.total, newArticles: batch.newArticles });

    const changed: number[] = [];
    const added: number[] = [];
    await Promise.all(
      targets.map(async (source) => {
        const result = await this.refreshSource(source.id);
        summary.checked++;
        summary.newArticles += result.newArticles.length;
        changed.push(...result.newArticles, ...result.updatedArticles);
        added.push(...result.newArticles);
        if (result.error) summary.failed.push({ sourceId: source.id, title: source.title, error: result.error });
        batch.done++;
        batch.newArticles += result.newArticles.length;
        ctx.emit('refreshProgress', { running: batch.done < batch.total, done: batch.done, total: batch.total, newArticles: batch.newArticles });
      }),
    );
    if (batch.done >= batch.total && this.#batch === batch) this.#batch = null;
    if (this.#closed) return summary;
    if (changed.length && pruneArticles(ctx, this.options.keepNewestPerSource) > 0) ctx.media.collectUnused();
    if (added.length) ctx.announce('articlesAdded', { articleIds: added });
    // Sent even when nothing arrived: each source's status (last success, error) changed.
    ctx.emit('libraryChanged', { reason: 'refresh', articleIds: changed });
    return summary;
  }
}
