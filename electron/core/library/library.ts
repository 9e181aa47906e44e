// One open library: the database handle and every object that speaks SQL
// over it. These are the only owners of the schema; features reach the data
// through them. Closing the library closes the handle they share.
import type { DatabaseSync } from 'node:sqlite';
import { ArticleStore } from './article-store.ts';
import { isCorruption } from '../kernel/errors.ts';
import { openLibraryDatabase, type OpenDatabaseOptions } from './database.ts';
import { markCheckNeeded, type IntegrityReport } from './integrity.ts';
import { MediaStore } from './media.ts';
import { ReaderCopies } from './reader-copies.ts';
import { SourceStore } from './sources.ts';
import { StoryIndex } from './story-index.ts';
import { StoryGroups } from './story-groups.ts';

export class Library {
  readonly db: DatabaseSync;
  readonly dir: string;
  /** The folder or disk allows no changes: reading, searching and exporting work; writes fail with a STORAGE error. */
  readonly readOnly: boolean;
  /** What the integrity check at open found. */
  readonly check: IntegrityReport;
  readonly storyIndex: StoryIndex;
  /** Which articles report one story (the list folds them); decided by core/related's StoryAssigner. */
  readonly storyGroups: StoryGroups;
  readonly store: ArticleStore;
  readonly sources: SourceStore;
  readonly media: MediaStore;
  readonly readerCopies: ReaderCopies;

  constructor(db: DatabaseSync, libraryDir: string, opened: { readOnly?: boolean; check?: IntegrityReport } = {}) {
    this.db = db;
    this.dir = libraryDir;
    this.readOnly = opened.readOnly ?? false;
    this.check = opened.check ?? { ok: true, full: false, problems: [], ms: 0 };
    this.storyIndex = new StoryIndex(db);
    this.storyGroups = new StoryGroups(db);
    this.store = new ArticleStore(db, this.storyIndex, this.storyGroups);
    this.sources = new SourceStore(db);
    this.media = new MediaStore(db, libraryDir);
    this.readerCopies = new ReaderCopies(db, this.media);
  }

  /**
   * Opens (creating and migrating if needed) the library in `libraryDir`.
   * Throws LibraryDamagedError (integrity.ts) for a damaged file, with nothing written.
   */
  static open(libraryDir: string, options: OpenDatabaseOptions = {}): Library {
    const { db, readOnly, check } = openLibraryDatabase(libraryDir, options);
    const library = new Library(db, libraryDir, { readOnly, check });
    // A download a full disk or a killed process left half-written is never an image.
    if (!readOnly) library.media.removePartialFiles();
    return library;
  }

  /** A call failed in storage: when the file itself was found damaged, the next open reads every page first. */
  noteStorageFailure(error: unknown): void {
    if (isCorruption(error)) markCheckNeeded(this.dir);
  }

  close(): void {
    this.db.close();
  }
}
