// Refreshing sources: one at a time per source, a few at a time across the
// library, each failure recorded against its own source in plain words while
// every other source and every stored article carries on untouched.
import type { RefreshSummary } from '../../shared/models.ts';
import type { CoreContext } from '../library-core.ts';
import { CharsetError } from '../net/charset.ts';
import { FetchError, fetchBounded, formatWait } from '../net/http.ts';
import { storePreparedEntries, type IngestResult } from './ingest.ts';
import { feedOptions } from './options.ts';
import { FeedParseError } from './parse.ts';
import { FeedPrepareError, FeedPreparePool } from './prepare-pool.ts';
import { pruneArticles } from './retention.ts';
import { offlineServices, purgeUnusedMedia, scheduleFullText } from '../offline/full-text.ts';
import { feedSource, feedSources, moveFeedUrl, recordFailure, recordSuccess, type FeedSourceRow } from './source-state.ts';

export interface SourceRefresh {
  sourceId: number;
  newArticles: number[];
  updatedArticles: number[];
  /** The server said nothing changed (304); nothing was parsed. */
  notModified: boolean;
  error: string | null;
}

interface Runtime {
  inFlight: Map<number, Promise<SourceRefresh>>;
  /** Progress of the batch under way, for the refreshProgress event. */
  batch: { done: number; total: number; newArticles: number } | null;
  waiting: (() => void)[];
  active: number;
}

const runtimes = new WeakMap<CoreContext, Runtime>();

function runtime(ctx: CoreContext): Runtime {
  let rt = runtimes.get(ctx);
  if (!rt) runtimes.set(ctx, (rt = { inFlight: new Map(), batch: null, waiting: [], active: 0 }));
  return rt;
}

/** A concurrency gate shared by every refresh in this library. */
async function withSlot<T>(ctx: CoreContext, work: () => Promise<T>): Promise<T> {
  const rt = runtime(ctx);
  const limit = Math.max(1, feedOptions(ctx).concurrency);
  while (rt.active >= limit) await new Promise<void>((resolve) => rt.waiting.push(resolve));
  rt.active++;
  try {
    return await work();
  } finally {
    rt.active--;
    rt.waiting.shift()?.();
  }
}

export function intervalMinutes(ctx: CoreContext, source: Pick<FeedSourceRow, 'refresh_minutes'>): number {
  return source.refresh_minutes ?? ctx.preferences.get().refreshMinutes;
}

/** Whether the schedule should fetch this source now. At start-up the interval is ignored; back-off and Retry-After are not. */
export function isDue(ctx: CoreContext, source: FeedSourceRow, now: number, startup = false): boolean {
  if (source.gone || !source.feed_url) return false;
  if (source.retry_after_until !== null && now < source.retry_after_until) return false;
  if (source.next_fetch_at !== null && now < source.next_fetch_at) return false;
  return startup || source.last_attempt_at === null || now >= source.last_attempt_at + intervalMinutes(ctx, source) * 60_000;
}

const closed = new WeakSet<CoreContext>();

const pools = new WeakMap<CoreContext, FeedPreparePool>();

/** The library's worker pool for reading feed bodies, started on the first refresh that fetched something. */
function preparePool(ctx: CoreContext): FeedPreparePool {
  let pool = pools.get(ctx);
  if (!pool) pools.set(ctx, (pool = new FeedPreparePool()));
  return pool;
}

/** Uses `pool` for this library's refreshes instead of the default one (tests and the benchmark). */
export function setPreparePool(ctx: CoreContext, pool: FeedPreparePool): void {
  pools.get(ctx)?.close();
  pools.set(ctx, pool);
}

/** Called when the library closes: fetches still under way must not write to a closed database, and the workers stop. */
export function markClosed(ctx: CoreContext): void {
  closed.add(ctx);
  pools.get(ctx)?.close();
  pools.delete(ctx);
}

function describe(error: unknown): string {
  if (error instanceof FetchError || error instanceof CharsetError || error instanceof FeedParseError || error instanceof FeedPrepareError) {
    return error.message;
  }
  return 'Something unexpected went wrong while reading this feed. Broadsheet will try again later.';
}

/** Fetches, parses and stores one source. Never throws: a failure is recorded on the source. */
export function refreshSource(ctx: CoreContext, sourceId: number): Promise<SourceRefresh> {
  const rt = runtime(ctx);
  const running = rt.inFlight.get(sourceId);
  if (running) return running;
  const promise = withSlot(ctx, () => refreshNow(ctx, sourceId)).finally(() => rt.inFlight.delete(sourceId));
  rt.inFlight.set(sourceId, promise);
  return promise;
}

async function refreshNow(ctx: CoreContext, sourceId: number): Promise<SourceRefresh> {
  const outcome: SourceRefresh = { sourceId, newArticles: [], updatedArticles: [], notModified: false, error: null };
  const source = feedSource(ctx.db, sourceId);
  if (!source || !source.feed_url) return { ...outcome, error: 'This source has no feed to refresh.' };
  if (source.gone) return { ...outcome, error: source.last_error ?? 'This feed is gone for good and is no longer checked.' };
  const options = feedOptions(ctx);
  const startedAt = ctx.now();
  if (source.retry_after_until !== null && startedAt < source.retry_after_until) {
    // The site asked for a pause; even a manual refresh honours it.
    return { ...outcome, error: `The site asked Broadsheet to wait; it will try again in ${formatWait(source.retry_after_until - startedAt)}.` };
  }
  try {
    const result = await fetchBounded({ url: source.feed_url, etag: source.etag, lastModified: source.last_modified }, options.limits, ctx.now);
    if (closed.has(ctx)) return outcome;
    if (result.permanentUrl && result.permanentUrl !== source.feed_url) moveFeedUrl(ctx.db, sourceId, result.permanentUrl);
    if (result.notModified) {
      outcome.notModified = true;
      recordSuccess(ctx.db, sourceId, ctx.now(), { etag: result.etag, lastModified: result.lastModified });
      return outcome;
    }
    offlineServices(ctx).connectivity.noteSuccess();
    // Decoding, parsing and sanitizing run in a worker; only storing happens here, in one transaction.
    const feed = await preparePool(ctx).prepare({
      body: result.body,
      contentType: result.contentType,
      feedUrl: result.finalUrl,
      maxEntries: options.maxEntriesPerFetch,
    });
    // Feeds read at the same moment arrive together; storing each in its own turn of
    // the event loop lets calls from the window in between instead of after all of them.
    await new Promise((resolve) => setImmediate(resolve));
    if (closed.has(ctx)) return outcome;
    if (!feedSource(ctx.db, sourceId)) return outcome; // unsubscribed while the fetch was under way
    const stored: IngestResult = storePreparedEntries(ctx.store, sourceId, feed, ctx.now());
    if (feed.siteUrl && !source.site_url) ctx.db.prepare('UPDATE sources SET site_url = ? WHERE id = ?').run(feed.siteUrl, sourceId);
    recordSuccess(ctx.db, sourceId, ctx.now(), { etag: result.etag, lastModified: result.lastModified });
    outcome.newArticles = stored.added;
    outcome.updatedArticles = stored.updated;
    return outcome;
  } catch (error) {
    if (closed.has(ctx)) return outcome;
    // Network-level failures are evidence for the offline indicator; HTTP errors are not.
    if (error instanceof FetchError && (error.failure === 'network' || error.failure === 'connect-timeout')) {
      offlineServices(ctx).connectivity.noteFailure(source.feed_url);
    }
    const message = describe(error);
    const now = ctx.now();
    const failures = source.failures + 1;
    // Exponential back-off from the source's own interval, capped at a day.
    const backoff = Math.min(options.maxBackoffMs, intervalMinutes(ctx, source) * 60_000 * 2 ** Math.min(failures, 10));
    const retryAfterMs = error instanceof FetchError ? error.retryAfterMs : null;
    if (feedSource(ctx.db, sourceId)) {
      recordFailure(ctx.db, sourceId, now, {
        message,
        nextFetchAt: now + Math.max(backoff, retryAfterMs ?? 0),
        retryAfterUntil: retryAfterMs === null ? null : now + retryAfterMs,
        gone: error instanceof FetchError && error.failure === 'gone',
      });
    }
    return { ...outcome, error: message };
  }
}

const allInFlight = new WeakMap<CoreContext, Promise<RefreshSummary>>();

/**
 * Refreshes one source (`sourceId`) or every feed source. With `dueOnly`, only
 * sources the schedule says are due. Emits refreshProgress while it runs and
 * libraryChanged ('refresh') when articles arrived or changed.
 */
export function refresh(ctx: CoreContext, sourceId: number | null = null, options: { dueOnly?: boolean; startup?: boolean } = {}): Promise<RefreshSummary> {
  if (sourceId === null && !options.dueOnly) {
    const running = allInFlight.get(ctx);
    if (running) return running;
    const promise = runBatch(ctx, null, false).finally(() => allInFlight.delete(ctx));
    allInFlight.set(ctx, promise);
    return promise;
  }
  return runBatch(ctx, sourceId, options.dueOnly ?? false, options.startup ?? false);
}

async function runBatch(ctx: CoreContext, sourceId: number | null, dueOnly: boolean, startup = false): Promise<RefreshSummary> {
  const now = ctx.now();
  let targets: FeedSourceRow[];
  if (sourceId !== null) {
    const one = feedSource(ctx.db, sourceId);
    targets = one ? [one] : [];
  } else {
    targets = feedSources(ctx.db).filter((s) => (dueOnly ? isDue(ctx, s, now, startup) : !s.gone));
  }
  const summary: RefreshSummary = { checked: 0, newArticles: 0, failed: [] };
  if (!targets.length) return summary;
  // A refresh asked for while the system is offline waits for the network to return.
  // (When only our own requests failed, the refresh itself is the best probe, so it goes ahead.)
  const connectivity = offlineServices(ctx).connectivity;
  if (connectivity.state().reason === 'system-offline') await connectivity.whenOnline();
  if (closed.has(ctx)) return summary;

  const rt = runtime(ctx);
  const batch = rt.batch ?? { done: 0, total: 0, newArticles: 0 };
  rt.batch = batch;
  batch.total += targets.length;
  ctx.emit('refreshProgress', { running: true, done: batch.done, total: batch.total, newArticles: batch.newArticles });

  const changed: number[] = [];
  const added: number[] = [];
  await Promise.all(
    targets.map(async (source) => {
      const result = await refreshSource(ctx, source.id);
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
  if (batch.done >= batch.total && rt.batch === batch) rt.batch = null;
  if (closed.has(ctx)) return summary;
  if (changed.length && pruneArticles(ctx) > 0) purgeUnusedMedia(ctx);
  if (added.length && feedOptions(ctx).fullText) scheduleFullText(ctx, added);
  // Sent even when nothing arrived: each source's status (last success, error) changed.
  ctx.emit('libraryChanged', { reason: 'refresh', articleIds: changed });
  return summary;
}

