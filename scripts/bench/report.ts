// Turns measured results into the Markdown tables of BENCHMARKS.md, with the
// raw-SQLite baseline and ratio beside each storage figure and PASS/MISS per budget.
import type { FoldFigures } from './fold.ts';
import type { BuildInfo } from './library.ts';
import { sizeLabel, summarize, type Summary } from './stats.ts';

export interface SizeResult {
  size: number;
  measuredAt: string;
  build: BuildInfo;
  ingestBatch: Summary;
  rawIngestRate: number;
  /** Ingest of further articles into the built library (storage.ts runIngest); absent in older results. */
  marginalIngest?: { articlesPerSecond: number; slowestBatch: number; mainThreadCpuMs: number };
  core: Record<string, Summary>;
  raw: Record<string, Summary>;
  /** Mean CPU ms per call, ours and the baseline's (absent in results from before it was measured). */
  cpu?: Record<string, { ours: number; baseline: number }>;
  coldFirstPage: Summary;
  coldFirstScreen: Summary;
  coldRawFirstPage: Summary;
  coldRssBytes: number;
  coreRssBytes: number;
  rawRssBytes: number;
  diskBytes: number;
  renderer: {
    keyToPaint: Summary;
    scrollFrames: Summary;
    longFrames: number;
    scrolledRows: number;
    heapUsedBytes: number;
  } | null;
  notes: string[];
  /** Folding a 200-row page (scripts/bench/fold.ts), on a copy with the newest articles' stories decided; absent in older results. */
  fold?: FoldFigures;
}

const LABELS: Record<string, string> = {
  'list.all.first': 'List All, first page',
  'list.all.deep': 'List All, deep page (middle)',
  'list.unread.first': 'List Unread, first page',
  'list.unread.deep': 'List Unread, deep page',
  'list.source.first': 'List one source, first page',
  'list.source.deep': 'List one source, deep page',
  'list.bookmarks.first': 'List Bookmarks, first page',
  'list.bookmarks.deep': 'List Bookmarks, deep page',
  search: 'Search (10 fixed queries × 5)',
  related: 'Related stories (30 articles)',
  bigPicture: 'Big picture (last 24 h)',
  open: 'Open an article',
  bookmarkToggle: 'Toggle a bookmark',
};

const ms = (v: number) => (Number.isFinite(v) ? (v < 10 ? v.toFixed(2) : v.toFixed(0)) : '–');
const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
const ratio = (ours: number, base: number) => (Number.isFinite(ours) && Number.isFinite(base) && base > 0 ? `×${(ours / base).toFixed(1)}` : '–');

export interface Budget {
  name: string;
  limit: string;
  value: string;
  pass: boolean | null;
}

export function budgets(r: SizeResult): Budget[] {
  const listP95 = Math.max(...Object.entries(r.core).filter(([k]) => k.startsWith('list.')).map(([, s]) => s.p95));
  const rss = Math.max(r.coreRssBytes, r.coldRssBytes);
  const heap = r.renderer?.heapUsedBytes;
  const key = r.renderer?.keyToPaint.p95;
  return [
    { name: 'Ingest', limit: '≥ 5,000 articles/s', value: `${Math.round(r.build.articlesPerSecond)} /s`, pass: r.build.articlesPerSecond >= 5_000 },
    { name: 'Cold open to first page (p95)', limit: '≤ 300 ms', value: `${ms(r.coldFirstPage.p95)} ms`, pass: r.coldFirstPage.p95 <= 300 },
    { name: 'List page (worst p95 of the 8 cases)', limit: '≤ 5 ms', value: `${ms(listP95)} ms`, pass: listP95 <= 5 },
    { name: 'Search p95', limit: '≤ 25 ms', value: `${ms(r.core.search?.p95 ?? NaN)} ms`, pass: (r.core.search?.p95 ?? Infinity) <= 25 },
    { name: 'Related p95', limit: '≤ 30 ms', value: `${ms(r.core.related?.p95 ?? NaN)} ms`, pass: (r.core.related?.p95 ?? Infinity) <= 30 },
    { name: 'Key press to paint p95', limit: '≤ 50 ms', value: key === undefined ? 'not measured' : `${ms(key)} ms`, pass: key === undefined ? null : key <= 50 },
    { name: 'Renderer JS heap after scrolling', limit: '≤ 150 MB', value: heap === undefined ? 'not measured' : mb(heap), pass: heap === undefined ? null : heap <= 150 * 2 ** 20 },
    { name: 'Main-process RSS', limit: '≤ 300 MB', value: mb(rss), pass: rss <= 300 * 2 ** 20 },
  ];
}

function sizeTable(r: SizeResult): string {
  const rows: string[] = [
    '| Measure | Broadsheet median | p95 | Raw SQLite median | p95 | Ratio (median) | CPU per call: ours / raw (ratio) |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  const ingest = r.build.articlesPerSecond;
  // Per-batch cost in ms per article, so the p95 is the slow end, as for every other row.
  const batch = summarize(r.build.batchRates.map((rate) => 1000 / rate));
  rows.push(
    `| Ingest, articles/s (median column: whole build; p95 column: slowest 5% of ${r.build.batchRates.length} batches of 2,000) | ${Math.round(ingest)} | ${Math.round(1000 / batch.p95)} | ${Math.round(r.rawIngestRate)} (first 10k) | – | ${ratio(r.rawIngestRate, ingest)} slower | – |`,
  );
  if (r.marginalIngest) {
    const m = r.marginalIngest;
    rows.push(
      `| Ingest at this size, articles/s (10,000 more, rolled back; p95 column: slowest batch) | ${Math.round(m.articlesPerSecond)} | ${Math.round(m.slowestBatch)} | ${Math.round(r.rawIngestRate)} (first 10k) | – | ${ratio(r.rawIngestRate, m.articlesPerSecond)} slower | main thread ${ms(m.mainThreadCpuMs)} ms per article |`,
    );
  }
  rows.push(
    `| Cold open → first page, ms (fresh process) | ${ms(r.coldFirstPage.median)} | ${ms(r.coldFirstPage.p95)} | ${ms(r.coldRawFirstPage.median)} | ${ms(r.coldRawFirstPage.p95)} | ${ratio(r.coldFirstPage.median, r.coldRawFirstPage.median)} | – |`,
  );
  rows.push(`| Cold open → first screen (+ edition counts, sources), ms | ${ms(r.coldFirstScreen.median)} | ${ms(r.coldFirstScreen.p95)} | – | – | – | – |`);
  for (const [key, label] of Object.entries(LABELS)) {
    const c = r.core[key];
    const b = r.raw[key];
    if (!c) continue;
    const cpu = r.cpu?.[key];
    const cpuCell = cpu ? `${ms(cpu.ours)} / ${ms(cpu.baseline)} (${ratio(cpu.ours, cpu.baseline)})` : '–';
    rows.push(`| ${label}, ms | ${ms(c.median)} | ${ms(c.p95)} | ${b ? ms(b.median) : '–'} | ${b ? ms(b.p95) : '–'} | ${b ? ratio(c.median, b.median) : '–'} | ${cpuCell} |`);
  }
  const perArticle = r.diskBytes / r.size;
  const content = r.build.contentBytes / r.size;
  rows.push(`| Library on disk per article | ${(perArticle / 1024).toFixed(1)} KB | – | ${(content / 1024).toFixed(1)} KB of content handed in | – | ${ratio(perArticle, content)} | – |`);
  rows.push(`| Main-process RSS after typical calls | ${mb(r.coreRssBytes)} (cold open: ${mb(r.coldRssBytes)}) | – | ${mb(r.rawRssBytes)} | – | ${ratio(r.coreRssBytes, r.rawRssBytes)} | – |`);
  if (r.renderer) {
    const x = r.renderer;
    rows.push(`| Renderer: key \`j\` → next article painted, ms | ${ms(x.keyToPaint.median)} | ${ms(x.keyToPaint.p95)} | – | – | – | – |`);
    rows.push(`| Renderer: frame interval scrolling ${x.scrolledRows.toLocaleString('en')} rows, ms | ${ms(x.scrollFrames.median)} | ${ms(x.scrollFrames.p95)} | – | – | ${x.longFrames} frames > 50 ms of ${x.scrollFrames.n} | – |`);
    rows.push(`| Renderer: JS heap after scrolling (after GC) | ${mb(x.heapUsedBytes)} | – | – | – | – | – |`);
  } else rows.push('| Renderer | not measured | | | | | |');
  return rows.join('\n');
}

/** The folding cost per 200-row page: the unfolded page, the folded one, and what folding adds. */
export function foldTable(fold: FoldFigures): string {
  const rows = [
    `Folding a 200-row page (${fold.grouped.toLocaleString('en')} articles grouped into ${fold.stories.toLocaleString('en')} stories; budget: at most 2 ms more than the unfolded page):`,
    '',
    '| Page | Unfolded median / p95 (ms) | Folded median / p95 (ms) | Extra median / p95 (ms) | Extra CPU median / p95 (ms) | Rows (articles shown) |',
    '|---|---|---|---|---|---|',
  ];
  for (const c of fold.cases) {
    const cpu = c.cpu ? `${ms(c.cpu.extraMedian)} / ${ms(c.cpu.extraP95)}` : 'not measured';
    rows.push(`| ${c.name} | ${ms(c.plain.median)} / ${ms(c.plain.p95)} | ${ms(c.folded.median)} / ${ms(c.folded.p95)} | ${ms(c.extraMedian)} / ${ms(c.extraP95)} | ${cpu} | ${c.rows} (${c.articlesShown}) |`);
  }
  rows.push('', 'Wall time waits for a core when the machine is busy; the CPU column is the same calls\' process CPU time, which that waiting does not inflate.');
  return rows.join('\n');
}

export function renderReport(results: SizeResult[], machine: Record<string, string>, started: Date, companions: string[]): string {
  const out: string[] = [];
  out.push(`Last run: ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC on ${machine.cores} cores (${machine.cpu}), ${machine.memory} RAM; Node ${machine.node}, SQLite ${machine.sqlite}, ${machine.chromium}. Load: ${machine.load}.`);
  out.push('');
  for (const r of results) {
    out.push(`### ${sizeLabel(r.size)} articles`);
    out.push('');
    out.push(
      `Measured ${r.measuredAt.slice(0, 16).replace('T', ' ')} UTC. Library built ${r.build.builtAt.slice(0, 16).replace('T', ' ')} UTC (schema ${r.build.schemaVersion}, generator ${r.build.generatorVersion}) in ${Math.round(r.build.wallSeconds)} s; ${r.build.sourceIds.length || 'many'} sources, ${r.build.read.toLocaleString('en')} read, ${r.build.bookmarks.toLocaleString('en')} bookmarks.`,
    );
    out.push('');
    out.push(sizeTable(r));
    out.push('');
    if (r.fold) {
      out.push(foldTable(r.fold));
      out.push('');
    }
    if (r.notes.length) {
      for (const n of r.notes) out.push(`- ${n}`);
      out.push('');
    }
  }
  const target = results.find((r) => r.size === 1_000_000) ?? results.at(-1);
  if (target) {
    out.push(`### Budgets (${sizeLabel(target.size)} articles${target.size === 1_000_000 ? '' : '; the 1M library was not measured in full'})`);
    out.push('');
    out.push('| Budget | Limit | Measured | Result |');
    out.push('|---|---|---:|---|');
    for (const b of budgets(target)) out.push(`| ${b.name} | ${b.limit} | ${b.value} | ${b.pass === null ? '–' : b.pass ? 'PASS' : 'MISS'} |`);
    out.push('');
  }
  if (companions.length) {
    out.push('### Feeds and related suites');
    out.push('');
    for (const line of companions) out.push(`- ${line}`);
    out.push('');
  }
  return out.join('\n');
}
