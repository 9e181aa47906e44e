// The related-stories handler group: stories related to one article and the
// Big picture. (Indexing what was stored before the index existed is the
// library's StoryBackfill, started by the composition root.)
import type { GroupHandlers } from '../../shared/contract.ts';
import { relatedArticles } from './related.ts';
import type { LibraryContext } from '../library/context.ts';
import { bigPicture } from './big-picture.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { StoryAssigner } from './stories.ts';

export function relatedHandlers(ctx: LibraryContext, stories?: Pick<StoryAssigner, 'wake'>): GroupHandlers<'related'> {
  return {
    articles: (id) => {
      ctx.store.summary(id); // NOT_FOUND for an unknown id rather than an empty list
      return relatedArticles(ctx.store, id);
    },
    bigPicture: (query) => bigPicture(ctx.store, query, ctx.now()),
    markStoryRead(id) {
      ctx.store.summary(id);
      const ids = ctx.store.markStoryRead(id);
      if (ids.length) ctx.emit('libraryChanged', { reason: 'read', articleIds: ids });
      return ids;
    },
    setStoryLead(sourceId, lead) {
      if (!ctx.store.storyGroups.setStoryLead(sourceId, lead)) throw new LibraryError('NOT_FOUND', `Source ${sourceId} is not in the library.`);
      // Folded rows may now lead with another version.
      ctx.emit('libraryChanged', { reason: 'stories', articleIds: [] });
      stories?.wake();
      return lead;
    },
  };
}
