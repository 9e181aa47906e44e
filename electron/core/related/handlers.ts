// The related-stories handler group. `relatedArticles` itself stays in the
// reading group (library-core.ts) and calls ./related.ts; this adds the Big
// picture and the background indexing of articles stored before the index existed.
import type { Handlers } from '../../shared/contract.ts';
import type { CoreContext } from '../library-core.ts';
import { bigPicture } from './big-picture.ts';
import { indexMissing } from './story-index.ts';

/** Articles indexed per background step; small enough to keep the main process responsive. */
const BACKFILL_BATCH = 100;
const BACKFILL_PAUSE_MS = 20;

export function relatedHandlers(ctx: CoreContext): Pick<Handlers, 'bigPicture'> {
  startBackfill(ctx);
  return {
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
      indexed = indexMissing(ctx.db, BACKFILL_BATCH);
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
