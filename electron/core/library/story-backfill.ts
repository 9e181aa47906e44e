// Indexing for related stories what is not indexed yet, in small steps with
// pauses between them: the articles a refresh left for later (story-catchup.ts),
// then those a library stored before the story index existed, so neither a large
// refresh nor opening a large old library holds the main process up. Started by
// the composition root's start() and after each refresh, stopped by its close().
import type { ArticleStore } from './article-store.ts';
import { INDEX_COMPLETE, type StoryIndex } from './story-index.ts';

/** Articles indexed per background step; small enough to keep the main process responsive. */
const BACKFILL_BATCH = 100;
const BACKFILL_PAUSE_MS = 20;
/**
 * A catch-up step is sized to take about this long (the main process must not
 * be held past 50 ms), from the time the previous step took per article.
 */
const CATCH_UP_STEP_MS = 15;
const CATCH_UP_PAUSE_MS = 2;

export class StoryBackfill {
  readonly #store: ArticleStore;
  readonly #index: StoryIndex;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #closed = false;
  /** Articles in the next catch-up step, adjusted to take CATCH_UP_STEP_MS. */
  #stepSize = 16;
  #idle: { promise: Promise<void>; resolve: () => void } | null = null;

  readonly #onIndexed: () => void;

  /** `onIndexed` hears of each step that indexed something (what follows indexing, story grouping, wakes then). */
  constructor(store: ArticleStore, index: StoryIndex, onIndexed: () => void = () => {}) {
    this.#store = store;
    this.#index = index;
    this.#onIndexed = onIndexed;
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
    this.#settle();
  }

  /** Resolves when nothing is left to index (or the library closed); starts the work if it is not running. */
  idle(): Promise<void> {
    if (this.#closed) return Promise.resolve();
    if (!this.#idle) {
      let resolve!: () => void;
      const promise = new Promise<void>((r) => (resolve = r));
      this.#idle = { promise, resolve };
    }
    this.start();
    return this.#idle.promise;
  }

  /** Indexes everything a refresh left for later, now, in one go (the CLI, before it answers a related-stories question). */
  catchUpNow(): number {
    let total = 0;
    for (let n; (n = this.#store.catchUp.catchUp(500)) > 0; ) total += n;
    if (total > 0) this.#onIndexed();
    return total;
  }

  #settle(): void {
    this.#idle?.resolve();
    this.#idle = null;
  }

  #schedule(pauseMs = BACKFILL_PAUSE_MS): void {
    this.#timer = setTimeout(() => this.#step(), pauseMs);
    // A short CLI command must not be kept alive by background indexing.
    this.#timer.unref?.();
  }

  #step(): void {
    this.#timer = null;
    if (this.#closed) return;
    // First what refreshes left for later, a step at a time sized to stay short.
    try {
      const started = performance.now();
      const indexed = this.#store.catchUp.catchUp(this.#stepSize);
      if (indexed > 0) {
        const perArticle = (performance.now() - started) / indexed;
        this.#stepSize = Math.max(4, Math.min(200, Math.floor(CATCH_UP_STEP_MS / Math.max(perArticle, 0.01))));
        this.#schedule(CATCH_UP_PAUSE_MS);
        this.#onIndexed();
        return;
      }
    } catch {
      // Busy (another process writes) or closing: the next refresh or start tries again.
      this.#settle();
      return;
    }
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
    } finally {
      if (indexed === 0) this.#settle();
    }
    if (indexed > 0) this.#schedule();
  }
}
