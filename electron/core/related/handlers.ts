// The related-stories handler group: stories related to one article, the Big
// picture, and the background indexing of articles stored before the index existed.
import type { GroupHandlers } from '../../shared/contract.ts';
import { relatedArticles } from './related.ts';
import type { CoreContext } from '../library-core.ts';
import { bigPicture } from './big-picture.ts';
import { documentCount, indexMissing } from '../library/story-index.ts';

/** Meta key: every stored article has its story-index entry (set by the back-fill when none is missing). */
export const INDEX_COMPLETE = 'related.indexComplete';

/** Articles indexed per background step; small enough to keep the main process responsive. */
const BACKFILL_BATCH = 100;
const BACKFILL_PAUSE_MS = 20;

export function relatedHandlers(ctx: CoreContext): GroupHandlers<'related'> {
  startBackfill(ctx);
  return {
    articles: (id) => {
      ctx.store.summary(id); // NOT_FOUND for an unknown id rather than an empty list
      return relatedArticles(ctx.store, id);
    },
    bigPicture: (query) => bigPicture(ctx.store, query, ctx.now()),
  };
}

/** Indexes old articles in small steps with pauses between them; stops when none are left or the library closes. */
function startBackfill(ctx: CoreContext): void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;
  const step = () => {
    timer = null;
    if (closed) return;
    let indexed = 0;
    try {
      // Finding an unindexed article is an anti-join over the whole library (4 s at a million
      // articles, on every start). Every article stored since the index exists is indexed on
      // arrival, so once none is missing that stays true: remember it, and check counts first.
      if (ctx.store.getMeta(INDEX_COMPLETE) === '1') return;
      if (documentCount(ctx.db) >= ctx.store.counts().articles) {
        ctx.store.setMeta(INDEX_COMPLETE, '1');
        return;
      }
      indexed = indexMissing(ctx.db, BACKFILL_BATCH);
      if (indexed === 0) ctx.store.setMeta(INDEX_COMPLETE, '1');
    } catch {
      // Busy or closing: try again on the next start rather than fight over the lock.
      return;
    }
    if (indexed > 0) schedule();
  };
  const schedule = () => {
    timer = setTimeout(step, BACKFILL_PAUSE_MS);
    // A short CLI command must not be kept alive by background indexing.
    timer.unref?.();
  };
  schedule();
  ctx.onClose(() => {
    closed = true;
    if (timer) clearTimeout(timer);
  });
}
