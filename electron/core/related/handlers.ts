// The related-stories handler group: stories related to one article and the
// Big picture. (Indexing what was stored before the index existed is the
// library's StoryBackfill, started by the composition root.)
import type { GroupHandlers } from '../../shared/contract.ts';
import { relatedArticles } from './related.ts';
import type { LibraryContext } from '../library/context.ts';
import { bigPicture } from './big-picture.ts';

export function relatedHandlers(ctx: LibraryContext): GroupHandlers<'related'> {
  return {
    articles: (id) => {
      ctx.store.summary(id); // NOT_FOUND for an unknown id rather than an empty list
      return relatedArticles(ctx.store, id);
    },
    bigPicture: (query) => bigPicture(ctx.store, query, ctx.now()),
  };
}
