// Smoke version of `npm run bench`: a 10,000-article synthetic library built
// through the real core, checked for correct results (never for speed), and
// the bench's own measuring processes run once so the suite keeps working.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { LibraryCore } from '../../electron/core/library-core.ts';
import { tokens } from '../../electron/core/text/tokenize.ts';
import type { ArticleSummary, ListQuery } from '../../electron/shared/models.ts';
import { BENCH_NOW, BOOKMARK_EVERY, isRead, generateArticles, makeWorld, searchQueries, sourceCountFor } from './generate.ts';
import { BATCH, benchLibrary, buildLibrary, openBenchCore, profileDirFor, type BenchLibrary } from './library.ts';
import { renderReport, type SizeResult } from './report.ts';
import { summarize } from './stats.ts';
import { MARGINAL_ARTICLES, type IngestResult, type StorageResult } from './storage.ts';

const SIZE = 10_000;

describe('bench smoke (10,000 articles)', { timeout: 20 * 60_000 }, () => {
  let cacheDir: string;
  let library: BenchLibrary;
  let core: LibraryCore;
  /** What the generator says each source should hold: [total, unread]. */
  const expected = new Map<number, { total: number; unread: number }>();

  before(() => {
    cacheDir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-smoke-'));
    library = benchLibrary(SIZE, { cacheDir });
    let i = 0;
    for (const article of generateArticles(makeWorld(sourceCountFor(SIZE)), SIZE)) {
      const sourceId = library.info.sourceIds[article.sourceIndex]!;
      const e = expected.get(sourceId) ?? { total: 0, unread: 0 };
      e.total++;
      if (!isRead(i++)) e.unread++;
      expected.set(sourceId, e);
    }
    core = openBenchCore(library.libraryDir, () => BENCH_NOW);
  });

  after(() => {
    core?.close();
    rmSync(cacheDir, { recursive: true, force: true });
  });

  const sum = (pick: (e: { total: number; unread: number }) => number) => [...expected.values()].reduce((n, e) => n + pick(e), 0);

  async function walk(query: ListQuery): Promise<{ items: ArticleSummary[]; total: number | null; pages: number }> {
    const items: ArticleSummary[] = [];
    let cursor: string | null = null;
    let total: number | null = null;
    let pages = 0;
    do {
      const page = await core.handlers.library.articles({ ...query, cursor, limit: 700 });
      if (pages === 0) total = page.total;
      items.push(...page.items);
      cursor = page.next;
      pages++;
    } while (cursor);
    return { items, total, pages };
  }

  test('keyset pages cover every row of every view exactly once, newest first', async () => {
    const source = library.info.sourceIds[0]!;
    const cases: [ListQuery, number][] = [
      [{ view: 'all' }, SIZE],
      [{ view: 'unread' }, sum((e) => e.unread)],
      [{ view: 'all', sourceId: source }, expected.get(source)!.total],
      [{ view: 'unread', sourceId: source }, expected.get(source)!.unread],
      [{ view: 'bookmarks' }, Math.ceil(SIZE / BOOKMARK_EVERY)],
    ];
    for (const [query, count] of cases) {
      const { items, total, pages } = await walk(query);
      const ids = items.map((a) => a.id);
      assert.equal(new Set(ids).size, ids.length, `${JSON.stringify(query)}: a row appeared twice`);
      assert.equal(ids.length, count, `${JSON.stringify(query)}: rows listed`);
      assert.equal(total, count, `${JSON.stringify(query)}: the header's total`);
      assert.ok(pages > 1 || count <= 700);
      if (query.view !== 'bookmarks') {
        for (let i = 1; i < items.length; i++) {
          const [a, b] = [items[i - 1]!, items[i]!];
          assert.ok(a.published > b.published || (a.published === b.published && a.id > b.id), 'ordered newest first');
        }
      }
      if (query.view === 'unread') assert.ok(items.every((a) => !a.read));
      if (query.sourceId != null) assert.ok(items.every((a) => a.source.id === query.sourceId));
      if (query.view === 'bookmarks') assert.ok(items.every((a) => a.bookmarked));
    }
  });

  test('edition and source counts match the generated library and follow read changes', async () => {
    const edition = await core.handlers.library.edition();
    assert.equal(edition.articleCount, SIZE);
    assert.equal(edition.unreadCount, sum((e) => e.unread));
    assert.equal(edition.bookmarkCount, Math.ceil(SIZE / BOOKMARK_EVERY));
    const sources = await core.handlers.feeds.sources();
    for (const s of sources) assert.deepEqual({ total: s.total, unread: s.unread }, expected.get(s.id), s.title);

    const unreadId = (await walk({ view: 'unread', sourceId: sources[0]!.id })).items[0]!.id;
    await core.handlers.library.setRead(unreadId, true);
    assert.equal((await core.handlers.library.edition()).unreadCount, sum((e) => e.unread) - 1);
    assert.equal((await core.handlers.feeds.sources()).find((s) => s.id === sources[0]!.id)!.unread, expected.get(sources[0]!.id)!.unread - 1);
    await core.handlers.library.setRead(unreadId, false);
    assert.equal((await core.handlers.library.edition()).unreadCount, sum((e) => e.unread));
  });

  test('every fixed search query finds articles that contain its words', async () => {
    const body = core.db.prepare('SELECT title, text FROM articles WHERE id = ?');
    for (const query of searchQueries(library.world)) {
      const results = await core.handlers.library.search(query, 50);
      assert.ok(results.length > 0, `"${query}" found nothing`);
      const words = tokens(query);
      for (const result of results) {
        const row = body.get(result.id) as { title: string; text: string };
        const present = new Set(tokens(`${row.title} ${row.text}`));
        words.forEach((w, i) => {
          const ok = i === words.length - 1 ? [...present].some((t) => t.startsWith(w)) : present.has(w);
          assert.ok(ok, `"${query}": article ${result.id} lacks "${w}"`);
        });
      }
    }
  });

  test('bookmarks are the generated ones, and a toggled bookmark is listed first and then gone', async () => {
    const listed = (await walk({ view: 'bookmarks' })).items.map((a) => a.id).sort((a, b) => a - b);
    const guid = core.db.prepare('SELECT guid FROM articles WHERE id = ?');
    for (const id of listed) {
      const index = Number((guid.get(id) as { guid: string }).guid.replace('bench-', ''));
      assert.equal(index % BOOKMARK_EVERY, 0);
    }
    const id = (await walk({ view: 'unread' })).items.find((a) => !a.bookmarked)!.id;
    await core.handlers.library.setBookmarked(id, true);
    const first = await core.handlers.library.articles({ view: 'bookmarks', limit: 5 });
    assert.equal(first.items[0]!.id, id);
    assert.equal(first.total, listed.length + 1);
    await core.handlers.library.setBookmarked(id, false);
    assert.ok(!(await walk({ view: 'bookmarks' })).items.some((a) => a.id === id));
  });

  test('the bench measuring processes run and report every measure', async () => {
    const before = core.store.counts();
    core.close();
    const run = (mode: string) =>
      JSON.parse(execFileSync(process.execPath, [join(import.meta.dirname, 'storage.ts'), library.profileDir, mode], { encoding: 'utf8' }).trim().split('\n').pop()!);
    const ours = run('core') as StorageResult;
    const raw = run('raw') as StorageResult;
    const cold = run('cold-core');
    const ingest = run('ingest') as IngestResult;
    assert.equal(ingest.articles, MARGINAL_ARTICLES);
    assert.ok(ingest.articlesPerSecond > 0 && ingest.batchRates.length === Math.ceil(MARGINAL_ARTICLES / BATCH));
    for (const key of ['list.all.first', 'list.unread.deep', 'list.bookmarks.first', 'search', 'related', 'bigPicture', 'open', 'bookmarkToggle']) {
      assert.ok(ours.samples[key]!.length > 0, key);
      assert.ok(raw.samples[key]!.length > 0, key);
    }
    assert.ok(cold.firstPageMs > 0 && cold.rssBytes > 0);
    const s = (samples: Record<string, number[]>) => Object.fromEntries(Object.entries(samples).map(([k, v]) => [k, summarize(v)]));
    const result: SizeResult = {
      size: SIZE,
      measuredAt: new Date().toISOString(),
      build: library.info,
      ingestBatch: summarize(library.info.batchRates),
      rawIngestRate: 1,
      core: s(ours.samples),
      raw: s(raw.samples),
      coldFirstPage: summarize([cold.firstPageMs]),
      coldFirstScreen: summarize([cold.firstScreenMs]),
      coldRawFirstPage: summarize([1]),
      coldRssBytes: cold.rssBytes,
      coreRssBytes: ours.rssBytes,
      rawRssBytes: raw.rssBytes,
      diskBytes: 1,
      renderer: null,
      notes: [],
    };
    const report = renderReport([result], { cores: '2', cpu: 'test', memory: '1 GiB', node: process.version, sqlite: '3', chromium: 'none', load: '0' }, new Date(), []);
    assert.match(report, /### 10k articles/);
    assert.match(report, /\| Search p95 \| ≤ 25 ms \|/);
    core = openBenchCore(library.libraryDir, () => BENCH_NOW);
    // Measuring ingest at this size rolled its articles back: the cached library is as it was.
    assert.deepEqual({ ...core.store.counts() }, { ...before });
    assert.equal((core.db.prepare("SELECT count(*) AS n FROM articles WHERE guid LIKE 'marginal-%'").get() as { n: number }).n, 0);
    assert.equal((core.db.prepare('SELECT count(*) AS n FROM related_docs').get() as { n: number }).n, SIZE);
  });
});

describe('an interrupted bench build', { timeout: 10 * 60_000 }, () => {
  test('continues from its last committed batch to the same library', () => {
    const size = 5_000;
    const cacheDir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-resume-'));
    try {
      const profileDir = profileDirFor(size, cacheDir);
      const world = makeWorld(sourceCountFor(size));
      assert.throws(
        () => buildLibrary(join(profileDir, 'library'), size, world, () => {}, { progressFile: join(profileDir, 'progress.json'), stopAfter: 2 * BATCH }),
        /stopped after 4,000 articles/,
      );
      const resumed = benchLibrary(size, { cacheDir });
      assert.equal(resumed.info.resumed, 1);
      assert.equal(resumed.info.batchRates.length, Math.ceil(size / BATCH));
      const check = openBenchCore(resumed.libraryDir, () => BENCH_NOW);
      try {
        const guids = (check.db.prepare('SELECT guid FROM articles').all() as { guid: string }[]).map((r) => r.guid).sort();
        assert.deepEqual(guids, Array.from({ length: size }, (_, i) => `bench-${i}`).sort());
        assert.equal((check.db.prepare('SELECT count(*) AS n FROM related_docs').get() as { n: number }).n, size);
        let unread = 0;
        for (let i = 0; i < size; i++) if (!isRead(i)) unread++;
        assert.deepEqual({ ...check.store.counts() }, { articles: size, unread, bookmarks: size / BOOKMARK_EVERY, sources: world.sources.length });
      } finally {
        check.close();
      }
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  });
});
