// Shared pieces for the fault suite (`npm run test:faults`, scripts/faults/run.ts).
// Every area file (`<area>.fault.ts`) is a node:test file that uses these:
// the run's seed and a seeded random generator (so a failure replays with
// `--seed N`), throwaway libraries, the CLI as a child process, a fixture
// server bound to 127.0.0.1 only, and `recordFigures`, which adds the area's
// counts (kills survived, inputs tried, things lost) to the run's summary.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const REPO_ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(REPO_ROOT, 'electron', 'cli.ts');
export const ASSETS_DIR = join(REPO_ROOT, 'assets');

/** The run's seed: `--seed N` on the runner, FAULTS_SEED for a single file, else 13. */
export function faultSeed(): number {
  const value = Number(process.env.FAULTS_SEED ?? 13);
  return Number.isInteger(value) ? value : 13;
}

/** A small fast seeded generator (mulberry32): the same seed tries the same inputs. */
export function seededRandom(seed = faultSeed()): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function randomInt(random: () => number, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}

/** What an area reports: counts a reader can check against the README. */
export interface AreaFigures {
  /** Processes killed mid-write that the library survived. */
  killsSurvived?: number;
  /** Hostile, corrupt or random inputs tried. */
  inputsTried?: number;
  /** Bookmarks, articles or copies lost (must be 0). */
  lost?: number;
  /** Calls that failed where they should not have (must be 0). */
  failures?: number;
  /** Anything else worth a line in the summary, in words. */
  notes?: string[];
}

/**
 * Adds to this area's figures for the run. The runner sets FAULTS_FIGURES to a
 * folder; run alone (`node --test scripts/faults/x.fault.ts`) this does nothing.
 */
export function recordFigures(area: string, figures: AreaFigures): void {
  const dir = process.env.FAULTS_FIGURES;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${area}.${process.pid}.${Date.now()}.${Math.random().toString(36).slice(2, 8)}.json`);
  writeFileSync(file, JSON.stringify({ area, ...figures }));
}

/** A throwaway folder; `dispose()` removes it. */
export function tempDir(prefix = 'broadsheet-fault-'): { dir: string; dispose(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface CliResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Starts the CLI as its own process (so it can be killed); `done` settles when it exits. */
export function startCli(args: string[], env: NodeJS.ProcessEnv = {}): { child: ChildProcess; done: Promise<CliResult> } {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const done = new Promise<CliResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })));
  return { child, done };
}

export function runCliProcess(args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return startCli(args, env).done;
}

/** An HTTP server on 127.0.0.1 only; the suite never talks to anything else. */
export async function localServer(handler: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ origin: string; server: Server; close(): Promise<void> }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    server,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export interface LibraryHealth {
  /** PRAGMA integrity_check's answer ('ok' when whole). */
  integrity: string;
  /** The full-text index agrees with the articles. */
  fts: boolean;
  /** Rows pointing at rows that are not there. */
  brokenReferences: number;
  /** Every bookmark, by its own guid. */
  bookmarks: Set<string>;
  articles: number;
  /** Bookmarked feed articles whose offline copy was never made. */
  bookmarksWithoutCopy: number;
}

/** Reads a library's health directly (no process may be writing it). */
export async function inspectLibrary(libraryDir: string): Promise<LibraryHealth> {
  const { DatabaseSync } = await import('node:sqlite');
  const db = new DatabaseSync(join(libraryDir, 'library.sqlite'), { timeout: 10_000 });
  try {
    const integrity = (db.prepare('PRAGMA integrity_check(5)').all() as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ');
    let fts = true;
    try {
      db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
    } catch {
      fts = false;
    }
    const brokenReferences = db.prepare('PRAGMA foreign_key_check').all().length;
    const bookmarks = new Set((db.prepare('SELECT guid FROM bookmarks').all() as { guid: string }[]).map((r) => r.guid));
    const articles = (db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n;
    const bookmarksWithoutCopy = (db.prepare(`SELECT count(*) AS n FROM bookmarks b JOIN articles a ON a.id = b.article_id JOIN sources s ON s.id = a.source_id
      WHERE s.kind <> 'edition' AND a.url IS NOT NULL AND (a.content_source IS NULL OR a.full_status = 'none')`).get() as { n: number }).n;
    return { integrity, fts, brokenReferences, bookmarks, articles, bookmarksWithoutCopy };
  } finally {
    db.close();
  }
}
