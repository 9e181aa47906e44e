// Feeds: subscribing, polite refreshing on a schedule, OPML, reading state and
// retention. `feedHandlers` is the contract's view; the plain functions below
// are for the CLI and for the shell (opening a feed: link or an .opml file).
import type { GroupHandlers } from '../../shared/contract.ts';
import { LibraryError } from '../ipc/dispatch.ts';
import type { CoreContext } from '../library-core.ts';
import { addDefaultSources } from './defaults.ts';
import { setFeedOptions, type FeedOptionsInput } from './options.ts';
import { exportOpmlText, importOpmlText } from './opml.ts';
import { markClosed, refresh } from './refresh.ts';
import { startSchedule } from './schedule.ts';
import { subscribeToFeed, unsubscribeSource, withFeedStatus } from './subscribe.ts';

export { DEFAULT_FEEDS, addDefaultSources } from './defaults.ts';
export { alsoInSources } from './ingest.ts';
export { exportOpmlText, importOpmlText } from './opml.ts';
export { refresh } from './refresh.ts';
export { pruneArticles } from './retention.ts';
export { sourceInfo, subscribeToFeed, unsubscribeSource, withFeedStatus } from './subscribe.ts';
export type { FeedOptionsInput } from './options.ts';

export interface FeedSetup extends FeedOptionsInput {
  /** Add the default news feeds the first time this library is opened (the desktop app does; tests do not). */
  defaultSources?: boolean;
}

/** Marks every unread article in a source, a folder, or (with neither) the whole library as read. */
export function markAllRead(ctx: CoreContext, scope: { sourceId?: number | null; folder?: string | null }): number {
  const where: string[] = ['read = 0'];
  const params: (number | string)[] = [];
  if (scope.sourceId != null) {
    if (!ctx.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(scope.sourceId)) throw new LibraryError('NOT_FOUND', `Source ${scope.sourceId} is not in the library.`);
    where.push('source_id = ?');
    params.push(scope.sourceId);
  }
  if (scope.folder != null) {
    where.push('source_id IN (SELECT id FROM sources WHERE folder = ?)');
    params.push(scope.folder);
  }
  const ids = (ctx.db.prepare(`UPDATE articles SET read = 1 WHERE ${where.join(' AND ')} RETURNING id`).all(...params) as { id: number }[]).map((r) => r.id);
  if (ids.length) ctx.emit('libraryChanged', { reason: 'read', articleIds: ids });
  return ids.length;
}

export function feedHandlers(ctx: CoreContext, setup: FeedSetup = {}): GroupHandlers<'feeds'> {
  const options = setFeedOptions(ctx, setup);
  ctx.onClose(() => markClosed(ctx));
  if (setup.defaultSources) addDefaultSources(ctx);
  if (options.schedule) startSchedule(ctx);
  return {
    sources: () => withFeedStatus(ctx, ctx.store.sources()),
    subscribe: (url, choice) => subscribeToFeed(ctx, url, choice),
    unsubscribe: (sourceId) => unsubscribeSource(ctx, sourceId),
    async refresh(sourceId) {
      if (sourceId != null && !ctx.db.prepare('SELECT 1 FROM sources WHERE id = ?').get(sourceId)) {
        throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not in the library.`);
      }
      return refresh(ctx, sourceId ?? null);
    },
    importOpml: (text) => importOpmlText(ctx, text),
    exportOpml: () => exportOpmlText(ctx),
    setRefresh(sourceId, minutes) {
      const changed = ctx.db.prepare("UPDATE sources SET refresh_minutes = ? WHERE id = ? AND kind = 'feed'").run(minutes, sourceId);
      if (changed.changes === 0) throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not a feed in the library.`);
      ctx.emit('libraryChanged', { reason: 'refresh', articleIds: [] });
      return withFeedStatus(ctx, ctx.store.sources()).find((s) => s.id === sourceId)!;
    },
  };
}
