// Reading a fetched feed body — decoding, parsing (feedsmith) and reading each
// entry's markup for its text (text/feed-markup.ts, no DOM) — runs in a small
// pool of worker threads, so the work uses another core and the main process
// keeps answering the window (IPC) meanwhile; the main thread only stores the
// prepared entries, one transaction per feed. (Until issue #14 the workers also
// sanitized every entry with DOMPurify on jsdom, ~650 µs an item and ~100 MB
// a worker; the markup is now sanitized where it is shown or exported.)
//
// Workers are started on first use, one per core but one (see the size option),
// and retired after a while idle. One job runs in a worker at a time, so a
// worker that dies or runs too long fails only that feed's refresh.
// Small bodies are read on the calling thread: a millisecond of work, where a
// cold worker first spends 0.1–0.2 s loading its modules.
import { availableParallelism } from 'node:os';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { CharsetError } from '../net/charset.ts';
import { FeedParseError } from './parse.ts';
import { prepareFeedBody, type PrepareJob, type PreparedFeed } from './prepare.ts';
import { workerScript } from '../kernel/paths.ts';

/** A feed body could not be prepared for a reason of the pool's own (not the feed's content); the message is for the user. */
export class FeedPrepareError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FeedPrepareError';
  }
}

/**
 * The worker's code: beside this module when the core runs from source (.ts,
 * tests and CLI), beside the bundle when built (scripts/build.ts writes
 * dist/main/prepare-worker.js next to dist/main/main.js).
 */
export const PREPARE_WORKER_URL = workerScript(import.meta.url, 'prepare-worker.ts');

/**
 * A worker reads one feed body at a time. Left to itself V8 sizes a worker's
 * heap for this machine's memory and let its old generation grow to 45 MB, 32
 * of them garbage, by the end of a refresh of 200 feeds × 50 items; with an
 * old-generation cap (far above what one feed body, 20 MB at most, needs) it
 * collects sooner and stays near 20 MB. The young generation is sized to hold
 * a whole feed's parse: at 4 MB every parse tree was promoted and a third of the
 * worker's time went to full collections, which the main thread waited for.
 */
export const DEFAULT_WORKER_LIMITS: ResourceLimits = { maxYoungGenerationSizeMb: 32, maxOldGenerationSizeMb: 512 };

export interface PreparePoolOptions {
  /**
   * Most workers at once. Default: one per core but one, at least one. The main
   * thread fetches and stores what the workers prepare and serves the window.
   * Profiled on two cores (200 feeds × 50 items): the one worker is idle more
   * than half the refresh and the main thread is the longer path, so a second
   * worker would only take a core from it (BENCHMARKS.md, "Refresh against newsboat").
   */
  size?: number;
  /** The worker script (tests pass a misbehaving one). */
  workerUrl?: URL;
  /** Longest one feed may take; past it the worker is stopped and the feed fails. */
  timeLimitMs?: number;
  /** A worker with nothing to do for this long is stopped, giving its memory back. */
  idleMs?: number;
  /** Heap limits of each worker (see DEFAULT_WORKER_LIMITS). */
  resourceLimits?: ResourceLimits;
  /** Bodies smaller than this many bytes are read on the calling thread (default 16 KB, under a millisecond); 0 sends every body to a worker. */
  inlineMaxBytes?: number;
}

interface Task {
  job: PrepareJob;
  /** The body's memory may move to the worker (see prepare). */
  transfer: boolean;
  resolve: (feed: PreparedFeed) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  /** Its modules loaded and it said so; jobs are sent only after this. */
  ready: boolean;
  task: Task | null;
  timer: ReturnType<typeof setTimeout> | null;
}

type WorkerReply = { ready: true } | { ok: true; feed: PreparedFeed } | { ok: false; name: string; message: string };

/** The error the worker reported, as the class a refresh knows how to describe. */
function rebuildError(name: string, message: string): Error {
  if (name === 'CharsetError') return new CharsetError(message);
  if (name === 'FeedParseError') return new FeedParseError(message);
  return new Error(`${name}: ${message}`);
}

/** The same work on the calling thread, still asynchronous for the caller. */
function prepareHere(job: PrepareJob): Promise<PreparedFeed> {
  return new Promise((resolve, reject) => {
    setImmediate(() => {
      try {
        resolve(prepareFeedBody(job));
      } catch (error) {
        reject(error as Error);
      }
    });
  });
}

export class FeedPreparePool {
  readonly size: number;
  readonly #workerUrl: URL;
  readonly #timeLimitMs: number;
  readonly #idleMs: number;
  readonly #inlineMaxBytes: number;
  readonly #resourceLimits: ResourceLimits;
  #slots: Slot[] = [];
  #queue: Task[] = [];
  #closed = false;
  /** Set when a worker could not even start (its code missing or unloadable): jobs then run on the calling thread. */
  #startFailure: Error | null = null;

  constructor(options: PreparePoolOptions = {}) {
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism() - 1));
    this.#workerUrl = options.workerUrl ?? PREPARE_WORKER_URL;
    this.#timeLimitMs = options.timeLimitMs ?? 60_000;
    this.#idleMs = options.idleMs ?? 30_000;
    this.#inlineMaxBytes = options.inlineMaxBytes ?? 16 * 1024;
    this.#resourceLimits = options.resourceLimits ?? DEFAULT_WORKER_LIMITS;
  }

  /** Workers running now (for tests and the benchmark). */
  get workers(): number {
    return this.#slots.length;
  }

  /** Whether jobs run in workers; false once a worker failed to start and the pool fell back to the calling thread. */
  get usesWorkers(): boolean {
    return this.#startFailure === null;
  }

  /**
   * Decodes, parses and reads one feed body, in a worker unless it is small.
   * Rejects as prepareFeedBody would, or with FeedPrepareError. With
   * `transfer`, the body's memory may move to the worker: the caller must not
   * read the body afterwards.
   */
  prepare(job: PrepareJob, options: { transfer?: boolean } = {}): Promise<PreparedFeed> {
    if (this.#closed) return Promise.reject(new FeedPrepareError('The library closed before this feed was read.'));
    if (this.#startFailure || job.body.byteLength < this.#inlineMaxBytes) return prepareHere(job);
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, transfer: options.transfer ?? false, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; jobs not finished are rejected. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const closing = new FeedPrepareError('The library closed before this feed was read.');
    for (const slot of [...this.#slots]) {
      slot.task?.reject(closing);
      this.#retire(slot);
    }
    for (const task of this.#queue.splice(0)) task.reject(closing);
  }

  #dispatch(): void {
    while (this.#queue.length > 0) {
      const idle = this.#slots.find((s) => s.ready && !s.task);
      if (idle) {
        this.#run(idle, this.#queue.shift()!);
        continue;
      }
      const starting = this.#slots.filter((s) => !s.ready).length;
      if (this.#slots.length >= this.size || starting >= this.#queue.length) return;
      this.#spawn();
    }
  }

  #spawn(): void {
    let worker: Worker;
    try {
      worker = new Worker(this.#workerUrl, { resourceLimits: this.#resourceLimits });
    } catch (error) {
      this.#fallBack(error as Error);
      return;
    }
    const slot: Slot = { worker, ready: false, task: null, timer: null };
    this.#slots.push(slot);
    worker.on('message', (reply: WorkerReply) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.#dispatch();
        if (!slot.task) this.#rest(slot);
        return;
      }
      const task = slot.task;
      if (!task) return;
      slot.task = null;
      if (reply.ok) task.resolve(reply.feed);
      else task.reject(rebuildError(reply.name, reply.message));
      this.#dispatch();
      if (!slot.task) this.#rest(slot);
    });
    worker.on('error', (error) => this.#lost(slot, error));
    worker.on('exit', (code) => this.#lost(slot, new Error(`the worker exited with code ${code}`)));
  }

  #run(slot: Slot, task: Task): void {
    slot.task = task;
    if (slot.timer) clearTimeout(slot.timer);
    // A job in flight keeps the process alive (the CLI awaits it); an idle worker does not.
    slot.worker.ref();
    slot.timer = setTimeout(() => {
      this.#retire(slot);
      task.reject(new FeedPrepareError(`This feed took too long to read (over ${Math.round(this.#timeLimitMs / 1000)} s). Broadsheet will try again later.`));
      this.#dispatch();
    }, this.#timeLimitMs);
    slot.timer.unref();
    // With `transfer`, a body that owns its memory (a fetch's Buffer.concat does) moves to the worker instead of
    // being copied: here it would wait, promoted to the old generation, for a full collection (V8 lets ~64 MB of
    // such external memory pile up first): that was a quarter of a 200-feed refresh's peak memory.
    const { body } = task.job;
    const movable = task.transfer && body.byteOffset === 0 && body.buffer instanceof ArrayBuffer && body.byteLength === body.buffer.byteLength;
    slot.worker.postMessage(task.job, movable ? [body.buffer as ArrayBuffer] : []);
  }

  /** Idle: let the process exit, and stop the worker if nothing comes for a while. */
  #rest(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.unref();
    slot.timer = setTimeout(() => this.#retire(slot), this.#idleMs);
    slot.timer.unref();
  }

  #retire(slot: Slot): void {
    const at = this.#slots.indexOf(slot);
    if (at === -1) return;
    this.#slots.splice(at, 1);
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
  }

  /** A worker died (uncaught error, out of memory, exit). */
  #lost(slot: Slot, error: Error): void {
    if (!this.#slots.includes(slot)) return; // retired on purpose
    this.#retire(slot);
    if (!slot.ready) {
      this.#fallBack(error);
      return;
    }
    slot.task?.reject(new FeedPrepareError('Reading this feed stopped unexpectedly (it may be too large or malformed). Broadsheet will try again later.'));
    this.#dispatch();
  }

  /** No worker can start here: say so once and do the work on the calling thread instead of failing every refresh. */
  #fallBack(error: Error): void {
    if (this.#startFailure) return;
    this.#startFailure = error;
    console.warn(`Broadsheet: feed workers could not start (${error.message}); feeds are read on the main thread.`);
    // Workers already running finish their job and retire when idle.
    for (const task of this.#queue.splice(0)) prepareHere(task.job).then(task.resolve, task.reject);
  }
}
