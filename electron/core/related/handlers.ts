// The related-stories handler group: stories related to one article, the Big
// picture, and the background indexing of articles stored before the index existed.
import type { GroupHandlers } from '../../shared/contract.ts';
import { relatedArticles } from './related.ts';
import type { LibraryContext } from '../library/context.ts';
import { bigPicture } from './big-picture.ts';
import { StoryBackfill } from '../library/story-backfill.ts';

export function relatedHandlers(ctx: LibraryContext): GroupHandlers<'related'> {
  const backfill = new StoryBackfill(ctx.store, ctx.store.storyIndex);
  backfill.start();
  ctx.onClose(() => backfill.close());
  return {
    articles: (id) => {
      ctx.store.summary(id); // NOT_FOUND for an unknown id rather than an empty list
      return relatedArticles(ctx.store, id);
    },
    bigPicture: (query) => bigPicture(ctx.store, query, ctx.now()),
  };
}
