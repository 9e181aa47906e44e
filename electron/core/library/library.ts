// One open library: the database handle and every object that speaks SQL
// over it. These are the only owners of the schema; features reach the data
// through them. Closing the library closes the handle they share.
import type { DatabaseSync } from 'node:sqlite';
import { ArticleStore } from './article-store.ts';
import { openDatabase } from './database.ts';
import { MediaStore } from './media.ts';
import { ReaderCopies } from './reader-copies.ts';
import { SourceStore } from './sources.ts';
import { StoryIndex } from './story-index.ts';

export class Library {
  readonly db: DatabaseSync;
  readonly storyIndex: StoryIndex;
  readonly store: ArticleStore;
  readonly sources: SourceStore;
  readonly media: MediaStore;
  readonly readerCopies: ReaderCopies;

  constructor(db: DatabaseSync, libraryDir: string) {
    this.db = db;
    this.storyIndex = new StoryIndex(db);
    this.store = new ArticleStore(db, this.storyIndex);
    this.sources = new SourceStore(db);
    this.media = new MediaStore(db, libraryDir);
    this.readerCopies = new ReaderCopies(db, this.media);
  }

  /** Opens (creating and migrating if needed) the library in `libraryDir`. */
  static open(libraryDir: string): Library {
    return new Library(openDatabase(libraryDir), libraryDir);
  }

  close(): void {
    this.db.close();
  }
}
