// The context features work with: the kernel's, plus the open library. Only
// the library layer owns the database handle; features reach the data through
// the store and the library's other owners, never with SQL of their own.
import type { DatabaseSync } from 'node:sqlite';
import type { CoreContext } from '../kernel/context.ts';
import type { ArticleStore } from './article-store.ts';

export interface LibraryContext extends CoreContext {
  readonly store: ArticleStore;
  readonly db: DatabaseSync;
}
