// Indexing the articles a library stored before the story index existed, in
// small steps with pauses between them, so opening a large old library is not
// held up. Started by the composition root's start(), stopped by its close().
import type { ArticleStore } from './article-store.ts';
import { INDEX_COMPLETE, type StoryIndex } from './story-index.ts';

/** Articles indexed per background step; small enough to keep the main process responsive. */
const BACKFILL_BATCH = 100;
const BACKFILL_PAUSE_MS = 20;

export class StoryBackfill {
  readonly #store: ArticleStore;
  readonly #index: StoryIndex;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;

  constructor(store: ArticleStore, index: StoryIndex) {
    this.#store = store;
    this.#index = index;
  }

  /** Starts indexing what is missing; stops by itself when nothing is left. */
  start(): void {
    if (this.#closed || this.#timer) return;
    this.#schedule();
  }

  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
  }

  #schedule(): void {
    this.#timer = setTimeout(() => this.#step(), BACKFILL_PAUSE_MS);
    // A short CLI command must not be kept alive by background indexing.
    this.#timer.unref?.();
  }

  #step(): void {
    this.#timer = null;
    if (this.#closed) return;
    let indexed = 0;
    try {
      // Finding an unindexed article is an anti-join over the whole library (4 s at a million
      // articles, on every start). Every article stored since the index exists is indexed on
      // arrival, so once none is missing that stays true: remember it, and check counts first.
      if (this.#store.getMeta(INDEX_COMPLETE) === '1') return;
      if (this.#index.documentCount() >= this.#store.counts().articles) {
        this.#store.setMeta(INDEX_COMPLETE, '1');
        return;
      }
      indexed = this.#index.indexMissing(BACKFILL_BATCH);
      if (indexed === 0) this.#store.setMeta(INDEX_COMPLETE, '1');
    } catch {
      // Busy or closing: try again on the next start rather than fight over the lock.
      return;
    }
    if (indexed > 0) this.#schedule();
  }
}
