// `npm run bench [-- --sizes 10k,100k,1m] [--no-renderer] [--rebuild]`
// Builds (or reuses) the synthetic libraries, measures each in fresh child
// processes, compares every storage figure with a raw node:sqlite baseline and
// rewrites the measured part of BENCHMARKS.md (between the bench markers).
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { basename, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { parseArgs } from 'node:util';
import { SCHEMA_VERSION } from '../../electron/core/library/schema.ts';
import type { FoldFigures } from './fold.ts';
import { generateArticles, makeWorld, sourceCountFor, type GeneratedArticle } from './generate.ts';
import { CACHE_DIR, ROOT, profileDirFor, type BuildInfo } from './library.ts';
import type { RendererResult } from './renderer.ts';
import { parseSize, sizeLabel, summarize, type Summary } from './stats.ts';
import { MARGINAL_ARTICLES, type ColdResult, type IngestResult, type StorageResult } from './storage.ts';
import { renderReport, type SizeResult } from './report.ts';

const HERE = import.meta.dirname;
const RESULTS_DIR = join(CACHE_DIR, 'results');
const COLD_RUNS = 5;

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '10k,100k,1m' },
    'no-renderer': { type: 'boolean', default: false },
    rebuild: { type: 'boolean', default: false },
    out: { type: 'string', default: join(ROOT, 'BENCHMARKS.md') },
  },
});
const sizes = values.sizes.split(',').map(parseSize);
const log = (line: string) => console.log(line);

function child(args: string[], inherit = false): string {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', stdio: inherit ? 'inherit' : 'pipe', maxBuffer: 64 << 20 });
  if (result.status !== 0) throw new Error(`${args.join(' ')} failed (${result.status}): ${result.stderr ?? ''}`);
  return result.stdout ?? '';
}

function lastJson<T>(output: string): T {
  const line = output.trim().split('\n').pop()!;
  return JSON.parse(line) as T;
}

function ensureLibrary(size: number): { profileDir: string; info: BuildInfo } {
  const profileDir = profileDirFor(size);
  if (values.rebuild) rmSync(profileDir, { recursive: true, force: true });
  if (!existsSync(join(profileDir, 'build.json'))) {
    log(`  building ${sizeLabel(size)} library (cached in ${profileDir})`);
    child([join(HERE, 'build-one.ts'), String(size)], true);
  } else log(`  using cached ${sizeLabel(size)} library`);
  return { profileDir, info: JSON.parse(readFileSync(join(profileDir, 'build.json'), 'utf8')) as BuildInfo };
}

function diskBytes(libraryDir: string): number {
  return readdirSync(libraryDir)
    .filter((f) => f.startsWith('library.sqlite'))
    .reduce((sum, f) => sum + statSync(join(libraryDir, f)).size, 0);
}

/** Baseline for ingest: the same articles INSERTed with bare node:sqlite into a table with only an FTS5 index. */
function rawIngest(size: number): number {
  const dir = join(tmpdir(), `broadsheet-bench-raw-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = new DatabaseSync(join(dir, 'raw.sqlite'));
  try {
    db.exec(`PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;
      CREATE TABLE articles (id INTEGER PRIMARY KEY, source_id INTEGER, guid TEXT, url TEXT, title TEXT, summary TEXT, html TEXT, text TEXT, published INTEGER);
      CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, content = 'articles', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');
      CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN INSERT INTO articles_fts (rowid, title, text) VALUES (new.id, new.title, new.text); END;`);
    const insert = db.prepare('INSERT INTO articles (source_id, guid, url, title, summary, html, text, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const world = makeWorld(sourceCountFor(size));
    let ms = 0;
    let batch: GeneratedArticle[] = [];
    const flush = () => {
      const t0 = performance.now();
      db.exec('BEGIN');
      for (const a of batch) insert.run(a.sourceIndex, a.guid, a.url, a.title, a.summary ?? '', a.html, a.text, a.published);
      db.exec('COMMIT');
      ms += performance.now() - t0;
      batch = [];
    };
    for (const article of generateArticles(world, size)) {
      batch.push(article);
      if (batch.length === 2_000) flush();
    }
    flush();
    return (size / ms) * 1000;
  } finally {
    db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function summaries(samples: Record<string, number[]>): Record<string, Summary> {
  return Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
}

/** Articles (newest first) whose stories are decided on the copy before folding is timed: deciding costs about a related query each. */
const FOLD_GROUP = 10_000;

/**
 * Folding a 200-row page against the unfolded page (scripts/bench/fold.ts) on a copy of the
 * library, since deciding stories writes to it and the cached library must stay as built.
 */
function measureFold(libraryDir: string): FoldFigures {
  const copy = join(tmpdir(), `broadsheet-bench-fold-${process.pid}`);
  rmSync(copy, { recursive: true, force: true });
  try {
    cpSync(libraryDir, copy, { recursive: true, filter: (src) => src === libraryDir || basename(src).startsWith('library.sqlite') });
    return JSON.parse(child([join(HERE, 'fold.ts'), copy, '--group', String(FOLD_GROUP)])) as FoldFigures;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

const twoPlaces = (v: number) => v.toFixed(2);

async function measure(size: number): Promise<SizeResult> {
  log(`\n== ${sizeLabel(size)} articles ==`);
  const { profileDir, info } = ensureLibrary(size);
  const libraryDir = join(profileDir, 'library');
  // The first core open migrates an older cached library; do it before anything is timed.
  child([join(HERE, 'storage.ts'), profileDir, 'cold-core']);
  log('  storage: core');
  const core = lastJson<StorageResult>(child([join(HERE, 'storage.ts'), profileDir, 'core']));
  log('  storage: raw baseline');
  const raw = lastJson<StorageResult>(child([join(HERE, 'storage.ts'), profileDir, 'raw']));
  log(`  cold opens (${COLD_RUNS} fresh processes each)`);
  const cold: ColdResult[] = [];
  const coldRaw: ColdResult[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    cold.push(lastJson<ColdResult>(child([join(HERE, 'storage.ts'), profileDir, 'cold-core'])));
    coldRaw.push(lastJson<ColdResult>(child([join(HERE, 'storage.ts'), profileDir, 'cold-raw'])));
  }
  log(`  ingest at this size (${MARGINAL_ARTICLES.toLocaleString('en')} more articles, rolled back)`);
  const marginal = lastJson<IngestResult>(child([join(HERE, 'storage.ts'), profileDir, 'ingest']));
  log('  ingest baseline (raw INSERT + FTS5 of the same articles, up to 10k)');
  const rawIngestRate = rawIngest(Math.min(size, 10_000));
  log(`  folding a 200-row page (on a copy, newest ${FOLD_GROUP.toLocaleString('en')} articles' stories decided first)`);
  const fold = measureFold(libraryDir);
  for (const c of fold.cases) {
    const cpu = c.cpu ? `; CPU adds ${twoPlaces(c.cpu.extraMedian)} ms (p95 ${twoPlaces(c.cpu.extraP95)} ms)` : '';
    log(`    ${c.name}: ${twoPlaces(c.plain.median)} → ${twoPlaces(c.folded.median)} ms median, folding adds ${twoPlaces(c.extraMedian)} ms (p95 adds ${twoPlaces(c.extraP95)} ms)${cpu}; ${c.rows} rows`);
  }
  let renderer: RendererResult | null = null;
  const notes = [...core.notes];
  if (info.schemaVersion !== SCHEMA_VERSION) {
    notes.push(`Ingest was measured when the library was built under schema ${info.schemaVersion} (now ${SCHEMA_VERSION}); later migrations back-filled it on open. Rebuild with --rebuild to measure today's ingest path.`);
  }
  if (!values['no-renderer']) {
    log('  renderer (Chromium host)');
    try {
      const { benchRenderer } = await import('./renderer.ts');
      renderer = await benchRenderer(profileDir, log);
      notes.push(...renderer.notes);
    } catch (error) {
      notes.push(`Renderer not measured: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  const result: SizeResult = {
    size,
    measuredAt: new Date().toISOString(),
    build: info,
    ingestBatch: summarize(info.batchRates),
    rawIngestRate,
    marginalIngest: { articlesPerSecond: marginal.articlesPerSecond, slowestBatch: Math.min(...marginal.batchRates), mainThreadCpuMs: marginal.mainThreadCpuMs },
    core: summaries(core.samples),
    // The baseline taken call by call beside ours; the separate raw process is for its RSS.
    raw: summaries(core.baseline),
    cpu: core.cpu,
    coldFirstPage: summarize(cold.map((c) => c.firstPageMs)),
    coldFirstScreen: summarize(cold.map((c) => c.firstScreenMs)),
    coldRawFirstPage: summarize(coldRaw.map((c) => c.firstPageMs)),
    coldRssBytes: Math.max(...cold.map((c) => c.rssBytes)),
    coreRssBytes: core.rssBytes,
    rawRssBytes: raw.rssBytes,
    diskBytes: diskBytes(libraryDir),
    renderer: renderer && {
      keyToPaint: summarize(renderer.keyToPaint),
      scrollFrames: summarize(renderer.scrollFrames),
      longFrames: renderer.scrollFrames.filter((f) => f > 50).length,
      scrolledRows: renderer.scrolledRows,
      heapUsedBytes: renderer.heapUsedBytes,
    },
    notes,
    fold,
  };
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(join(RESULTS_DIR, `${size}.json`), JSON.stringify(result, null, 2));
  return result;
}

/** The feature suites (feeds, newsboat side by side, related, offline, keyboard), run when their modules exist. */
async function companions(): Promise<string[]> {
  const lines: string[] = [];
  for (const [file, name, call] of [
    ['feeds.ts', 'benchFeeds', (fn: (o?: object) => unknown) => fn()],
    // Broadsheet's CLI refresh beside newsboat's on the same feeds (issue #14); skipped, saying why, without newsboat.
    ['peer.ts', 'benchPeer', (fn: (o?: object) => unknown) => fn({ log })],
    // On the largest library this run measured, so it never triggers a build of a size nobody asked for.
    ['related.ts', 'benchRelated', (fn: (o?: object) => unknown) => fn({ log, size: Math.max(...sizes) })],
    ['offline.ts', 'benchOffline', (fn: (o?: object) => unknown) => fn()],
    // Key press to paint is specified at 100,000 articles; never larger, so it does not build a library nobody asked for.
    ['keyboard.ts', 'benchKeyPress', (fn: (o?: object) => unknown) => fn({ log, size: Math.min(100_000, Math.max(...sizes)) })],
  ] as const) {
    const path = join(HERE, file);
    if (!existsSync(path)) {
      lines.push(`${name}: pending (scripts/bench/${file} not written yet).`);
      continue;
    }
    try {
      const mod = (await import(path)) as Record<string, unknown>;
      const fn = mod[name] as ((o?: object) => unknown) | undefined;
      if (typeof fn !== 'function') {
        lines.push(`${name}: pending (scripts/bench/${file} does not export it yet).`);
        continue;
      }
      log(`\n== ${name} ==`);
      const result = await call(fn);
      lines.push(`${name}: ${JSON.stringify(result)}`);
    } catch (error) {
      lines.push(`${name}: failed: ${(error as Error).message.split('\n')[0]}`);
    }
  }
  return lines;
}

function machine(): Record<string, string> {
  const sqlite = (new DatabaseSync(':memory:').prepare('SELECT sqlite_version() AS v').get() as { v: string }).v;
  let chromium = '';
  try {
    chromium = execFileSync('chromium', ['--version'], { encoding: 'utf8' }).trim();
  } catch {
    chromium = 'Playwright Chromium';
  }
  return {
    cores: String(cpus().length),
    cpu: cpus()[0]?.model ?? 'unknown',
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    node: process.version,
    sqlite,
    chromium,
    load: loadavg().map((l) => l.toFixed(1)).join(' / '),
  };
}

const started = new Date();
const loadBefore = loadavg()[0]!;
for (const size of sizes) await measure(size);
const companionLines = await companions();

// Every size measured so far (this run or an earlier one) goes into the report, newest first per size.
const all: SizeResult[] = existsSync(RESULTS_DIR)
  ? readdirSync(RESULTS_DIR)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(join(RESULTS_DIR, f), 'utf8')) as SizeResult)
      .sort((a, b) => a.size - b.size)
  : [];
const info = machine();
info.load = `${loadBefore.toFixed(1)} at start, ${loadavg()[0]!.toFixed(1)} at end (1-minute load average)`;
const report = renderReport(all, info, started, companionLines);
const marker = { begin: '<!-- bench:begin (written by npm run bench) -->', end: '<!-- bench:end -->' };
const previous = existsSync(values.out) ? readFileSync(values.out, 'utf8') : `# Benchmarks\n\n${marker.begin}\n${marker.end}\n`;
const start = previous.indexOf(marker.begin);
const end = previous.indexOf(marker.end);
const next =
  start >= 0 && end > start
    ? `${previous.slice(0, start + marker.begin.length)}\n${report}\n${previous.slice(end)}`
    : `${previous.trimEnd()}\n\n${marker.begin}\n${report}\n${marker.end}\n`;
writeFileSync(values.out, next);
console.log(`\n${report}`);
console.log(`\nWrote ${values.out}`);
