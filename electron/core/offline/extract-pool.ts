// Extraction off the main thread. Readability and jsdom are CPU work that a
// hostile page can stretch to minutes; in a worker, with a time limit and a
// heap cap, such a page costs one worker and a plain-words reason, and the main
// process keeps answering the window meanwhile. One extractor per open library
// (the FullTextQueue holds it); the CLI's `extract` makes its own.
import { WorkerLostError, WorkerPool, WorkerTimeoutError } from '../kernel/worker-pool.ts';
import { extractArticle, ExtractionError, type ExtractedArticle } from './extract.ts';
import { workerScript } from '../kernel/paths.ts';

export interface ExtractJob {
  html: string;
  url: string;
}

/**
 * The worker's code: beside this module when the core runs from source (.ts),
 * beside the bundle when built (scripts/build.ts writes dist/main/extract-worker.js
 * next to dist/main/main.js).
 */
export const EXTRACT_WORKER_URL = workerScript(import.meta.url, 'extract-worker.ts');

/** Longest one page may take in its worker. A normal page takes well under a second. */
export const EXTRACT_TIME_LIMIT_MS = 20_000;

export interface ArticleExtractorOptions {
  timeLimitMs?: number;
  /** Workers at once (default 1: the queue fetches two pages at a time, and the main thread needs a core too). */
  size?: number;
  workerUrl?: URL;
}

export class ArticleExtractor {
  readonly #pool: WorkerPool<ExtractJob, ExtractedArticle>;
  readonly #timeLimitMs: number;

  constructor(options: ArticleExtractorOptions = {}) {
    this.#timeLimitMs = options.timeLimitMs ?? EXTRACT_TIME_LIMIT_MS;
    this.#pool = new WorkerPool<ExtractJob, ExtractedArticle>({
      workerUrl: options.workerUrl ?? EXTRACT_WORKER_URL,
      size: options.size ?? 1,
      timeLimitMs: this.#timeLimitMs,
      idleMs: 30_000,
      // A page that needs more than this is not an article page; only its worker goes.
      maxHeapMb: 768,
      label: 'extraction',
      runHere: (job) => extractArticle(job.html, job.url),
      rebuildError: (name, message) => (name === 'ExtractionError' ? new ExtractionError(message) : Object.assign(new Error(message), { name })),
    });
  }

  /** Extracts a page in a worker. Rejects with ExtractionError, in words for the reader, for any page it cannot read. */
  async extract(html: string, url: string): Promise<ExtractedArticle> {
    try {
      return await this.#pool.run({ html, url });
    } catch (error) {
      if (error instanceof ExtractionError) throw error;
      if (error instanceof WorkerTimeoutError) {
        throw new ExtractionError(`The page took too long to read (over ${Math.round(this.#timeLimitMs / 1000)} s); the feed's version is kept.`);
      }
      if (error instanceof WorkerLostError) throw new ExtractionError(`Reading the page stopped unexpectedly (it may be too large or malformed).`);
      throw new ExtractionError(`The page could not be read (${(error as Error).message.slice(0, 120)}).`);
    }
  }

  close(): void {
    this.#pool.close();
  }
}
