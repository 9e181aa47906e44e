// Builds (or reuses from .cache/bench) a synthetic library through the real
// core: ArticleStore.upsertArticle in batched transactions, so FTS triggers and
// any indexing hooked into upsertArticle are part of the measured ingest.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { openLibraryCore, type LibraryCore } from '../../electron/core/library-core.ts';
import { SCHEMA_VERSION } from '../../electron/core/library/schema.ts';
import { MemoryPreferences } from '../../electron/core/kernel/preferences.ts';
import { FeaturePool } from './feature-pool.ts';
import { BOOKMARK_EVERY, GENERATOR_VERSION, generateArticles, isRead, makeWorld, sourceCountFor, type GeneratedArticle, type World } from './generate.ts';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CACHE_DIR = join(ROOT, '.cache', 'bench');
export const ASSETS_DIR = join(ROOT, 'assets');
/** Articles per transaction: large enough that commits are cheap, small enough that the WAL stays modest. */
export const BATCH = 2_000;
/** The edition seeder's marker (electron/core/library/edition.ts): a bench library stands in for the sample edition. */
const EDITION_SEEDED_KEY = 'edition.seeded';

export interface BuildInfo {
  size: number;
  generatorVersion: number;
  schemaVersion: number;
  builtAt: string;
  /** Seconds spent inside upsertArticle transactions (generation excluded). */
  ingestSeconds: number;
  /** Whole build, generation and read/bookmark marking included. */
  wallSeconds: number;
  articlesPerSecond: number;
  /** Articles per second of each batch, for median and p95. */
  batchRates: number[];
  /** Bytes of title + html + text + summary handed to the store. */
  contentBytes: number;
  sourceIds: number[];
  bookmarks: number;
  read: number;
  /** How many times an interrupted build was continued (0: built in one go). */
  resumed?: number;
}

export interface BenchLibrary {
  /** A profile directory as the e2e hosts expect it: the library lives in <profile>/library. */
  profileDir: string;
  libraryDir: string;
  info: BuildInfo;
  world: World;
}

/**
 * Keyed by size and generator version only: a cached library built under an
 * older schema is migrated forward on open, exactly as a reader's library is.
 */
export function profileDirFor(size: number, cacheDir = CACHE_DIR): string {
  return join(cacheDir, `g${GENERATOR_VERSION}-${size}`);
}

export function openBenchCore(libraryDir: string, now?: () => number): LibraryCore {
  const core = openLibraryCore({
    now,
    libraryDir,
    assetsDir: ASSETS_DIR,
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
    // Synthetic and rebuildable: no 2–18 GB copy before a schema update (a reader's library gets one).
    backupBeforeUpdate: false,
  });
  // The background work a reader's library has (the story back-fill), as the app starts it.
  core.start();
  return core;
}

/** Returns the cached library of `size` articles, building it first when missing or stale. */
export function benchLibrary(size: number, options: { cacheDir?: string; log?: (line: string) => void; rebuild?: boolean } = {}): BenchLibrary {
  const profileDir = profileDirFor(size, options.cacheDir);
  const libraryDir = join(profileDir, 'library');
  const infoFile = join(profileDir, 'build.json');
  const world = makeWorld(sourceCountFor(size));
  // build.json is written last: without it the directory is a half-built library and is discarded.
  if (!options.rebuild && existsSync(infoFile)) {
    return { profileDir, libraryDir, info: JSON.parse(readFileSync(infoFile, 'utf8')) as BuildInfo, world };
  }
  // One builder per library: the related and feeds suites share these caches, and a second
  // caller must wait for a build in progress instead of deleting it and starting again.
  const lock = `${profileDir}.building`;
  mkdirSync(dirname(profileDir), { recursive: true });
  while (!tryLock(lock)) {
    if (!options.rebuild && existsSync(infoFile)) break;
    options.log?.(`  waiting for another process building ${profileDir}`);
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5_000);
  }
  try {
    if (!options.rebuild && existsSync(infoFile)) {
      return { profileDir, libraryDir, info: JSON.parse(readFileSync(infoFile, 'utf8')) as BuildInfo, world };
    }
    const progressFile = join(profileDir, 'progress.json');
    const resume = options.rebuild ? null : readProgress(progressFile, size);
    if (resume) options.log?.(`  resuming the build of ${profileDir} at ${resume.done.toLocaleString('en')} articles`);
    else {
      rmSync(profileDir, { recursive: true, force: true });
      mkdirSync(profileDir, { recursive: true });
    }
    const info = buildLibrary(libraryDir, size, world, options.log, { progressFile, resume });
    writeFileSync(infoFile, JSON.stringify(info));
    return { profileDir, libraryDir, info, world };
  } finally {
    if (readLockOwner(lock) === process.pid) rmSync(lock, { force: true });
  }
}

function readLockOwner(lock: string): number | null {
  try {
    return Number(readFileSync(lock, 'utf8')) || null;
  } catch {
    return null;
  }
}

/** Takes the build lock, or clears it when its owner is gone (a killed build) and tries again. */
function tryLock(lock: string): boolean {
  try {
    writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    const owner = readLockOwner(lock);
    if (owner === process.pid) return true;
    if (owner !== null && isAlive(owner)) return false;
    rmSync(lock, { force: true });
    return tryLock(lock);
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where an interrupted build stopped: written after every committed batch, so a
 * killed 1M build (hours on a busy machine) continues instead of starting over.
 */
export interface BuildProgress {
  size: number;
  generatorVersion: number;
  schemaVersion: number;
  done: number;
  ingestMs: number;
  wallMs: number;
  batchRates: number[];
  contentBytes: number;
  sourceIds: number[];
  resumed: number;
}

function readProgress(file: string, size: number): BuildProgress | null {
  try {
    const progress = JSON.parse(readFileSync(file, 'utf8')) as BuildProgress;
    const current = progress.size === size && progress.generatorVersion === GENERATOR_VERSION && progress.schemaVersion === SCHEMA_VERSION;
    return current && progress.done > 0 ? progress : null;
  } catch {
    return null;
  }
}

export function buildLibrary(
  libraryDir: string,
  size: number,
  world: World,
  log: (line: string) => void = () => {},
  options: { progressFile?: string; resume?: BuildProgress | null; /** Tests: throw after this many articles are committed, as a killed build would stop. */ stopAfter?: number } = {},
): BuildInfo {
  const started = performance.now();
  const core = openBenchCore(libraryDir);
  const { store } = core;
  const resume = options.resume ?? null;
  try {
    const sourceIds = resume
      ? resume.sourceIds
      : store.transaction(() =>
          world.sources.map((s, i) => store.addSource({ title: s.title, siteUrl: s.siteUrl, feedUrl: `${s.siteUrl}/feed-${i}.xml`, folder: s.folder })),
        );
    const articles = generateArticles(world, size);
    const batchRates: number[] = resume ? [...resume.batchRates] : [];
    const ids: number[] = new Array(size);
    let ingestMs = resume?.ingestMs ?? 0;
    let contentBytes = resume?.contentBytes ?? 0;
    let start = 0;
    if (resume) {
      // Every committed batch is in the library, even one whose progress line was not written.
      for (const row of store.db.prepare("SELECT id, guid FROM articles WHERE guid LIKE 'bench-%'").iterate() as Iterable<{ id: number; guid: string }>) {
        ids[Number(row.guid.slice(6))] = row.id;
        start++;
      }
      for (let i = 0; i < start; i++) {
        const skipped = articles.next().value!;
        if (i >= resume.done) contentBytes += skipped.title.length + skipped.html.length + skipped.text.length + (skipped.summary?.length ?? 0);
      }
    }
    let lastLog = performance.now();
    const nextBatch = (): GeneratedArticle[] => {
      const batch: GeneratedArticle[] = [];
      for (let i = 0; i < BATCH; i++) {
        const next = articles.next();
        if (next.done) break;
        const article = next.value;
        article.sourceId = sourceIds[article.sourceIndex]!;
        contentBytes += article.title.length + article.html.length + article.text.length + (article.summary?.length ?? 0);
        batch.push(article);
      }
      return batch;
    };
    // Bulk ingest as the core offers it: story features of the next batch are
    // computed on the FeaturePool's thread while this one is written.
    const pool = new FeaturePool();
    try {
      let batch = nextBatch();
      let ticket = pool.submit(batch);
      for (let done = start; batch.length > 0; ) {
        const upcoming = nextBatch();
        const t0 = performance.now();
        const features = pool.collect(ticket);
        if (upcoming.length) ticket = pool.submit(upcoming);
        store.transaction(() => {
          for (let i = 0; i < batch.length; i++) ids[done + i] = store.upsertArticle({ ...batch[i]!, features: features[i] });
        });
        const ms = performance.now() - t0;
        ingestMs += ms;
        batchRates.push((batch.length / ms) * 1000);
        done += batch.length;
        batch = upcoming;
        if (options.progressFile) {
          const progress: BuildProgress = {
            size,
            generatorVersion: GENERATOR_VERSION,
            schemaVersion: SCHEMA_VERSION,
            done,
            ingestMs,
            wallMs: (resume?.wallMs ?? 0) + performance.now() - started,
            batchRates,
            contentBytes,
            sourceIds,
            resumed: resume ? resume.resumed + 1 : 0,
          };
          writeFileSync(options.progressFile, JSON.stringify(progress));
        }
        if (options.stopAfter !== undefined && done >= options.stopAfter) throw new Error(`Build stopped after ${done.toLocaleString('en')} articles.`);
        if (performance.now() - lastLog > 10_000) {
          lastLog = performance.now();
          log(`  built ${done.toLocaleString('en')} / ${size.toLocaleString('en')} (${Math.round((done / ingestMs) * 1000)} articles/s in upsert)`);
        }
      }
    } finally {
      void pool.close();
    }

    // Reading state and bookmarks are what a reader's actions leave behind, not ingest: set up untimed.
    let read = 0;
    let bookmarks = 0;
    const markRead = store.db.prepare('UPDATE articles SET read = 1 WHERE id = ?');
    for (let start = 0; start < size; start += 20_000) {
      store.transaction(() => {
        for (let i = start; i < Math.min(size, start + 20_000); i++) {
          if (isRead(i)) {
            markRead.run(ids[i]!);
            read++;
          }
        }
      });
    }
    store.transaction(() => {
      for (let i = 0; i < size; i += BOOKMARK_EVERY) {
        store.setBookmarked(ids[i]!, true);
        bookmarks++;
      }
      store.setMeta(EDITION_SEEDED_KEY, 'bench library');
    });
    store.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    store.db.exec('PRAGMA optimize');
    return {
      size,
      generatorVersion: GENERATOR_VERSION,
      schemaVersion: SCHEMA_VERSION,
      builtAt: new Date().toISOString(),
      ingestSeconds: ingestMs / 1000,
      wallSeconds: ((resume?.wallMs ?? 0) + performance.now() - started) / 1000,
      resumed: resume ? resume.resumed + 1 : 0,
      articlesPerSecond: (size / ingestMs) * 1000,
      batchRates,
      contentBytes,
      sourceIds,
      bookmarks,
      read,
    };
  } finally {
    core.close();
  }
}
