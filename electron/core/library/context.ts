// The context features work with: the kernel's, plus the open library. Only
// the library layer owns the database handle (features are not given it);
// they reach the data through the store and the library's other owners.
import type { CoreContext } from '../kernel/context.ts';
import type { ArticleStore } from './article-store.ts';
import type { MediaStore } from './media.ts';
import type { ReaderCopies } from './reader-copies.ts';
import type { SourceStore } from './sources.ts';

/**
 * What one part of the core tells the rest, never the window. Features do not
 * call each other: they announce, and the composition root decides who acts.
 */
export interface LibraryEvents {
  /** A feed stored articles that were not in the library before. */
  articlesAdded: { articleIds: number[] };
  /** Articles were bookmarked (by hand or by an import): they should have their complete offline copy. */
  articlesBookmarked: { articleIds: number[] };
}

export interface LibraryContext extends CoreContext {
  readonly store: ArticleStore;
  readonly sources: SourceStore;
  readonly media: MediaStore;
  readonly readerCopies: ReaderCopies;
  /** Announces a LibraryEvents event inside the core. */
  announce<E extends keyof LibraryEvents>(event: E, payload: LibraryEvents[E]): void;
}
