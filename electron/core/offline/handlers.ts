// The offline-reading methods of the contract, as a handler group for library-core.
import type { GroupHandlers, Handlers } from '../../shared/contract.ts';
import type { CoreContext } from '../library-core.ts';
import { exportBookmarks, importBookmarks } from './bookmarks.ts';
import { fetchFullArticle, offlineServices, readerVersions, setArticleVersion } from './full-text.ts';

export function offlineHandlers(ctx: CoreContext): Pick<Handlers, 'offline' | 'bookmarks'> {
  const offline = offlineServices(ctx);
  const offlineGroup: GroupHandlers<'offline'> = {
    async fetchFullText(id) {
      ctx.store.summary(id); // NOT_FOUND before any network
      await fetchFullArticle(ctx, id);
      return readerVersions(ctx, ctx.store.article(id));
    },
    setVersion(id, source) {
      setArticleVersion(ctx, id, source);
      ctx.emit('libraryChanged', { reason: 'full-text', articleIds: [id] });
      return readerVersions(ctx, ctx.store.article(id));
    },
    connectivity: () => offline.connectivity.state(),
    reportNetworkStatus: (online) => offline.connectivity.reportSystem(online),
  };
  const bookmarks: GroupHandlers<'bookmarks'> = {
    export: (format) => exportBookmarks(ctx, format),
    import: (json) => importBookmarks(ctx, json),
  };
  return { offline: offlineGroup, bookmarks };
}

export { fetchFullArticle, scheduleFullText, offlineServices, purgeUnusedMedia } from './full-text.ts';
