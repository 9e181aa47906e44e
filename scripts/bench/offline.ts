// Offline reading figures: extraction time per page on each server-side DOM
// (with word-level F1 on the labelled fixture pages beside it), and what one
// kept article costs on disk with its images. Run directly to print them:
//   node scripts/bench/offline.ts
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openLibraryCore } from '../../electron/core/library-core.ts';
import { MemoryPreferences } from '../../electron/core/kernel/preferences.ts';
import { extractArticle, type DomChoice } from '../../electron/core/offline/extract.ts';
import { mediaDir } from '../../electron/core/kernel/paths.ts';
import { startNewsServer } from '../../electron/core/offline/testing/fixture-server.ts';
import { LABELLED_PAGES, wordF1 } from '../../electron/core/offline/testing/news-pages.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';
import { summarize, type Summary } from './stats.ts';

export interface ExtractionFigures {
  dom: DomChoice;
  clutterPass: boolean;
  /** Mean word-level F1 over the labelled pages. */
  meanF1: number;
  minF1: number;
  msPerPage: Summary;
}

export interface OfflineBenchResult {
  pages: number;
  extraction: ExtractionFigures[];
  /** Bytes one kept article adds: its database row growth and its image files. */
  storage: { articles: number; databaseBytesPerArticle: number; mediaBytesPerArticle: number; imagesPerArticle: number };
}

const ROUNDS = 5;

async function measure(dom: DomChoice, clutterPass: boolean): Promise<ExtractionFigures> {
  const samples: number[] = [];
  const scores: number[] = [];
  for (let round = 0; round < ROUNDS + 1; round++) {
    for (const page of LABELLED_PAGES) {
      const t0 = performance.now();
      const article = await extractArticle(page.html, `http://127.0.0.1/article/${page.name}`, { dom, removeClutter: clutterPass });
      const elapsed = performance.now() - t0;
      if (round === 0) scores.push(wordF1(article.text, page.body.join('\n')).f1); // round 0 warms up and scores
      else samples.push(elapsed);
    }
  }
  return {
    dom,
    clutterPass,
    meanF1: Number((scores.reduce((a, b) => a + b, 0) / scores.length).toFixed(3)),
    minF1: Number(Math.min(...scores).toFixed(3)),
    msPerPage: summarize(samples),
  };
}

function dirBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) total += statSync(join(dir, name)).size;
  return total;
}

async function measureStorage(): Promise<OfflineBenchResult['storage']> {
  const server = await startNewsServer();
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-offline-'));
  const libraryDir = join(dir, 'library');
  const core = openLibraryCore({ libraryDir, assetsDir: join(import.meta.dirname, '..', '..', 'assets'), preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
  try {
    const sourceId = core.store.addSource({ title: 'Fixture News', feedUrl: server.url('/feed') });
    core.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const before = dirBytes(libraryDir);
    let images = 0;
    for (const page of LABELLED_PAGES) {
      const url = server.url(`/article/${page.name}`);
      const feed = sanitizeArticle('<p>Summary from the feed…</p>', url);
      const id = core.store.upsertArticle({ sourceId, guid: page.name, url, title: page.name, html: feed.html, text: feed.text, published: Date.now() });
      const article = await core.handlers.offline.fetchFullText(id);
      images += (article.html.match(/src="\/media\//g) ?? []).length;
    }
    core.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    const media = dirBytes(mediaDir(libraryDir));
    const database = dirBytes(libraryDir) - before;
    const n = LABELLED_PAGES.length;
    return { articles: n, databaseBytesPerArticle: Math.round(database / n), mediaBytesPerArticle: Math.round(media / n), imagesPerArticle: Number((images / n).toFixed(1)) };
  } finally {
    core.close();
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchOffline(): Promise<OfflineBenchResult> {
  const extraction: ExtractionFigures[] = [];
  for (const dom of ['jsdom', 'linkedom'] as const) {
    for (const clutterPass of [true, false]) extraction.push(await measure(dom, clutterPass));
  }
  return { pages: LABELLED_PAGES.length, extraction, storage: await measureStorage() };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const result = await benchOffline();
  console.log(`offline: extraction on ${result.pages} labelled fixture pages (${ROUNDS} timed rounds)`);
  for (const e of result.extraction) {
    console.log(
      `  ${e.dom.padEnd(8)} ${e.clutterPass ? 'clutter pass + Readability' : 'Readability alone         '}  F1 mean ${e.meanF1.toFixed(3)} (min ${e.minF1.toFixed(3)})  ` +
        `${e.msPerPage.median.toFixed(1)} ms/page median, p95 ${e.msPerPage.p95.toFixed(1)} ms`,
    );
  }
  const s = result.storage;
  console.log(
    `  storage per kept article: ${(s.databaseBytesPerArticle / 1024).toFixed(1)} KiB in the database + ${(s.mediaBytesPerArticle / 1024).toFixed(1)} KiB of images ` +
      `(${s.imagesPerArticle} images/article; fixture images are tiny, real photos are 100–500 KiB each)`,
  );
}
