// The offline-reading methods of the contract, as a handler group for library-core.
import type { Handlers } from '../../shared/contract.ts';
import type { CoreContext } from '../library-core.ts';
import { exportBookmarks, importBookmarks } from './bookmarks.ts';
import { fetchFullArticle, offlineServices, readerVersions, setArticleVersion } from './full-text.ts';

export type OfflineMethods =
  | 'fetchFullText'
  | 'setArticleVersion'
  | 'getConnectivity'
  | 'reportNetworkStatus'
  | 'exportBookmarks'
  | 'importBookmarks';

export function offlineHandlers(ctx: CoreContext): Pick<Handlers, OfflineMethods> {
  const offline = offlineServices(ctx);
  return {
    async fetchFullText(id) {
      ctx.store.summary(id); // NOT_FOUND before any network
      await fetchFullArticle(ctx, id);
      return readerVersions(ctx, ctx.store.article(id));
    },
    setArticleVersion(id, source) {
      setArticleVersion(ctx, id, source);
      ctx.emit('libraryChanged', { reason: 'full-text', articleIds: [id] });
      return readerVersions(ctx, ctx.store.article(id));
    },
    getConnectivity: () => offline.connectivity.state(),
    reportNetworkStatus: (online) => offline.connectivity.reportSystem(online),
    exportBookmarks: (format) => exportBookmarks(ctx, format),
    importBookmarks: (json) => importBookmarks(ctx, json),
  };
}

export { fetchFullArticle, scheduleFullText, offlineServices, purgeUnusedMedia } from './full-text.ts';
