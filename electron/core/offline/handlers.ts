// The offline-reading methods of the contract, as a handler group for library-core.
import type { GroupHandlers, Handlers } from '../../shared/contract.ts';
import type { LibraryContext } from '../library/context.ts';
import type { Connectivity } from '../net/connectivity.ts';
import { exportBookmarks, importBookmarks } from './bookmarks.ts';
import type { FullTextQueue } from './full-text.ts';

export function offlineHandlers(ctx: LibraryContext, fullText: FullTextQueue, connectivity: Connectivity): Pick<Handlers, 'offline' | 'bookmarks'> {
  const offlineGroup: GroupHandlers<'offline'> = {
    async fetchFullText(id) {
      ctx.store.summary(id); // NOT_FOUND before any network
      await fullText.fetchFullArticle(id);
      return ctx.readerCopies.withReaderVersions(ctx.store.article(id));
    },
    setVersion(id, source) {
      ctx.readerCopies.setVersion(id, source);
      ctx.emit('libraryChanged', { reason: 'full-text', articleIds: [id] });
      return ctx.readerCopies.withReaderVersions(ctx.store.article(id));
    },
    connectivity: () => connectivity.state(),
    reportNetworkStatus: (online) => connectivity.reportSystem(online),
  };
  const bookmarks: GroupHandlers<'bookmarks'> = {
    export: (format) => exportBookmarks(ctx, format),
    import: (json) => importBookmarks(ctx, json),
  };
  return { offline: offlineGroup, bookmarks };
}

export { FullTextQueue, fetchPage, PageError, type FullTextOutcome, type FullTextQueueOptions, type PageFetcher } from './full-text.ts';
export type { ImageFetcher } from './media.ts';
