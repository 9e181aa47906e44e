// Subscribing: from whatever the person pasted (a feed, a site, "feed:" link)
// to a source with its first articles, or a short list of feeds to choose from.
import type { SourceInfo, SubscribeResult } from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { LibraryContext } from '../library/context.ts';
import { markupLine } from '../text/feed-markup.ts';
import { guardAllowing } from '../net/address-guard.ts';
import { CharsetError } from '../net/charset.ts';
import { discoverFeeds, fetchParsedFeed, normaliseAddress, type FetchedFeed } from './discover.ts';
import { FetchError } from '../net/http.ts';
import { prepareEntries, storePreparedEntries, type PreparedEntries } from './ingest.ts';
import { DEFAULT_FEED_OPTIONS, type FeedOptions } from './options.ts';
import { FeedParseError } from './parse.ts';
import { FeedPrepareError } from './prepare-pool.ts';
import type { PrepareJob, PreparedFeed } from './prepare.ts';
import { pruneArticles } from './retention.ts';

/** The source list entry for one source, with its feed status. */
export function sourceInfo(ctx: LibraryContext, sourceId: number): SourceInfo {
  const source = withFeedStatus(ctx, ctx.store.sources()).find((s) => s.id === sourceId);
  if (!source) throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not in the library.`);
  return source;
}

/** Adds last success, last error and gone to each feed source. */
export function withFeedStatus(ctx: Pick<LibraryContext, 'sources'>, sources: SourceInfo[]): SourceInfo[] {
  const statuses = ctx.sources.statuses();
  const same = ctx.sources.sameFeeds();
  const edition = ctx.sources.editionIds();
  return sources.map((s) => {
    const status = statuses.get(s.id);
    const withStatus: SourceInfo = status ? { ...s, ...status } : { ...s };
    if (same.has(s.id)) withStatus.sameFeedAs = same.get(s.id)!;
    if (edition.has(s.id)) withStatus.sampleEdition = true;
    return withStatus;
  });
}

/** Renames a source or moves it to another folder (an empty folder: none); the sample edition's sources too. */
export function updateSource(ctx: LibraryContext, sourceId: number, change: { title?: string; folder?: string | null }): SourceInfo {
  const title = change.title?.replace(/\s+/g, ' ').trim();
  if (title !== undefined && !title) throw new LibraryError('INVALID_ARGUMENT', 'A source needs a name.');
  const folder = change.folder === undefined ? undefined : change.folder?.replace(/\s+/g, ' ').trim() || null;
  if (!ctx.sources.update(sourceId, { title, folder })) throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not in the library.`);
  ctx.emit('libraryChanged', { reason: 'refresh', articleIds: [] });
  return sourceInfo(ctx, sourceId);
}

function unavailable(error: unknown): never {
  if (error instanceof FetchError || error instanceof CharsetError || error instanceof FeedParseError || error instanceof FeedPrepareError) {
    throw new LibraryError('FEED_UNAVAILABLE', error.message);
  }
  throw error;
}

/**
 * Subscribes to `url` (a feed or a site). When the site offers several feeds
 * and no `choice` was made, returns them to choose from; pass one back as
 * `choice`. Subscribing to a feed already in the library returns that source.
 */
export async function subscribeToFeed(
  ctx: LibraryContext,
  url: string,
  choice?: string | null,
  options: FeedOptions = DEFAULT_FEED_OPTIONS,
  /** Sanitizes the feed's entries off the main thread (the refresher's worker pool); without it, here. */
  prepare?: (job: PrepareJob) => Promise<PreparedFeed>,
): Promise<SubscribeResult> {
  const address = normaliseAddress(choice ?? url);
  if (!address) throw new LibraryError('INVALID_ARGUMENT', 'That is not a web address. Paste a feed or site address starting with http:// or https://.');
  const existing = ctx.sources.feedSourceByUrl(address);
  if (existing) return { kind: 'subscribed', source: sourceInfo(ctx, existing.id), newArticles: 0, alreadySubscribed: true };

  const { limits } = options;
  // The address the person gave (or chose from the list) may be on their own network; a redirect or a
  // feed link found on the page may not lead to another local host (net/address-guard.ts).
  const guard = guardAllowing([address], ctx.preferences.get().allowLocalNetwork);
  let feedUrl = address;
  let fetched: FetchedFeed;
  try {
    if (choice) {
      fetched = await fetchParsedFeed(address, limits, ctx.now, guard);
      feedUrl = fetched.fetched.permanentUrl ?? address;
    } else {
      const found = await discoverFeeds(address, limits, ctx.now, guard);
      if (found.kind === 'none') throw new LibraryError('NOT_FOUND', found.reason);
      if (found.kind === 'candidates') {
        if (found.candidates.length > 1) return { kind: 'choose', candidates: found.candidates };
        feedUrl = found.candidates[0]!.url;
        const known = ctx.sources.feedSourceByUrl(feedUrl);
        if (known) return { kind: 'subscribed', source: sourceInfo(ctx, known.id), newArticles: 0, alreadySubscribed: true };
        fetched = await fetchParsedFeed(feedUrl, limits, ctx.now, guard);
        feedUrl = fetched.fetched.permanentUrl ?? feedUrl;
      } else {
        fetched = found.fetched;
        feedUrl = found.url;
      }
    }
  } catch (error) {
    unavailable(error);
  }

  const { feed, fetched: response } = fetched;
  let prepared: PreparedEntries;
  try {
    // Sanitizing is the costly part (a hostile item can be made to take minutes): in a worker when the refresher lends its pool.
    prepared = prepare
      ? await prepare({ body: response.body, contentType: response.contentType, feedUrl: response.finalUrl, maxEntries: options.maxEntriesPerFetch })
      : prepareEntries(feed, options.maxEntriesPerFetch);
  } catch (error) {
    unavailable(error);
  }
  // The same feed at a second address (an old one that redirects, a mirror naming the first as
  // its own): recognised by where the redirects ended and by the feed's self link, never added twice.
  const known = ctx.sources.feedSourceByUrl(feedUrl) ?? ctx.sources.sameFeed([feedUrl, response.finalUrl, feed.selfUrl]);
  if (known) return { kind: 'subscribed', source: sourceInfo(ctx, known.id), newArticles: 0, alreadySubscribed: true };
  const now = ctx.now();
  const sourceId = ctx.store.addSource({
    title: markupLine(feed.title) || new URL(feedUrl).host,
    feedUrl,
    siteUrl: feed.siteUrl ?? new URL(feedUrl).origin + '/',
    kind: 'feed',
  });
  const stored = storePreparedEntries(ctx.store, sourceId, prepared, now);
  ctx.sources.recordSuccess(sourceId, now, { etag: response.etag, lastModified: response.lastModified });
  ctx.sources.recordAddresses(sourceId, { finalUrl: response.finalUrl, selfUrl: feed.selfUrl });
  pruneArticles(ctx, options.keepNewestPerSource);
  ctx.emit('libraryChanged', { reason: 'refresh', articleIds: stored.added });
  // As a refresh does: what follows new articles (their stories decided, so a new subscription's
  // coverage folds with what the library has; offline copies when that preference is on) starts now.
  if (stored.added.length) ctx.announce('articlesAdded', { articleIds: stored.added });
  return { kind: 'subscribed', source: sourceInfo(ctx, sourceId), newArticles: stored.added.length, alreadySubscribed: false };
}

/** Removes a feed source and its articles (bookmarks keep their own copy of title and address). */
export function unsubscribeSource(ctx: LibraryContext, sourceId: number): boolean {
  const kind = ctx.sources.kind(sourceId);
  if (!kind) throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not in the library.`);
  if (kind !== 'feed') throw new LibraryError('INVALID_ARGUMENT', 'The sample edition is part of Broadsheet and cannot be unsubscribed.');
  ctx.sources.remove(sourceId);
  ctx.emit('libraryChanged', { reason: 'refresh', articleIds: [] });
  return true;
}
