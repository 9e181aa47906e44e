// Feeds: subscribing, polite refreshing on a schedule, OPML and retention.
// `feedHandlers` is the contract's view over the library's FeedRefresher; the
// plain functions below are for the CLI and for the shell (opening a feed:
// link or an .opml file).
import type { GroupHandlers } from '../../shared/contract.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { LibraryContext } from '../library/context.ts';
import { exportOpmlText, importOpmlText } from './opml.ts';
import type { FeedRefresher } from './refresh.ts';
import { subscribeToFeed, unsubscribeSource, updateSource, withFeedStatus } from './subscribe.ts';

export { DEFAULT_FEEDS, addDefaultSources } from './defaults.ts';
export { exportOpmlText, importOpmlText } from './opml.ts';
export { resolveFeedOptions, type FeedOptions, type FeedOptionsInput } from './options.ts';
export { FeedRefresher, type FeedRefresherOptions } from './refresh.ts';
export { pruneArticles } from './retention.ts';
export { sourceInfo, subscribeToFeed, unsubscribeSource, updateSource, withFeedStatus } from './subscribe.ts';

export function feedHandlers(ctx: LibraryContext, refresher: FeedRefresher): GroupHandlers<'feeds'> {
  return {
    sources: () => withFeedStatus(ctx, ctx.store.sources()),
    subscribe: (url, choice) => subscribeToFeed(ctx, url, choice, refresher.options, (job) => refresher.prepare(job)),
    unsubscribe: (sourceId) => unsubscribeSource(ctx, sourceId),
    updateSource: (sourceId, change) => updateSource(ctx, sourceId, change),
    async refresh(sourceId) {
      if (sourceId != null && !ctx.sources.has(sourceId)) {
        throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not in the library.`);
      }
      return refresher.refresh(sourceId ?? null);
    },
    importOpml: (text) => importOpmlText(ctx, text),
    exportOpml: () => exportOpmlText(ctx),
    setRefresh(sourceId, minutes) {
      if (!ctx.sources.setRefreshMinutes(sourceId, minutes)) throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not a feed in the library.`);
      ctx.emit('libraryChanged', { reason: 'refresh', articleIds: [] });
      return withFeedStatus(ctx, ctx.store.sources()).find((s) => s.id === sourceId)!;
    },
  };
}
