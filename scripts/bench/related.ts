// Related-stories benchmark: query latency, per-article index cost and the
// Big picture, on the shared synthetic bench library (scripts/bench/library.ts).
//   node scripts/bench/related.ts [--size 100k]
// benchRelated() returns the numbers for the overall `npm run bench` suite.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { bigPicture } from '../../electron/core/related/big-picture.ts';
import { relatedArticles } from '../../electron/core/related/related.ts';
import { BENCH_NOW, generateArticles, prng } from './generate.ts';
import { benchLibrary, openBenchCore } from './library.ts';
import { parseSize, summarize, timeRuns, type Summary } from './stats.ts';

export interface RelatedBenchOptions {
  size?: number;
  queries?: number;
  ingests?: number;
  cacheDir?: string;
  log?: (line: string) => void;
}

export interface RelatedBenchResult {
  size: number;
  indexedArticles: number;
  /** relatedArticles(store, id) for random articles, warm process (ms). */
  relatedQuery: Summary;
  averageEntries: number;
  /** indexArticle for a newly stored article, remove+add (an upper bound on add alone), ms. */
  ingest: Summary;
  /** bigPicture for the last 24 hours (ms), and how many articles that window holds. */
  bigPicture24h: Summary;
  bigPictureArticles: number;
  bigPictureClusters: number;
  /**
   * Mean CPU milliseconds (user + system) per operation. On a shared machine wall
   * time includes waiting for a core; CPU time is what the operation itself costs.
   */
  cpuMs: { relatedQuery: number; ingest: number; bigPicture24h: number };
  /** 1-minute load average when the run ended (2 cores: above 2 means contention). */
  loadAverage: number;
}

/** Runs `work` and returns [its result, CPU milliseconds it used]. */
function cpu<T>(work: () => T): [T, number] {
  const before = process.cpuUsage();
  const result = work();
  const used = process.cpuUsage(before);
  return [result, (used.user + used.system) / 1000];
}

export function benchRelated(options: RelatedBenchOptions = {}): RelatedBenchResult {
  const size = options.size ?? 100_000;
  const log = options.log ?? (() => {});
  const library = benchLibrary(size, { cacheDir: options.cacheDir, log });
  const core = openBenchCore(library.libraryDir, () => BENCH_NOW);
  try {
    const { store, db } = core;
    const ids = (db.prepare('SELECT id FROM articles').all() as { id: number }[]).map((r) => r.id);
    const random = prng(7);
    const sample = Array.from({ length: options.queries ?? 200 }, () => ids[Math.floor(random() * ids.length)]!);
    let entries = 0;
    const [relatedSamples, relatedCpu] = cpu(() => timeRuns(sample.length, (i) => (entries += relatedArticles(store, sample[i]!).length)));

    // New articles arrive through upsertArticle (which indexes them); timing indexArticle again on
    // the stored row isolates the index's share from the article insert and its FTS trigger.
    const fresh = generateArticles(library.world, options.ingests ?? 300, 99);
    const freshIds: number[] = [];
    const sourceId = (db.prepare('SELECT id FROM sources LIMIT 1').get() as { id: number }).id;
    store.transaction(() => {
      for (const article of fresh) freshIds.push(store.upsertArticle({ ...article, sourceId, guid: `bench-related-${article.guid}` }));
    });
    const ingestSamples: number[] = [];
    const [, ingestCpu] = cpu(() => store.transaction(() => {
      for (const id of freshIds) {
        const t0 = performance.now();
        store.storyIndex.indexArticle(id);
        ingestSamples.push(performance.now() - t0);
      }
    }));
    store.transaction(() => {
      for (const id of freshIds) db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    });

    let clusters = 0;
    const [pictureSamples, pictureCpu] = cpu(() => timeRuns(10, () => (clusters = bigPicture(store, { since: '24h' }, BENCH_NOW).length), 1));
    const windowArticles = (db.prepare('SELECT count(*) AS n FROM related_docs WHERE published >= ?').get(BENCH_NOW - 86_400_000) as { n: number }).n;
    return {
      size,
      indexedArticles: (db.prepare('SELECT count(*) AS n FROM related_docs').get() as { n: number }).n,
      relatedQuery: summarize(relatedSamples),
      averageEntries: entries / (sample.length + 3),
      ingest: summarize(ingestSamples),
      bigPicture24h: summarize(pictureSamples),
      bigPictureArticles: windowArticles,
      bigPictureClusters: clusters,
      cpuMs: { relatedQuery: relatedCpu / (sample.length + 3), ingest: ingestCpu / freshIds.length, bigPicture24h: pictureCpu / 11 },
      loadAverage: loadavg()[0]!,
    };
  } finally {
    core.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '100k' } } });
  const result = benchRelated({ size: parseSize(values.size!), log: (line) => console.error(line) });
  const ms = (s: Summary) => `median ${s.median.toFixed(2)} ms, p95 ${s.p95.toFixed(2)} ms (n=${s.n})`;
  console.log(`related stories at ${result.size.toLocaleString('en')} articles (${result.indexedArticles.toLocaleString('en')} indexed)`);
  const c = result.cpuMs;
  console.log(`  related query      ${ms(result.relatedQuery)}; CPU ${c.relatedQuery.toFixed(2)} ms mean; ${result.averageEntries.toFixed(1)} entries on average`);
  console.log(`  index one article  ${ms(result.ingest)}; CPU ${c.ingest.toFixed(2)} ms mean`);
  console.log(`  big picture 24 h   ${ms(result.bigPicture24h)}; CPU ${c.bigPicture24h.toFixed(2)} ms mean; ${result.bigPictureArticles} articles -> ${result.bigPictureClusters} clusters`);
  console.log(`  load average ${result.loadAverage.toFixed(1)} on ${navigator.hardwareConcurrency} cores (wall times include waiting for a core)`);
}
