// The storage measurements, run in a child process per library so resident
// memory and cold opens belong to one process doing one kind of work:
//   node scripts/bench/storage.ts <profileDir> core|raw|cold-core|cold-raw
// "core" drives the real handlers (what the renderer's calls reach after the
// IPC check); "raw" is the baseline: node:sqlite doing the least work that
// returns the same rows, in the same library file. "ingest" adds articles to
// the library at its size and rolls them back. Prints one JSON line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { LibraryCore } from '../../electron/core/library-core.ts';
import type { ListQuery } from '../../electron/shared/models.ts';
import { contentTokens, toFtsQuery } from '../../electron/core/text/tokenize.ts';
import { BENCH_NOW, BOOKMARK_EVERY, makeWorld, searchQueries, sourceCountFor } from './generate.ts';
import type { BuildInfo } from './library.ts';
import { timeRuns } from './stats.ts';

const PAGE = 200; // what the renderer asks for (renderer/components/bs-app)
const DB_FILE = 'library.sqlite';

export type ListCase = 'all' | 'unread' | 'source' | 'bookmarks';
export const LIST_CASES: ListCase[] = ['all', 'unread', 'source', 'bookmarks'];

export interface StorageResult {
  mode: 'core' | 'raw';
  /** Milliseconds per call, by measurement name. */
  samples: Record<string, number[]>;
  /** Core mode only: the raw baseline's samples, taken in alternation with `samples`. */
  baseline: Record<string, number[]>;
  /** Core mode only: mean CPU milliseconds per call (user + system), ours and the baseline's. */
  cpu: Record<string, { ours: number; baseline: number }>;
  rssBytes: number;
  maxRssBytes: number;
  notes: string[];
}

export interface ColdResult {
  mode: 'cold-core' | 'cold-raw';
  openMs: number;
  firstPageMs: number;
  /** Open + first page + the other start-up calls the renderer makes (edition counts, sources). */
  firstScreenMs: number;
  rssBytes: number;
}

interface Fixture {
  size: number;
  sourceId: number;
  /** Keyset position halfway down each list, as (sort key, id). */
  deep: Record<ListCase, { key: number; id: number }>;
  queries: string[];
  openIds: number[];
  relatedIds: number[];
  toggleIds: number[];
  rawToggleIds: number[];
}

/** Same opaque format ArticleStore hands out as `next`; built here to jump straight to a deep page. */
function cursorOf(position: { key: number; id: number }): string {
  return Buffer.from(`${position.key}:${position.id}`).toString('base64url');
}

function fixture(db: DatabaseSync, info: BuildInfo): Fixture {
  const size = info.size;
  const sourceId = info.sourceIds[0]!;
  const middle = (countSql: string, rowSql: string, ...params: number[]) => {
    const n = (db.prepare(countSql).get(...params) as { n: number }).n;
    const row = db.prepare(rowSql).get(...params, Math.floor(n / 2)) as { key: number; id: number };
    return row;
  };
  const order = 'ORDER BY published DESC, id DESC LIMIT 1 OFFSET ?';
  const deep: Fixture['deep'] = {
    all: middle('SELECT count(*) AS n FROM articles', `SELECT published AS key, id FROM articles ${order}`),
    unread: middle('SELECT count(*) AS n FROM articles WHERE read = 0', `SELECT published AS key, id FROM articles WHERE read = 0 ${order}`),
    source: middle('SELECT count(*) AS n FROM articles WHERE source_id = ?', `SELECT published AS key, id FROM articles WHERE source_id = ? ${order}`, sourceId),
    bookmarks: middle(
      'SELECT count(*) AS n FROM bookmarks',
      'SELECT created_at AS key, id FROM bookmarks ORDER BY created_at DESC, id DESC LIMIT 1 OFFSET ?',
    ),
  };
  const byGuid = db.prepare('SELECT id FROM articles WHERE guid = ?');
  const idsAt = (count: number, offset: number) =>
    Array.from({ length: count }, (_, i) => (byGuid.get(`bench-${(Math.floor((i * size) / count) + offset) % size}`) as { id: number }).id);
  return {
    size,
    sourceId,
    deep,
    queries: searchQueries(makeWorld(sourceCountFor(size))),
    openIds: idsAt(50, 11),
    relatedIds: idsAt(30, 7),
    // Offsets that are never multiples of BOOKMARK_EVERY: these start unbookmarked.
    toggleIds: idsAt(20, Math.floor(BOOKMARK_EVERY / 2) + 1),
    rawToggleIds: idsAt(20, Math.floor(BOOKMARK_EVERY / 2) + 2),
  };
}

function listQuery(fx: Fixture, which: ListCase, deep: boolean): ListQuery {
  const base: ListQuery =
    which === 'bookmarks' ? { view: 'bookmarks' } : which === 'unread' ? { view: 'unread' } : which === 'source' ? { view: 'all', sourceId: fx.sourceId } : { view: 'all' };
  return { ...base, limit: PAGE, cursor: deep ? cursorOf(fx.deep[which]) : null };
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000;

interface Op {
  runs: number;
  warmup: number;
  run(i: number): unknown;
}

/** The measured calls through the real handlers (what an IPC call reaches after the dispatcher's checks). */
function coreOps(core: LibraryCore, fx: Fixture, notes: string[]): Record<string, Op> {
  const h = core.handlers;
  const ops: Record<string, Op> = {};
  for (const which of LIST_CASES) {
    ops[`list.${which}.first`] = { runs: 40, warmup: 3, run: () => h.library.articles(listQuery(fx, which, false)) };
    ops[`list.${which}.deep`] = { runs: 40, warmup: 3, run: () => h.library.articles(listQuery(fx, which, true)) };
  }
  ops.search = { runs: fx.queries.length * 5, warmup: fx.queries.length, run: (i) => h.library.search(fx.queries[i % fx.queries.length]!, 50) };
  ops.related = { runs: fx.relatedIds.length, warmup: 2, run: (i) => h.related.articles(fx.relatedIds[i % fx.relatedIds.length]!) };
  // The contract's grouping (#12) moved it to related.bigPicture; the flat name was looked up since and silently skipped.
  ops.bigPicture = { runs: 5, warmup: 1, run: () => h.related.bigPicture({ since: '24h' }) };
  ops.open = { runs: fx.openIds.length, warmup: 0, run: (i) => h.library.article(fx.openIds[i]!) };
  // Pairs of on/off, so the library ends as it started.
  ops.bookmarkToggle = { runs: fx.toggleIds.length * 2, warmup: 0, run: (i) => h.library.setBookmarked(fx.toggleIds[i >> 1]!, i % 2 === 0) };
  return ops;
}

/** The baseline: bare node:sqlite statements returning the same rows, with none of the core's work around them. */
function rawOps(db: DatabaseSync, fx: Fixture, searchWindow: number): Record<string, Op> {
  const ops: Record<string, Op> = {};
  const list = rawList(db, fx);
  for (const which of LIST_CASES) {
    ops[`list.${which}.first`] = { runs: 40, warmup: 3, run: () => list(which, false) };
    ops[`list.${which}.deep`] = { runs: 40, warmup: 3, run: () => list(which, true) };
  }
  // Same shape as ArticleStore.search: rank the most recent SEARCH_WINDOW matches, return 50 ids.
  const search = db.prepare(`SELECT id FROM (SELECT rowid AS id, bm25(articles_fts, 4.0, 1.0) AS score FROM articles_fts
    WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ${searchWindow}) ORDER BY score LIMIT 50`);
  const matches = fx.queries.map((q) => toFtsQuery(q)!);
  ops.search = { runs: matches.length * 5, warmup: matches.length, run: (i) => search.all(matches[i % matches.length]!) };
  // Related baseline: read the article, OR its title's words, take the best few matches.
  const title = db.prepare('SELECT title FROM articles WHERE id = ?');
  const similar = db.prepare('SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? AND rowid != ? ORDER BY rank LIMIT 8');
  ops.related = {
    runs: fx.relatedIds.length,
    warmup: 2,
    run: (i) => {
      const id = fx.relatedIds[i % fx.relatedIds.length]!;
      const words = contentTokens((title.get(id) as { title: string }).title);
      return similar.all(words.map((w) => `"${w}"`).join(' OR '), id);
    },
  };
  // Big picture baseline: fetch the window's articles, nothing more.
  const window = db.prepare('SELECT id, title FROM articles WHERE published >= ? AND published < ?');
  ops.bigPicture = { runs: 5, warmup: 1, run: () => window.all(BENCH_NOW - 86_400_000, BENCH_NOW + 1) };
  const open = db.prepare('SELECT * FROM articles WHERE id = ?');
  ops.open = { runs: fx.openIds.length, warmup: 0, run: (i) => open.get(fx.openIds[i]!) };
  const add = db.prepare("INSERT INTO bookmarks (article_id, guid, title, url, source_title, created_at) VALUES (?, 'g', 't', NULL, 's', ?)");
  const remove = db.prepare('DELETE FROM bookmarks WHERE article_id = ?');
  ops.bookmarkToggle = {
    runs: fx.rawToggleIds.length * 2,
    warmup: 0,
    run: (i) => (i % 2 === 0 ? add.run(fx.rawToggleIds[i >> 1]!, Date.now()) : remove.run(fx.rawToggleIds[i >> 1]!)),
  };
  return ops;
}

/**
 * Broadsheet and the raw baseline, call by call in alternation in one process,
 * so a busy machine slows both alike and the ratio stays meaningful.
 */
async function runCore(profileDir: string, info: BuildInfo): Promise<StorageResult> {
  // The core is imported only by the modes that use it, so the raw process's RSS is node:sqlite's alone.
  const { openBenchCore } = await import('./library.ts');
  const { SEARCH_WINDOW } = await import('../../electron/core/library/article-store.ts');
  const core = openBenchCore(join(profileDir, 'library'), () => BENCH_NOW);
  const raw = openRaw(profileDir);
  const fx = fixture(core.db, info);
  const notes: string[] = [];
  const ours = coreOps(core, fx, notes);
  const base = rawOps(raw, fx, SEARCH_WINDOW);
  // Opening marks the article read (the default preference); put the flags back afterwards.
  const readBefore = fx.openIds.map((id) => (core.db.prepare('SELECT read FROM articles WHERE id = ?').get(id) as { read: number }).read);
  const samples: Record<string, number[]> = {};
  const baseline: Record<string, number[]> = {};
  const cpu: StorageResult['cpu'] = {};
  for (const [key, op] of Object.entries(ours)) {
    const other = base[key];
    for (let i = 0; i < op.warmup; i++) {
      await op.run(i);
      other?.run(i);
    }
    samples[key] = [];
    baseline[key] = [];
    let cpuOurs = 0;
    let cpuBase = 0;
    for (let i = 0; i < op.runs; i++) {
      let c0 = process.cpuUsage();
      let t0 = performance.now();
      // Some handlers answer later (the Big picture runs on a worker thread): time until the answer.
      await op.run(i);
      samples[key].push(performance.now() - t0);
      cpuOurs += cpuMs(process.cpuUsage(c0));
      if (!other) continue;
      c0 = process.cpuUsage();
      t0 = performance.now();
      other.run(i);
      baseline[key].push(performance.now() - t0);
      cpuBase += cpuMs(process.cpuUsage(c0));
    }
    // CPU time is what the call itself cost; wall time also holds waits for a core on a shared machine.
    cpu[key] = { ours: cpuOurs / op.runs, baseline: other ? cpuBase / op.runs : Number.NaN };
  }
  const restore = core.db.prepare('UPDATE articles SET read = ? WHERE id = ?');
  fx.openIds.forEach((id, i) => restore.run(readBefore[i]!, id));
  const usage = process.resourceUsage();
  const result: StorageResult = { mode: 'core', samples, baseline, cpu, rssBytes: process.memoryUsage().rss, maxRssBytes: usage.maxRSS * 1024, notes };
  raw.close();
  core.close();
  return result;
}

function openRaw(profileDir: string): DatabaseSync {
  const db = new DatabaseSync(join(profileDir, 'library', DB_FILE));
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000');
  return db;
}

const RAW_COLUMNS = 'a.id, a.title, a.source_id, a.published, a.read';

function rawList(db: DatabaseSync, fx: Fixture) {
  const statements = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  const prepared = (sql: string) => {
    let s = statements.get(sql);
    if (!s) statements.set(sql, (s = db.prepare(sql)));
    return s;
  };
  return (which: ListCase, deep: boolean) => {
    const p = fx.deep[which];
    if (which === 'bookmarks') {
      return prepared(`SELECT ${RAW_COLUMNS} FROM bookmarks b JOIN articles a ON a.id = b.article_id
        ${deep ? 'WHERE (b.created_at, b.id) < (?, ?)' : ''} ORDER BY b.created_at DESC, b.id DESC LIMIT ${PAGE + 1}`).all(...(deep ? [p.key, p.id] : []));
    }
    const filter = which === 'unread' ? 'a.read = 0' : which === 'source' ? 'a.source_id = ?' : '1';
    const params = which === 'source' ? [fx.sourceId] : [];
    return prepared(`SELECT ${RAW_COLUMNS} FROM articles a WHERE ${filter} ${deep ? 'AND (a.published, a.id) < (?, ?)' : ''}
      ORDER BY a.published DESC, a.id DESC LIMIT ${PAGE + 1}`).all(...params, ...(deep ? [p.key, p.id] : []));
  };
}

/** A process doing only the baseline's work, for its resident memory. */
async function runRaw(profileDir: string, info: BuildInfo): Promise<StorageResult> {
  const { SEARCH_WINDOW } = await import('../../electron/core/library/article-store.ts');
  const db = openRaw(profileDir);
  const fx = fixture(db, info);
  const samples: Record<string, number[]> = {};
  for (const [key, op] of Object.entries(rawOps(db, fx, SEARCH_WINDOW))) samples[key] = timeRuns(op.runs, op.run, op.warmup);
  const usage = process.resourceUsage();
  const result: StorageResult = { mode: 'raw', samples, baseline: {}, cpu: {}, rssBytes: process.memoryUsage().rss, maxRssBytes: usage.maxRSS * 1024, notes: [] };
  db.close();
  return result;
}

export interface IngestResult {
  mode: 'ingest';
  articles: number;
  articlesPerSecond: number;
  /** Articles per second of each batch of 2,000. */
  batchRates: number[];
  /** Main-thread CPU per article, ms: the part a second core cannot take. */
  mainThreadCpuMs: number;
}

/** Articles added to an already-built library to measure ingest at its size. */
export const MARGINAL_ARTICLES = 10_000;

/**
 * Ingest into the library as it stands: MARGINAL_ARTICLES new articles (fresh
 * guids, same generator) stored the way the builder stores them — features on
 * the FeaturePool thread, rows, full-text and story index in batches — inside
 * one transaction that is rolled back, so the cached library is left as it was.
 * The build's own rate is an average over a library that grew from empty; this
 * is the cost of the next articles at this size.
 */
async function runIngest(profileDir: string, info: BuildInfo): Promise<IngestResult> {
  const { openBenchCore, BATCH } = await import('./library.ts');
  const { FeaturePool } = await import('./feature-pool.ts');
  const { generateArticles } = await import('./generate.ts');
  const core = openBenchCore(join(profileDir, 'library'), () => BENCH_NOW);
  const pool = new FeaturePool();
  const world = makeWorld(sourceCountFor(info.size));
  const articles = [...generateArticles(world, MARGINAL_ARTICLES, 0x1e57)].map((a, i) => ({ ...a, guid: `marginal-${i}`, sourceId: info.sourceIds[a.sourceIndex]! }));
  const batchRates: number[] = [];
  const thread = () => {
    const u = process.threadCpuUsage();
    return (u.user + u.system) / 1000;
  };
  let ms = 0;
  let cpu = 0;
  core.db.exec('BEGIN IMMEDIATE');
  try {
    let ticket = pool.submit(articles.slice(0, BATCH));
    for (let start = 0; start < articles.length; start += BATCH) {
      const batch = articles.slice(start, start + BATCH);
      const c0 = thread();
      const t0 = performance.now();
      const features = pool.collect(ticket);
      if (start + BATCH < articles.length) ticket = pool.submit(articles.slice(start + BATCH, start + 2 * BATCH));
      core.store.storyIndex.beginBatch();
      batch.forEach((a, i) => core.store.upsertArticle({ ...a, features: features[i] }));
      core.store.storyIndex.flushBatch();
      const batchMs = performance.now() - t0;
      ms += batchMs;
      cpu += thread() - c0;
      batchRates.push((batch.length / batchMs) * 1000);
    }
  } finally {
    core.store.storyIndex.discardBatch();
    core.db.exec('ROLLBACK');
    await pool.close();
    core.close();
  }
  return { mode: 'ingest', articles: articles.length, articlesPerSecond: (articles.length / ms) * 1000, batchRates, mainThreadCpuMs: cpu / articles.length };
}

/** A fresh process opening the library and asking for what the renderer shows first. */
async function runCold(profileDir: string, mode: 'cold-core' | 'cold-raw'): Promise<ColdResult> {
  if (mode === 'cold-core') {
    // Module loading is app start-up, not opening the library: load first, then time.
    const { openBenchCore } = await import('./library.ts');
    const t0 = performance.now();
    const core = openBenchCore(join(profileDir, 'library'), () => BENCH_NOW);
    const t1 = performance.now();
    core.handlers.library.articles({ view: 'all', limit: PAGE });
    const t2 = performance.now();
    core.handlers.library.edition();
    core.handlers.feeds.sources();
    const t3 = performance.now();
    const rss = process.memoryUsage().rss;
    core.close();
    return { mode, openMs: t1 - t0, firstPageMs: t2 - t0, firstScreenMs: t3 - t0, rssBytes: rss };
  }
  const t0 = performance.now();
  const db = openRaw(profileDir);
  const t1 = performance.now();
  db.prepare(`SELECT ${RAW_COLUMNS} FROM articles a ORDER BY a.published DESC, a.id DESC LIMIT ${PAGE + 1}`).all();
  const t2 = performance.now();
  db.prepare('SELECT id, title FROM sources').all();
  const t3 = performance.now();
  const rss = process.memoryUsage().rss;
  db.close();
  return { mode, openMs: t1 - t0, firstPageMs: t2 - t0, firstScreenMs: t3 - t0, rssBytes: rss };
}

if (import.meta.main) {
  const [profileDir, mode] = process.argv.slice(2);
  if (!profileDir || !mode) throw new Error('usage: storage.ts <profileDir> core|raw|cold-core|cold-raw|ingest');
  const info = JSON.parse(readFileSync(join(profileDir, 'build.json'), 'utf8')) as BuildInfo;
  const result =
    mode === 'core' ? await runCore(profileDir, info) : mode === 'ingest' ? await runIngest(profileDir, info) : mode === 'raw' ? await runRaw(profileDir, info) : mode === 'cold-core' || mode === 'cold-raw' ? await runCold(profileDir, mode) : null;
  if (!result) throw new Error(`unknown mode ${mode}`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
