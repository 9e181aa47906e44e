// The worker pool that reads feed bodies for a refresh: same result as reading
// them here, the same plain errors for hostile bodies, a dead or stuck worker
// failing only its own feed, and the built (bundled) worker working too.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, test } from 'node:test';
import { build } from 'esbuild';
import { start, type FixtureServer } from '../../../e2e/fixtures/fixture-server.ts';
import { openLibraryCore } from '../library-core.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { CharsetError } from '../net/charset.ts';
import { FeedParseError } from './parse.ts';
import { FeedPrepareError, FeedPreparePool } from './prepare-pool.ts';
import { prepareFeedBody, type PrepareJob } from './prepare.ts';
import { deferredText } from '../library/catch-up.ts';

const MISBEHAVING = new URL('./testing/misbehaving-prepare-worker.ts', import.meta.url);

function rss(items: number, hostile = false): string {
  const entries = Array.from(
    { length: items },
    (_, i) =>
      `<item><guid>g${i}</guid><title>Story &amp; ${i}</title><link>https://wire.example/${i}</link><pubDate>Tue, 10 Jun 2025 0${i % 10}:00:00 GMT</pubDate>` +
      `<description><![CDATA[<p onclick="steal()">Body ${i} <a href="/more/${i}">more</a></p>${hostile ? '<script>top.__xss=1</script><img src=x onerror="top.__xss=1">' : ''}]]></description></item>`,
  ).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title><link>https://wire.example/</link><description>d</description>${entries}</channel></rss>`;
}

function job(body: string, contentType = 'application/rss+xml; charset=utf-8'): PrepareJob {
  return { body: Buffer.from(body), contentType, feedUrl: 'https://wire.example/feed', maxEntries: 1000 };
}

test('a worker prepares a feed exactly as the calling thread would: links resolved, text read, scripts left out of the text', async () => {
  const pool = new FeedPreparePool({ size: 2, inlineMaxBytes: 0 });
  try {
    const body = rss(40, true);
    const [inWorker, again] = await Promise.all([pool.prepare(job(body)), pool.prepare(job(rss(3)))]);
    assert.ok(pool.usesWorkers);
    assert.equal(pool.workers, 2, 'two jobs at once use two workers');
    assert.deepEqual(inWorker, prepareFeedBody(job(body)));
    assert.equal(inWorker.entries.length, 40);
    assert.equal(again.entries.length, 3);
    const first = inWorker.entries[0]!.content!;
    assert.equal(first.title, 'Story & 0');
    assert.match(first.html, /href="https:\/\/wire\.example\/more\/0"/);
    // The markup is kept as the feed sent it (sanitized wherever it is shown); its text has nothing of the script.
    for (const entry of inWorker.entries) assert.doesNotMatch(deferredText(entry.content!.html), /script|__xss|onerror|onclick/);
    assert.equal(deferredText(first.html), 'Body 0 more');
    assert.equal(first.text, null, 'the text is read again from the markup by the catch-up, not sent across');
    assert.equal(first.wordCount, 3);
    assert.equal(inWorker.siteUrl, 'https://wire.example/');
  } finally {
    pool.close();
  }
  assert.equal(pool.workers, 0, 'closing stops the workers');
});

test('hostile bodies get the same plain errors from a worker, and the worker carries on', async () => {
  const pool = new FeedPreparePool({ size: 1, inlineMaxBytes: 0 });
  try {
    await assert.rejects(pool.prepare(job('<rss version="2.0"><channel><title>Broken</title><item><title>x</item></channel>')), (error: Error) => {
      assert.ok(error instanceof FeedParseError, String(error));
      assert.match(error.message, /damaged|not well-formed/);
      return true;
    });
    await assert.rejects(pool.prepare(job(rss(2), 'text/xml; charset=x-klingon')), (error: Error) => {
      assert.ok(error instanceof CharsetError, String(error));
      assert.match(error.message, /x-klingon/);
      return true;
    });
    assert.equal((await pool.prepare(job(rss(2)))).entries.length, 2);
    assert.equal(pool.workers, 1);
  } finally {
    pool.close();
  }
});

test('a worker that dies or hangs fails only its own feed; the next feed gets a fresh worker', async () => {
  const pool = new FeedPreparePool({ size: 1, inlineMaxBytes: 0, workerUrl: MISBEHAVING, timeLimitMs: 3_000 });
  try {
    const [crashed, fine] = await Promise.allSettled([pool.prepare(job('crash')), pool.prepare(job(rss(2)))]);
    assert.equal(crashed.status, 'rejected');
    assert.ok((crashed as PromiseRejectedResult).reason instanceof FeedPrepareError);
    assert.match((crashed as PromiseRejectedResult).reason.message, /stopped unexpectedly/);
    assert.equal(fine.status, 'fulfilled', 'the feed queued behind it is read by a new worker');

    const stuck = pool.prepare(job('hang'));
    await assert.rejects(stuck, /took too long/);
    assert.equal((await pool.prepare(job(rss(1)))).entries.length, 1);
  } finally {
    pool.close();
  }
});

test('when no worker can start, feeds are read on the calling thread instead', async () => {
  const pool = new FeedPreparePool({ inlineMaxBytes: 0, workerUrl: new URL('./no-such-worker.js', import.meta.url) });
  const warn = console.warn;
  const warnings: string[] = [];
  console.warn = (message: string) => void warnings.push(message);
  try {
    assert.equal((await pool.prepare(job(rss(3)))).entries.length, 3);
    assert.equal(pool.usesWorkers, false);
    assert.equal(warnings.length, 1, 'said once');
    await assert.rejects(pool.prepare(job('')), FeedParseError);
  } finally {
    console.warn = warn;
    pool.close();
  }
});

test('the bundled worker runs beside the bundled pool, as in the built app', async () => {
  // The same esbuild settings as scripts/build.ts: the pool inside an ESM bundle, the worker as its own entry beside it.
  const cache = join(import.meta.dirname, '..', '..', '..', '.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'prepare-pool-bundle-'));
  try {
    const common = { bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning', target: 'es2023' } as const;
    await build({ ...common, entryPoints: [join(import.meta.dirname, 'prepare-pool.ts')], outfile: join(out, 'main.js') });
    await build({ ...common, entryPoints: [join(import.meta.dirname, 'prepare-worker.ts')], outfile: join(out, 'prepare-worker.js') });
    const bundled = (await import(pathToFileURL(join(out, 'main.js')).href)) as typeof import('./prepare-pool.ts');
    assert.equal(bundled.PREPARE_WORKER_URL.href, pathToFileURL(join(out, 'prepare-worker.js')).href);
    const pool = new bundled.FeedPreparePool({ size: 1, inlineMaxBytes: 0 });
    try {
      const feed = await pool.prepare(job(rss(5, true)));
      assert.ok(pool.usesWorkers, 'ran in the bundled worker');
      assert.equal(feed.entries.length, 5);
      assert.equal(deferredText(feed.entries[4]!.content!.html), 'Body 4 more');
      assert.match(feed.entries[4]!.content!.html, /href="https:\/\/wire\.example\/more\/4"/);
    } finally {
      pool.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

let server: FixtureServer;
before(async () => {
  server = await start();
});
after(async () => {
  await server.close();
});

test('a refresh reads feeds in workers; a worker dying on one source leaves that source a clear error and the others stored', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-pool-'));
  const pool = new FeedPreparePool({ size: 2, inlineMaxBytes: 0, workerUrl: MISBEHAVING });
  const core = openLibraryCore({
    libraryDir: join(dir, 'library'),
    assetsDir: ASSETS_DIR,
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
    preparePool: () => pool,
  });
  let open = true;
  try {
    const headers = { 'content-type': 'application/rss+xml; charset=utf-8' };
    server.routes['/good'] = { body: rss(30, true), headers };
    server.routes['/dies'] = { body: 'crash', headers };
    const good = core.store.addSource({ title: 'Good', feedUrl: server.url('/good') });
    const dies = core.store.addSource({ title: 'Dies', feedUrl: server.url('/dies') });

    const summary = await core.refresher.refresh();
    assert.equal(summary.newArticles, 30);
    assert.deepEqual(
      summary.failed.map((f) => [f.sourceId, f.error]),
      [[dies, 'Reading this feed stopped unexpectedly (it may be too large or malformed). Broadsheet will try again later.']],
    );
    const stored = core.store.list({ view: 'all', sourceId: good, limit: 100 }).items;
    assert.equal(stored.length, 30);
    assert.ok(pool.workers >= 1, 'the refresh ran in the pool');
    core.close();
    open = false;
    assert.equal(pool.workers, 0, 'closing the library stops its workers');
  } finally {
    if (open) core.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
