// Feed parse-and-store throughput: a large synthetic feed set is decoded,
// parsed (feedsmith), sanitized (DOMPurify) and stored with full-text
// indexing, exactly as a refresh does, minus the network.
//   node scripts/bench/feeds.ts        prints the figures
//   benchFeeds()                       for scripts/bench/run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeBody } from '../../electron/core/feeds/charset.ts';
import { ingestEntries } from '../../electron/core/feeds/ingest.ts';
import { parseFeedText } from '../../electron/core/feeds/parse.ts';
import { openLibraryCore } from '../../electron/core/library-core.ts';
import { MemoryPreferences } from '../../electron/core/preferences.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';

export interface FeedBenchResult {
  itemsPerSecond: number;
  items: number;
  feeds: number;
  seconds: number;
  /** Share of the time spent parsing (decode + feedsmith); the rest is sanitizing and storing. */
  parseShare: number;
  /** Parsing alone (decode + feedsmith), items per second. */
  parseItemsPerSecond: number;
  /** sanitizeArticle (DOMPurify on jsdom) alone over the same entries, items per second. */
  sanitizeItemsPerSecond: number;
  megabytes: number;
}

const WORDS = 'harbour council tram budget storm river orbit launch market election court climate research vaccine energy grid port ferry bridge school hospital'.split(' ');

function words(seed: number, count: number): string {
  let out = '';
  for (let i = 0; i < count; i++) out += `${WORDS[(seed * 7 + i * 13) % WORDS.length]} `;
  return out.trim();
}

/** One RSS 2.0 document with `items` entries carrying content:encoded HTML of a few paragraphs. */
export function syntheticFeed(feed: number, items: number): string {
  const entries: string[] = [];
  for (let i = 0; i < items; i++) {
    const seed = feed * 10_000 + i;
    const html = `<p>${words(seed, 60)}.</p><p>${words(seed + 1, 80)} <a href="/story/${seed}">more</a>.</p><p><img src="/img/${seed}.jpg" alt="">${words(seed + 2, 40)}.</p>`;
    entries.push(`<item><guid isPermaLink="false">bench-${feed}-${i}</guid><title>${words(seed, 8)} ${i}</title><link>https://feed${feed}.example/story/${i}</link>` +
      `<pubDate>${new Date(Date.UTC(2025, 5, 1) - i * 600_000).toUTCString()}</pubDate><dc:creator>Reporter ${i % 17}</dc:creator>` +
      `<description>${words(seed + 3, 30)}</description><content:encoded><![CDATA[${html}]]></content:encoded></item>`);
  }
  return `<?xml version="1.0" encoding="utf-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Bench feed ${feed}</title><link>https://feed${feed}.example/</link><description>Synthetic</description>${entries.join('')}</channel></rss>`;
}

export async function benchFeeds(options: { feeds?: number; itemsPerFeed?: number } = {}): Promise<FeedBenchResult> {
  const feedCount = options.feeds ?? 20;
  const perFeed = options.itemsPerFeed ?? 100;
  const documents = Array.from({ length: feedCount }, (_, f) => Buffer.from(syntheticFeed(f, perFeed)));
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-feeds-'));
  const core = openLibraryCore({
    libraryDir: join(dir, 'library'),
    assetsDir: join(import.meta.dirname, '..', '..', 'assets'),
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
  });
  try {
    // Warm up the parser, DOMPurify and the prepared statements on a throwaway source.
    const warm = core.store.addSource({ title: 'warm-up', feedUrl: 'https://warm.example/feed' });
    ingestEntries(core.store, warm, parseFeedText(syntheticFeed(999, 50), 'https://warm.example/feed'), Date.now());

    let parseMs = 0;
    let items = 0;
    const started = performance.now();
    for (const [f, bytes] of documents.entries()) {
      const sourceId = core.store.addSource({ title: `Bench ${f}`, feedUrl: `https://feed${f}.example/rss` });
      const t0 = performance.now();
      const feed = parseFeedText(decodeBody(bytes, 'application/rss+xml; charset=utf-8').text, `https://feed${f}.example/rss`);
      parseMs += performance.now() - t0;
      items += ingestEntries(core.store, sourceId, feed, Date.now()).added.length;
    }
    const seconds = (performance.now() - started) / 1000;
    // The same work split into its parts, to show where the time goes.
    const sample = parseFeedText(decodeBody(documents[0]!, 'application/rss+xml; charset=utf-8').text, 'https://feed0.example/rss').entries;
    const s0 = performance.now();
    for (const entry of sample) sanitizeArticle(entry.contentHtml, entry.contentBase);
    const sanitizeItemsPerSecond = Math.round(sample.length / ((performance.now() - s0) / 1000));
    const indexed = (core.db.prepare("SELECT count(*) AS n FROM articles_fts WHERE articles_fts MATCH 'harbour'").get() as { n: number }).n;
    if (indexed === 0) throw new Error('bench: nothing reached the full-text index');
    return {
      itemsPerSecond: Math.round(items / seconds),
      items,
      feeds: feedCount,
      seconds: Number(seconds.toFixed(2)),
      parseShare: Number((parseMs / 1000 / seconds).toFixed(2)),
      parseItemsPerSecond: Math.round(items / (parseMs / 1000)),
      sanitizeItemsPerSecond,
      megabytes: Number((documents.reduce((n, d) => n + d.length, 0) / 1024 / 1024).toFixed(1)),
    };
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const result = await benchFeeds();
  console.log(
    `feeds: parse+sanitize+store ${result.items} items from ${result.feeds} feeds (${result.megabytes} MB) in ${result.seconds} s ` +
      `→ ${result.itemsPerSecond} items/s (target ≥ 5000)\n` +
      `       parsing alone ${result.parseItemsPerSecond} items/s (${Math.round(result.parseShare * 100)}% of the time); sanitizeArticle alone ${result.sanitizeItemsPerSecond} items/s`,
  );
}
