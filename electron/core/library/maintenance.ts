// The library's daily care, off the main thread: once a day (and a few
// minutes after start-up when the last backup is older than that) a worker
// reads every page (`PRAGMA quick_check`) and, if the library is whole, adds
// a daily backup and drops the oldest (backups.ts). Damage found this way is
// remembered, so the next open checks in full and offers restore or salvage.
import { Worker } from 'node:worker_threads';
import type { BackupInfo, BackupKind } from './backups.ts';
import { dailyBackupDue } from './backups.ts';
import { markCheckNeeded, type IntegrityReport } from './integrity.ts';
import type { MaintenanceJob } from './maintenance-worker.ts';
import { workerScript } from '../kernel/paths.ts';

/**
 * Where the worker script is: beside this module when run from source, and
 * dist/main/maintenance-worker.js beside the bundled main.js in the built app (scripts/build.ts).
 */
export const MAINTENANCE_WORKER_URL = workerScript(import.meta.url, 'maintenance-worker.ts');

/** After start-up, so opening the window and the first refresh go first. */
const FIRST_RUN_DELAY_MS = 3 * 60_000;
/** How often it looks whether a day has passed since the last daily backup. */
const LOOK_EVERY_MS = 60 * 60_000;

export interface MaintenanceResult {
  check: IntegrityReport;
  /** The backup made, or null when the check found damage. */
  backup: BackupInfo | null;
}

export interface MaintenanceOptions {
  now?: () => number;
  workerUrl?: URL;
  /** Told when a run finishes or fails (the shell logs it). */
  onResult?: (result: MaintenanceResult | Error) => void;
}

export class LibraryMaintenance {
  readonly #libraryDir: string;
  readonly #now: () => number;
  readonly #workerUrl: URL;
  readonly #onResult: (result: MaintenanceResult | Error) => void;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<MaintenanceResult> | null = null;
  #worker: Worker | null = null;
  #closed = false;

  constructor(libraryDir: string, options: MaintenanceOptions = {}) {
    this.#libraryDir = libraryDir;
    this.#now = options.now ?? Date.now;
    this.#workerUrl = options.workerUrl ?? MAINTENANCE_WORKER_URL;
    this.#onResult = options.onResult ?? (() => {});
  }

  /** Runs the daily check and backup whenever one is due, starting a few minutes from now. */
  start(): void {
    if (this.#closed || this.#timer) return;
    this.#schedule(FIRST_RUN_DELAY_MS);
  }

  #schedule(ms: number): void {
    this.#timer = setTimeout(() => {
      this.#timer = null;
      if (this.#closed) return;
      const due = dailyBackupDue(this.#libraryDir, this.#now());
      const run = due ? this.runNow('daily').then(this.#onResult, this.#onResult) : Promise.resolve();
      void run.finally(() => {
        if (!this.#closed) this.#schedule(LOOK_EVERY_MS);
      });
    }, ms);
    this.#timer.unref?.();
  }

  #problem: string | null = null;

  /** Why the last run failed, in words (null after a good run, or before any): the About dialog and `cli stats` say it. */
  get lastProblem(): string | null {
    return this.#problem;
  }

  /** Checks every page and, when the library is whole, writes a backup of `kind` now (in a worker thread). */
  runNow(kind: BackupKind = 'daily'): Promise<MaintenanceResult> {
    if (this.#running) return this.#running;
    const job: MaintenanceJob = { libraryDir: this.#libraryDir, kind, now: this.#now() };
    this.#running = new Promise<MaintenanceResult>((resolve, reject) => {
      const worker = new Worker(this.#workerUrl, { workerData: job });
      this.#worker = worker;
      let settled = false;
      worker.on('message', (reply: { ok: true; check: IntegrityReport; backup: BackupInfo | null } | { ok: false; message: string }) => {
        settled = true;
        if (!reply.ok) return reject(new Error(`The library's daily check and backup failed: ${reply.message}`));
        if (!reply.check.ok) markCheckNeeded(this.#libraryDir);
        resolve({ check: reply.check, backup: reply.backup });
      });
      worker.on('error', (error) => {
        settled = true;
        reject(error);
      });
      worker.on('exit', (code) => {
        this.#worker = null;
        if (!settled) reject(new Error(this.#closed ? 'The library closed before its check finished.' : `The maintenance worker stopped (code ${code}).`));
      });
    })
      .then(
        (result) => {
          this.#problem = result.check.ok ? null : `The daily check found damage in the library: ${result.check.problems.slice(0, 3).join('; ')}`;
          return result;
        },
        (error: unknown) => {
          if (!this.#closed) this.#problem = error instanceof Error ? error.message : String(error);
          throw error;
        },
      )
      .finally(() => {
        this.#running = null;
      });
    return this.#running;
  }

  close(): void {
    this.#closed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    // A backup cut short leaves only its .partial file, which the next open removes.
    void this.#worker?.terminate();
  }
}
