// Feed parse-and-store throughput: a synthetic feed set (20 RSS documents of
// 100 items, each item three paragraphs of content:encoded HTML, 3.6 MB) is
// read and stored exactly as a refresh does.
//
//   refresh path (the headline figure, itemsPerSecond): refresh() fetches every
//   feed from a server on 127.0.0.1; the worker pool (one per core but one,
//   or --workers=N) decodes, parses (feedsmith) and reads each entry's markup
//   for its text (text/feed-markup.ts, no DOM); the main thread stores each
//   feed's entries in one transaction, a new article with its title in the
//   search index. Then the catch-up (library/catch-up.ts) that follows a
//   refresh: body text into search (FTS5) and the related-stories index,
//   timed on its own (catchUpItemsPerSecond).
//   main thread only: the same decode, parse and ingestEntries with no pool.
//   parts, single-threaded: parse (decode + feedsmith), sanitizeArticle (what
//   sanitizing at ingest cost, for comparison: it now happens where markup is
//   shown or exported), prepare (markup read + summary + title), store
//   (prepared entries into fresh sources); and decode + parse + prepare in the
//   pool, nothing stored.
//   CPU per item counts every thread (process.cpuUsage) and the main thread
//   alone (process.threadCpuUsage); unlike wall time, other work on the
//   machine barely moves it. "Longest block" is the longest the main thread's
//   event loop stalled (monitorEventLoopDelay): how long a call from the window
//   could wait.
//
// Where the time goes is in BENCHMARKS.md ("Refresh against newsboat"); the
// side by side with newsboat on realistic feeds is scripts/bench/peer.ts.
//   node scripts/bench/feeds.ts [--workers=N]   prints the figures
//   benchFeeds()                                for scripts/bench/run.ts
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { decodeBody } from '../../electron/core/net/charset.ts';
import { ingestEntries, prepareEntries, storePreparedEntries, type PreparedEntries } from '../../electron/core/feeds/ingest.ts';
import { parseFeedText } from '../../electron/core/feeds/parse.ts';
import { FeedPreparePool } from '../../electron/core/feeds/prepare-pool.ts';
import { openLibraryCore, type LibraryCore } from '../../electron/core/library-core.ts';
import { MemoryPreferences } from '../../electron/core/kernel/preferences.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';

export interface FeedBenchResult {
  /** The refresh path: fetch from 127.0.0.1, prepare in the worker pool, store on the main thread. Items per second. */
  itemsPerSecond: number;
  items: number;
  feeds: number;
  /** Wall time of the refresh path. */
  seconds: number;
  /** Worker threads in the pool (one per core). */
  workers: number;
  /** The same work on the main thread alone (decode, parse, ingestEntries), items per second. */
  mainThreadItemsPerSecond: number;
  /** Share of the main-thread-only time spent parsing (decode + feedsmith). */
  parseShare: number;
  /** Parsing alone (decode + feedsmith), items per second. */
  parseItemsPerSecond: number;
  /** sanitizeArticle (DOMPurify on jsdom) alone over the same entries, items per second: what sanitizing at ingest cost. */
  sanitizeItemsPerSecond: number;
  /** The catch-up after the refresh path (body text into search, related-stories index), items per second, main thread. */
  catchUpItemsPerSecond: number;
  /** Decode + parse + markup read in the pool, nothing stored, items per second across all workers. */
  poolPrepareItemsPerSecond: number;
  /** Storing already prepared entries (upsert, title search) alone, items per second. */
  storeItemsPerSecond: number;
  /** Single-thread cost per item of each stage, µs. */
  microsecondsPerItem: { parse: number; prepare: number; store: number; catchUp: number };
  /**
   * CPU per item, µs: the refresh path (all threads), its main thread alone, and
   * the main-thread-only path. With C idle cores the refresh path can reach about
   * min(C / cpu, 1 / main thread) items per second.
   */
  cpuMicrosecondsPerItem: { refresh: number; refreshMainThread: number; mainThreadOnly: number };
  /** Longest main-thread event-loop stall, ms: during the refresh path, and main thread only (yielding between feeds as a refresh does). */
  longestBlockMs: { refresh: number; mainThreadOnly: number };
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

const RSS_TYPE = 'application/rss+xml; charset=utf-8';
// The synthetic items are dated June 2025; the library's clock stands just after, so retention keeps them all.
const CLOCK = Date.UTC(2025, 5, 2);

function openBenchLibrary(dir: string, name: string, preparePool?: () => FeedPreparePool): LibraryCore {
  return openLibraryCore({
    libraryDir: join(dir, name),
    assetsDir: join(import.meta.dirname, '..', '..', 'assets'),
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
    now: () => CLOCK,
    preparePool,
  });
}

interface Timing {
  seconds: number;
  /** Longest event-loop stall, ms. */
  longestBlockMs: number;
  /** CPU time of the whole process (every thread), s: unlike wall time, barely moved by other work on the machine. */
  cpuSeconds: number;
  /** CPU time of the main thread alone, s. */
  mainCpuSeconds: number;
}

/** Runs `work` while watching the event loop and the CPU. */
async function timed(work: () => Promise<void> | void): Promise<Timing> {
  const delay = monitorEventLoopDelay({ resolution: 5 });
  delay.enable();
  const cpu = process.cpuUsage();
  const mainCpu = process.threadCpuUsage();
  const started = performance.now();
  await work();
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const usedHere = process.threadCpuUsage(mainCpu);
  delay.disable();
  return { seconds, longestBlockMs: Math.round(delay.max / 1e6), cpuSeconds: (used.user + used.system) / 1e6, mainCpuSeconds: (usedHere.user + usedHere.system) / 1e6 };
}

const rate = (items: number, seconds: number) => Math.round(items / seconds);
const micros = (seconds: number, items: number) => Math.round((seconds * 1e6) / items);

export async function benchFeeds(options: { feeds?: number; itemsPerFeed?: number; workers?: number } = {}): Promise<FeedBenchResult> {
  const feedCount = options.feeds ?? 20;
  const perFeed = options.itemsPerFeed ?? 100;
  const documents = Array.from({ length: feedCount }, (_, f) => Buffer.from(syntheticFeed(f, perFeed)));
  const feedUrl = (f: number) => `https://feed${f}.example/rss`;
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-feeds-'));
  // The feeds as a server would send them; /warm is the warm-up feed.
  const warmDoc = Buffer.from(syntheticFeed(999, 50));
  const server = createServer((request, response) => {
    const f = Number(/^\/feed(\d+)$/.exec(request.url ?? '')?.[1] ?? -1);
    const body = request.url === '/warm' ? warmDoc : documents[f];
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': RSS_TYPE, 'content-length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const cores: LibraryCore[] = [];
  try {
    // 1. The refresh path, with the pool the library starts for itself (one worker per core).
    const pool = new FeedPreparePool({ size: options.workers });
    const live = openBenchLibrary(dir, 'refresh', () => pool);
    cores.push(live);
    // Warm-up: starts the workers and prepares the statements.
    const warm = live.store.addSource({ title: 'warm-up', feedUrl: `${origin}/warm` });
    const warmed = await Promise.all(Array.from({ length: pool.size }, () => pool.prepare({ body: warmDoc, contentType: RSS_TYPE, feedUrl: 'https://warm.example/feed', maxEntries: 1000 })));
    storePreparedEntries(live.store, warm, warmed[0]!, CLOCK);
    live.db.prepare('DELETE FROM sources WHERE id = ?').run(warm);
    for (let f = 0; f < feedCount; f++) live.store.addSource({ title: `Bench ${f}`, feedUrl: `${origin}/feed${f}` });
    let items = 0;
    const refreshRun = await timed(async () => {
      const summary = await live.refresher.refresh();
      if (summary.failed.length) throw new Error(`bench: refresh failed: ${summary.failed[0]!.error}`);
      items = summary.newArticles;
    });
    // The catch-up the app runs right after, here in one go.
    live.backfill.close();
    const catchUpRun = await timed(() => {
      while (live.store.catchUp.catchUp(200) > 0);
    });
    const indexed = live.store.search('harbour', 500).length;
    if (indexed === 0) throw new Error('bench: nothing reached the full-text index');

    // 2. Prepare alone, in the same pool: all feeds at once, nothing stored.
    const poolRun = await timed(async () => {
      await Promise.all(documents.map((body, f) => pool.prepare({ body, contentType: RSS_TYPE, feedUrl: feedUrl(f), maxEntries: 1000 })));
    });

    // 3. Main thread only, as before the pool: decode, parse, ingestEntries, yielding between feeds as refresh does.
    const plain = openBenchLibrary(dir, 'main-thread');
    cores.push(plain);
    ingestEntries(plain.store, plain.store.addSource({ title: 'warm-up', feedUrl: 'https://warm.example/feed' }), parseFeedText(syntheticFeed(999, 50), 'https://warm.example/feed'), CLOCK);
    let parseSeconds = 0;
    let plainItems = 0;
    const plainRun = await timed(async () => {
      for (const [f, bytes] of documents.entries()) {
        const sourceId = plain.store.addSource({ title: `Bench ${f}`, feedUrl: feedUrl(f) });
        const t0 = performance.now();
        const feed = parseFeedText(decodeBody(bytes, RSS_TYPE).text, feedUrl(f));
        parseSeconds += (performance.now() - t0) / 1000;
        plainItems += ingestEntries(plain.store, sourceId, feed, CLOCK).added.length;
        await new Promise((resolve) => setImmediate(resolve));
      }
    });

    // 4. The parts, single-threaded, over the same documents.
    const parsed = documents.map((bytes, f) => parseFeedText(decodeBody(bytes, RSS_TYPE).text, feedUrl(f)));
    const sample = parsed[0]!.entries;
    sanitizeArticle(sample[0]!.contentHtml, sample[0]!.contentBase); // jsdom loads outside the timing
    const s0 = performance.now();
    for (const entry of sample) sanitizeArticle(entry.contentHtml, entry.contentBase);
    const sanitizeSeconds = (performance.now() - s0) / 1000;
    const p0 = performance.now();
    const prepared: PreparedEntries[] = parsed.map((feed) => prepareEntries(feed));
    const prepareSeconds = (performance.now() - p0) / 1000;
    const stores = openBenchLibrary(dir, 'store');
    cores.push(stores);
    storePreparedEntries(stores.store, stores.store.addSource({ title: 'warm-up', feedUrl: 'https://warm.example/feed' }), prepareEntries(parseFeedText(syntheticFeed(999, 50), null)), CLOCK);
    let storedItems = 0;
    const storeRun = await timed(() => {
      for (const [f, feed] of prepared.entries()) {
        storedItems += storePreparedEntries(stores.store, stores.store.addSource({ title: `Bench ${f}`, feedUrl: feedUrl(f) }), feed, CLOCK).added.length;
      }
    });
    const total = feedCount * perFeed;
    return {
      itemsPerSecond: rate(items, refreshRun.seconds),
      items,
      feeds: feedCount,
      seconds: Number(refreshRun.seconds.toFixed(2)),
      workers: pool.size,
      mainThreadItemsPerSecond: rate(plainItems, plainRun.seconds),
      parseShare: Number((parseSeconds / plainRun.seconds).toFixed(2)),
      parseItemsPerSecond: rate(total, parseSeconds),
      sanitizeItemsPerSecond: rate(sample.length, sanitizeSeconds),
      catchUpItemsPerSecond: rate(items, catchUpRun.seconds),
      poolPrepareItemsPerSecond: rate(total, poolRun.seconds),
      storeItemsPerSecond: rate(storedItems, storeRun.seconds),
      microsecondsPerItem: { parse: micros(parseSeconds, total), prepare: micros(prepareSeconds, total), store: micros(storeRun.seconds, storedItems), catchUp: micros(catchUpRun.mainCpuSeconds, items) },
      cpuMicrosecondsPerItem: {
        refresh: micros(refreshRun.cpuSeconds, items),
        refreshMainThread: micros(refreshRun.mainCpuSeconds, items),
        mainThreadOnly: micros(plainRun.cpuSeconds, plainItems),
      },
      longestBlockMs: { refresh: refreshRun.longestBlockMs, mainThreadOnly: plainRun.longestBlockMs },
      megabytes: Number((documents.reduce((n, d) => n + d.length, 0) / 1024 / 1024).toFixed(1)),
    };
  } finally {
    for (const core of cores) core.close();
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const workers = process.argv.find((a) => a.startsWith('--workers='));
  const r = await benchFeeds({ workers: workers ? Number(workers.slice('--workers='.length)) : undefined });
  const us = r.microsecondsPerItem;
  console.log(
    `feeds: refresh path (fetch on 127.0.0.1, ${r.workers} workers of ${availableParallelism()} cores, store on the main thread): ` +
      `${r.items} items from ${r.feeds} feeds (${r.megabytes} MB) in ${r.seconds} s → ${r.itemsPerSecond} items/s (target ≥ 5000); longest main-thread block ${r.longestBlockMs.refresh} ms\n` +
      `       main thread only (no pool): ${r.mainThreadItemsPerSecond} items/s; longest block ${r.longestBlockMs.mainThreadOnly} ms\n` +
      `       parts: parse ${r.parseItemsPerSecond} items/s (${us.parse} µs/item); sanitizeArticle (not in a refresh any more) ${r.sanitizeItemsPerSecond} items/s; ` +
      `prepare (markup read + summary + title) ${us.prepare} µs/item; store (upsert + title search) ${r.storeItemsPerSecond} items/s (${us.store} µs/item); ` +
      `catch-up after it (body search + related index) ${r.catchUpItemsPerSecond} items/s (${us.catchUp} µs/item CPU); ` +
      `decode + parse + prepare in the pool ${r.poolPrepareItemsPerSecond} items/s\n` +
      `       CPU per item: refresh path ${r.cpuMicrosecondsPerItem.refresh} µs (main thread ${r.cpuMicrosecondsPerItem.refreshMainThread} µs), main thread only ${r.cpuMicrosecondsPerItem.mainThreadOnly} µs; ` +
      `on ${availableParallelism()} idle cores the refresh path could reach ≈ ${Math.round(Math.min(availableParallelism() * 1e6 / r.cpuMicrosecondsPerItem.refresh, 1e6 / r.cpuMicrosecondsPerItem.refreshMainThread))} items/s`,
  );
}
