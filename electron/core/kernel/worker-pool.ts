// Work that can freeze a thread (building a DOM from a hostile page) runs in
// worker threads so the main process keeps answering the window. This pool is
// the shared facility: any feature gives it a worker script and sends jobs; it
// starts workers on first use, runs one job per worker at a time, stops a
// worker that passes the time limit or idles, caps each worker's heap, and
// falls back to the calling thread only when no worker can start at all.
// It lives in the kernel because features never import each other: offline
// extraction uses it now; the feed prepare pool (feeds/prepare-pool.ts) predates
// it and could move onto it.
//
// The worker script's side of the protocol (see `serveWorkerJobs`): after
// loading, post `{ ready: true }`; for each job message post `{ ok: true, result }`
// or `{ ok: false, name, message }`.
import { availableParallelism } from 'node:os';
import { parentPort, Worker } from 'node:worker_threads';

export interface WorkerPoolOptions<Job, Result> {
  /** The worker's script (a .ts under Node from source, a .js beside the bundle when built). */
  workerUrl: URL;
  /** Most workers at once. Default: one per core but one, at least one. */
  size?: number;
  /** Longest one job may take; past it the worker is stopped and the job rejected with WorkerTimeoutError. */
  timeLimitMs: number;
  /** A worker with nothing to do for this long is stopped, giving its memory back. */
  idleMs?: number;
  /** Heap cap per worker (MB): a job that would take more kills only its worker. */
  maxHeapMb?: number;
  /** The same work on the calling thread, for when no worker can start (a missing worker file); without it such jobs fail. */
  runHere?: (job: Job) => Result | Promise<Result>;
  /** Turns an error the worker reported back into the caller's class (by name). */
  rebuildError?: (name: string, message: string) => Error;
  /** Names the pool in the warning logged when workers cannot start. */
  label?: string;
}

/** The job ran past the pool's time limit; its worker was stopped. */
export class WorkerTimeoutError extends Error {
  readonly limitMs: number;
  constructor(limitMs: number) {
    super(`The work took longer than ${Math.round(limitMs / 1000)} s and was stopped.`);
    this.name = 'WorkerTimeoutError';
    this.limitMs = limitMs;
  }
}

/** The worker died during the job (out of memory, a crash) or the pool closed first. */
export class WorkerLostError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkerLostError';
  }
}

interface Task<Job, Result> {
  job: Job;
  resolve: (result: Result) => void;
  reject: (error: Error) => void;
}

interface Slot<Job, Result> {
  worker: Worker;
  ready: boolean;
  task: Task<Job, Result> | null;
  timer: ReturnType<typeof setTimeout> | null;
}

type Reply<Result> = { ready: true } | { ok: true; result: Result } | { ok: false; name: string; message: string };

export class WorkerPool<Job, Result> {
  readonly size: number;
  readonly #options: WorkerPoolOptions<Job, Result>;
  #slots: Slot<Job, Result>[] = [];
  #queue: Task<Job, Result>[] = [];
  #closed = false;
  #startFailure: Error | null = null;

  constructor(options: WorkerPoolOptions<Job, Result>) {
    this.#options = options;
    this.size = Math.max(1, Math.floor(options.size ?? availableParallelism() - 1));
  }

  /** Workers running now (tests). */
  get workers(): number {
    return this.#slots.length;
  }

  run(job: Job): Promise<Result> {
    if (this.#closed) return Promise.reject(new WorkerLostError('The library closed before this work was done.'));
    if (this.#startFailure) return this.#here(job);
    return new Promise((resolve, reject) => {
      this.#queue.push({ job, resolve, reject });
      this.#dispatch();
    });
  }

  /** Stops every worker; jobs not finished are rejected. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    const closing = new WorkerLostError('The library closed before this work was done.');
    for (const slot of [...this.#slots]) {
      slot.task?.reject(closing);
      this.#retire(slot);
    }
    for (const task of this.#queue.splice(0)) task.reject(closing);
  }

  #here(job: Job): Promise<Result> {
    const runHere = this.#options.runHere;
    if (!runHere) return Promise.reject(new WorkerLostError(`Workers could not start: ${this.#startFailure?.message}`));
    // Still asynchronous for the caller, and after the current turn of the event loop.
    return new Promise((resolve, reject) => setImmediate(() => Promise.resolve().then(() => runHere(job)).then(resolve, reject)));
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
      const maxHeapMb = this.#options.maxHeapMb;
      worker = new Worker(this.#options.workerUrl, maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: maxHeapMb } } : {});
    } catch (error) {
      this.#fallBack(error as Error);
      return;
    }
    const slot: Slot<Job, Result> = { worker, ready: false, task: null, timer: null };
    this.#slots.push(slot);
    worker.on('message', (reply: Reply<Result>) => {
      if ('ready' in reply) {
        slot.ready = true;
        this.#dispatch();
        if (!slot.task) this.#rest(slot);
        return;
      }
      const task = slot.task;
      if (!task) return;
      slot.task = null;
      if (reply.ok) task.resolve(reply.result);
      else task.reject(this.#options.rebuildError?.(reply.name, reply.message) ?? Object.assign(new Error(reply.message), { name: reply.name }));
      this.#dispatch();
      if (!slot.task) this.#rest(slot);
    });
    worker.on('error', (error) => this.#lost(slot, error));
    worker.on('exit', (code) => this.#lost(slot, new Error(`the worker exited with code ${code}`)));
  }

  #run(slot: Slot<Job, Result>, task: Task<Job, Result>): void {
    slot.task = task;
    if (slot.timer) clearTimeout(slot.timer);
    // A job in flight keeps the process alive (the CLI awaits it); an idle worker does not.
    slot.worker.ref();
    const limitMs = this.#options.timeLimitMs;
    slot.timer = setTimeout(() => {
      this.#retire(slot);
      task.reject(new WorkerTimeoutError(limitMs));
      this.#dispatch();
    }, limitMs);
    slot.timer.unref();
    slot.worker.postMessage(task.job);
  }

  #rest(slot: Slot<Job, Result>): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.worker.unref();
    slot.timer = setTimeout(() => this.#retire(slot), this.#options.idleMs ?? 30_000);
    slot.timer.unref();
  }

  #retire(slot: Slot<Job, Result>): void {
    const at = this.#slots.indexOf(slot);
    if (at === -1) return;
    this.#slots.splice(at, 1);
    if (slot.timer) clearTimeout(slot.timer);
    void slot.worker.terminate();
  }

  #lost(slot: Slot<Job, Result>, error: Error): void {
    if (!this.#slots.includes(slot)) return; // retired on purpose
    this.#retire(slot);
    if (!slot.ready) {
      this.#fallBack(error);
      return;
    }
    slot.task?.reject(new WorkerLostError(`The work stopped unexpectedly (${error.message}).`));
    this.#dispatch();
  }

  #fallBack(error: Error): void {
    if (this.#startFailure) return;
    this.#startFailure = error;
    const where = this.#options.runHere ? 'the work runs on the main thread' : 'the work cannot be done';
    console.warn(`Broadsheet: ${this.#options.label ?? 'worker'} threads could not start (${error.message}); ${where}.`);
    for (const task of this.#queue.splice(0)) this.#here(task.job).then(task.resolve, task.reject);
  }
}

/**
 * The worker script's side: loads what it needs (`warmUp`), says it is ready,
 * then answers each job with its result or its error's name and message.
 */
export function serveWorkerJobs<Job, Result>(handle: (job: Job) => Result | Promise<Result>, warmUp?: () => void): void {
  const port = parentPort;
  if (!port) throw new Error('serveWorkerJobs runs only in a worker thread');
  port.on('message', async (job: Job) => {
    try {
      port.postMessage({ ok: true, result: await handle(job) });
    } catch (error) {
      const { name, message } = error instanceof Error ? error : { name: 'Error', message: String(error) };
      port.postMessage({ ok: false, name, message });
    }
  });
  // Loaded now rather than inside the first job, so a job's time limit measures the job alone.
  warmUp?.();
  port.postMessage({ ready: true });
}
