// Feeds end to end under Node: a temp library, and a fixture server on
// 127.0.0.1 playing every kind of feed and every kind of misbehaving server.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import { feedFixture, start, type FixtureServer } from '../../../e2e/fixtures/fixture-server.ts';
import type { EventName } from '../../shared/contract.ts';
import type { SourceInfo, SubscribeResult } from '../../shared/models.ts';
import { openLibraryCore, type LibraryCore } from '../library-core.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { sanitizeArticle } from '../text/sanitize.ts';
import { DEFAULT_FEEDS, exportOpmlText, importOpmlText, pruneArticles, subscribeToFeed } from './index.ts';

const RSS = { 'content-type': 'application/rss+xml; charset=utf-8' };
const DAY = 24 * 3600_000;

let server: FixtureServer;
let dir: string;
let core: LibraryCore;
let events: { name: EventName; payload: unknown }[];
let clock: number;

before(async () => {
  server = await start();
});
after(async () => {
  await server.close();
});

function open(feeds: Parameters<typeof openLibraryCore>[0]['feeds'] = {}): LibraryCore {
  const opened = openLibraryCore({
    libraryDir: join(dir, 'library'),
    assetsDir: ASSETS_DIR,
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
    now: () => clock,
    // Short deadlines and small caps keep the misbehaving-server cases fast.
    feeds: { limits: { connectTimeoutMs: 500, totalTimeoutMs: 1500, maxCompressedBytes: 512 * 1024, maxDecompressedBytes: 1024 * 1024 }, ...feeds },
  });
  opened.onEvent((name, payload) => events.push({ name, payload }));
  return opened;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'broadsheet-feeds-'));
  clock = Date.UTC(2025, 5, 10, 12, 0, 0);
  events = [];
  server.routes = {};
  server.requests.length = 0;
  core = open();
});
afterEach(() => {
  core.close();
  rmSync(dir, { recursive: true, force: true });
});

async function subscribe(url: string, choice?: string): Promise<SubscribeResult> {
  return core.handlers.feeds.subscribe(url, choice);
}

async function subscribed(url: string): Promise<SourceInfo> {
  const result = await subscribe(url);
  assert.equal(result.kind, 'subscribed', JSON.stringify(result));
  return (result as Extract<SubscribeResult, { kind: 'subscribed' }>).source;
}

function titles(sourceId: number): string[] {
  return core.store.list({ view: 'all', sourceId, limit: 500 }).items.map((a) => a.title);
}

function sourceById(id: number): SourceInfo {
  return (core.handlers.feeds.sources() as SourceInfo[]).find((s) => s.id === id)!;
}

function rssWith(items: { guid: string; title: string; body?: string; date?: string; link?: string }[], title = 'Changing feed'): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>${title}</title><link>http://changing.example/</link><description>d</description>${items
    .map(
      (i) =>
        `<item><guid>${i.guid}</guid><title>${i.title}</title>${i.link ? `<link>${i.link}</link>` : ''}<description>${i.body ?? 'Body'}</description>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}</item>`,
    )
    .join('')}</channel></rss>`;
}

test('subscribing to an RSS 2.0 feed stores its markup with absolute links, sanitized on the way out, text without scripts, plain titles and UTC dates', async () => {
  server.routes['/rss.xml'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  const source = await subscribed(server.url('/rss.xml'));
  assert.equal(source.title, 'The Northern Ledger');
  assert.equal(source.feedUrl, server.url('/rss.xml'));
  assert.equal(source.siteUrl, 'https://ledger.example/');
  assert.equal(source.total, 4);
  assert.ok(source.lastSuccess);
  assert.equal(source.lastError, null);
  const page = core.store.list({ view: 'all', sourceId: source.id, limit: 10 });
  const tram = page.items.find((a) => a.title.startsWith('Council'))!;
  assert.equal(tram.title, 'Council approves & funds new tram line');
  assert.equal(tram.published, '2025-06-02T15:00:00.000Z');
  assert.equal(tram.byline, 'Asha Patel');
  assert.equal(tram.image, 'https://ledger.example/thumbs/tram.jpg');
  const article = core.store.article(tram.id);
  // The feed's markup is stored as it came, relative addresses resolved; whatever shows or exports it sanitizes it.
  assert.match(article.html, /href="https:\/\/ledger\.example\/maps\/tram"/);
  assert.match(article.html, /src="https:\/\/ledger\.example\/2025\/06\/images\/tram\.jpg"/);
  const shown = sanitizeArticle(article.html, article.url).html;
  assert.doesNotMatch(shown, /<script|onclick|alert/);
  assert.match(shown, /<a href="https:\/\/ledger\.example\/maps\/tram" rel="noopener noreferrer">/);
  assert.equal(core.store.text(tram.id), 'The council voted twelve to three to fund the line.\nSee the map\nWork starts in spring.');
  const undated = page.items.find((a) => a.title.startsWith('Undated'))!;
  assert.equal(undated.published, new Date(clock).toISOString(), 'a missing date becomes the time first seen');
  assert.ok(events.some((e) => e.name === 'libraryChanged' && (e.payload as { reason: string }).reason === 'refresh'));
});

test('every format subscribes: RSS 0.91, 0.92, 1.0, Atom, JSON Feed 1.0 and 1.1, legacy encodings', async () => {
  const cases: [string, string, Record<string, string>, string][] = [
    ['/091.xml', 'rss-0.91.xml', { 'content-type': 'text/xml' }, 'Ferry timetable changes for winter'],
    ['/092.xml', 'rss-0.92.xml', { 'content-type': 'text/xml' }, 'Bridge inspection finds no damage'],
    ['/10.rdf', 'rss-1.0.rdf', { 'content-type': 'application/rdf+xml' }, 'Comet visible at dawn this week'],
    ['/atom.xml', 'atom.xml', { 'content-type': 'application/atom+xml' }, 'River levels fall after the storm'],
    ['/10.json', 'feed-1.0.json', { 'content-type': 'application/feed+json' }, 'Highest tide of the year expected Saturday'],
    ['/11.json', 'feed-1.1.json', { 'content-type': 'application/feed+json' }, 'Launch window opens Tuesday'],
    ['/1252.xml', 'windows-1252.xml', { 'content-type': 'text/xml' }, '“Smart quotes” – and a €5 fee'],
    ['/latin1.xml', 'iso-8859-1.xml', { 'content-type': 'text/xml; charset=ISO-8859-1' }, 'Straßenbahn fährt wieder'],
    ['/utf16.xml', 'utf-16-bom.xml', { 'content-type': 'application/xml' }, '桜の季節 — cherry season'],
  ];
  for (const [path, file, headers, title] of cases) {
    server.routes[path] = { body: feedFixture(file), headers };
    const source = await subscribed(server.url(path));
    assert.ok(titles(source.id).includes(title), `${file}: ${titles(source.id).join(' | ')}`);
  }
  const atom = (core.handlers.feeds.sources() as SourceInfo[]).find((s) => s.feedUrl === server.url('/atom.xml'))!;
  assert.equal(atom.title, 'Field Notes');
  const river = core.store.list({ view: 'all', sourceId: atom.id }).items.find((a) => a.title.startsWith('River'))!;
  assert.equal(river.url, 'https://atom.example/blog/2025/06/river.html');
  assert.match(core.store.article(river.id).html, /href="https:\/\/atom\.example\/blog\/2025\/06\/gauges\.html"/);
  // The untitled RSS 0.92 item takes its title from its text.
  const valley = (core.handlers.feeds.sources() as SourceInfo[]).find((s) => s.feedUrl === server.url('/092.xml'))!;
  assert.ok(titles(valley.id).some((t) => t.startsWith('A bulletin with no title')));
});

test('discovery: a site with one feed subscribes, several offer a choice, common paths are tried', async () => {
  server.routes['/one/'] = { body: feedFixture('site-one.html'), headers: { 'content-type': 'text/html' } };
  server.routes['/feeds/atom.xml'] = { body: feedFixture('atom.xml'), headers: { 'content-type': 'application/atom+xml' } };
  const one = await subscribed(server.url('/one/'));
  assert.equal(one.feedUrl, server.url('/feeds/atom.xml'));

  server.routes['/several/'] = { body: feedFixture('site-several.html'), headers: { 'content-type': 'text/html' } };
  const choice = await subscribe(server.url('/several/'));
  assert.equal(choice.kind, 'choose');
  const candidates = (choice as Extract<SubscribeResult, { kind: 'choose' }>).candidates;
  assert.deepEqual(candidates.map((c) => c.url), [server.url('/sub/all.xml'), server.url('/opinion.atom'), 'https://other.example/ledger.json']);
  server.routes['/sub/all.xml'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  const chosen = await subscribe(server.url('/several/'), candidates[0]!.url);
  assert.equal(chosen.kind, 'subscribed');

  // No <link>s: the well-known paths are probed; only /feed.json exists here.
  server.routes = { '/': { body: feedFixture('site-none.html'), headers: { 'content-type': 'text/html' } }, '/feed.json': { body: feedFixture('feed-1.1.json'), headers: { 'content-type': 'application/feed+json' } } };
  const probed = await subscribe(server.url('/'));
  assert.equal(probed.kind, 'subscribed');
  assert.equal((probed as Extract<SubscribeResult, { kind: 'subscribed' }>).source.feedUrl, server.url('/feed.json'));

  server.routes = { '/': { body: feedFixture('site-none.html'), headers: { 'content-type': 'text/html' } } };
  await assert.rejects(subscribe(server.url('/')), (e: Error & { code?: string }) => e.code === 'NOT_FOUND' && /No feed was found/.test(e.message));
});

test('subscribing twice returns the existing source; bad addresses are refused in plain words', async () => {
  server.routes['/rss.xml'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  const first = await subscribed(server.url('/rss.xml'));
  const again = await subscribe(server.url('/rss.xml'));
  assert.equal(again.kind, 'subscribed');
  assert.equal((again as Extract<SubscribeResult, { kind: 'subscribed' }>).alreadySubscribed, true);
  assert.equal((again as Extract<SubscribeResult, { kind: 'subscribed' }>).source.id, first.id);
  await assert.rejects(subscribe('file:///etc/passwd'), (e: Error & { code?: string }) => e.code === 'INVALID_ARGUMENT');
  server.routes['/missing'] = { status: 404 };
  await assert.rejects(subscribe(server.url('/missing')), (e: Error & { code?: string }) => e.code === 'FEED_UNAVAILABLE' && /not found/.test(e.message));
});

test('refresh: conditional GET, new and updated items, read and bookmark state kept, progress reported', async () => {
  let body = rssWith([{ guid: 'a', title: 'First', date: 'Mon, 09 Jun 2025 10:00:00 GMT' }]);
  server.routes['/feed'] = (request, response) => {
    if (request.headers['if-none-match'] === '"v1"' && body.includes('First') && !body.includes('Second')) {
      response.writeHead(304, { etag: '"v1"' });
      return void response.end();
    }
    response.writeHead(200, { ...RSS, etag: '"v1"', 'last-modified': 'Mon, 09 Jun 2025 10:00:00 GMT' });
    response.end(body);
  };
  const source = await subscribed(server.url('/feed'));
  const [firstId] = core.store.list({ view: 'all', sourceId: source.id }).items.map((a) => a.id);
  core.store.setRead(firstId!, true);
  core.store.setBookmarked(firstId!, true);

  events = [];
  const notModified = await core.handlers.feeds.refresh(source.id);
  assert.equal(notModified.newArticles, 0);
  const conditional = server.requests.filter((r) => r.path === '/feed').at(-1)!;
  assert.equal(conditional.headers['if-none-match'], '"v1"');
  assert.equal(conditional.headers['if-modified-since'], 'Mon, 09 Jun 2025 10:00:00 GMT');

  body = rssWith([
    { guid: 'a', title: 'First, corrected', body: 'Updated body', date: 'Mon, 09 Jun 2025 10:00:00 GMT' },
    { guid: 'b', title: 'Second', date: 'Tue, 10 Jun 2025 09:00:00 GMT' },
  ]);
  events = [];
  const summary = await core.handlers.feeds.refresh(null);
  assert.equal(summary.newArticles, 1);
  assert.deepEqual(summary.failed, []);
  const first = core.store.summary(firstId!);
  assert.equal(first.title, 'First, corrected');
  assert.equal(first.read, true, 'an update keeps read state');
  assert.equal(first.bookmarked, true, 'an update keeps the bookmark');
  assert.deepEqual(titles(source.id).sort(), ['First, corrected', 'Second']);
  const progress = events.filter((e) => e.name === 'refreshProgress').map((e) => e.payload as { running: boolean; done: number; total: number });
  assert.deepEqual(progress.at(0), { running: true, done: 0, total: 1, newArticles: 0 });
  assert.deepEqual(progress.at(-1), { running: false, done: 1, total: 1, newArticles: 1 });
  const change = events.find((e) => e.name === 'libraryChanged')!.payload as { reason: string; articleIds: number[] };
  assert.equal(change.reason, 'refresh');
  assert.ok(change.articleIds.includes(firstId!));
});

test('the same article reached through two sources is stored once and reported as "also in"', async () => {
  const shared = { guid: 'x-1', title: 'Shared story', link: 'https://news.example/shared', date: 'Mon, 09 Jun 2025 10:00:00 GMT' };
  server.routes['/a'] = { body: rssWith([shared], 'Source A'), headers: RSS };
  server.routes['/b'] = { body: rssWith([{ ...shared, guid: 'y-9' }, { guid: 'y-2', title: 'Only in B', link: 'https://news.example/b-only' }], 'Source B'), headers: RSS };
  const a = await subscribed(server.url('/a'));
  const b = await subscribed(server.url('/b'));
  await core.handlers.feeds.refresh(null);
  assert.deepEqual(titles(a.id), ['Shared story']);
  assert.deepEqual(titles(b.id), ['Only in B']);
  const [sharedId] = core.store.list({ view: 'all', sourceId: a.id }).items.map((i) => i.id);
  const article = await core.handlers.library.article(sharedId!);
  assert.deepEqual(article.alsoIn, [{ id: b.id, title: 'Source B' }]);
});

test('a permanent redirect moves the stored feed address; a temporary one does not', async () => {
  server.routes['/old'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  const source = await subscribed(server.url('/old'));
  server.routes['/old'] = { redirect: { to: '/temp', status: 302 } };
  server.routes['/temp'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  await core.handlers.feeds.refresh(source.id);
  assert.equal(sourceById(source.id).feedUrl, server.url('/old'));
  server.routes['/old'] = { redirect: { to: '/new', status: 301 } };
  server.routes['/new'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  await core.handlers.feeds.refresh(source.id);
  assert.equal(sourceById(source.id).feedUrl, server.url('/new'));
  assert.equal(sourceById(source.id).lastError, null);
});

// Each bad input: the source gets a clear error; its stored articles and every other source are untouched.
const BAD_INPUTS: [string, (path: string) => FixtureServer['routes'][string], RegExp][] = [
  ['malformed XML', () => ({ body: '<rss version="2.0"><channel><title>Broken</title><item><title>x</item></channel>', headers: RSS }), /damaged|not well-formed/],
  ['an HTML page served as a feed', () => ({ body: feedFixture('site-none.html'), headers: RSS }), /web page, not a feed/],
  ['an empty body', () => ({ body: '', headers: RSS }), /empty/],
  [
    'a 50 MB body',
    () => (_request, response) => {
      response.writeHead(200, RSS);
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      let sent = 0;
      const pump = () => {
        while (sent < 50 && !response.destroyed) {
          sent++;
          if (!response.write(chunk)) return void response.once('drain', pump);
        }
        response.end();
      };
      response.on('error', () => {});
      pump();
    },
    /larger than Broadsheet accepts/,
  ],
  ['a slow drip past the timeout', () => ({ body: feedFixture('rss-2.0.xml'), headers: RSS, drip: { chunks: 30, intervalMs: 100 } }), /took too long/],
  ['a redirect loop', (path) => ({ redirect: { to: path, status: 302 } }), /loop/],
  ['a gzip bomb', () => ({ body: gzipSync(Buffer.alloc(50 * 1024 * 1024, 0x20)), headers: { ...RSS, 'content-encoding': 'gzip' } }), /larger than Broadsheet accepts/],
  ['a wrong charset', () => ({ body: feedFixture('rss-2.0.xml'), headers: { 'content-type': 'text/xml; charset=x-klingon' } }), /character set "x-klingon"/],
  ['404', () => ({ status: 404, body: 'nope' }), /not found.*404/],
  ['410', () => ({ status: 410 }), /gone for good.*410/],
  ['429 with Retry-After', () => ({ status: 429, headers: { 'retry-after': '120' } }), /slow down.*429.*wait 2 minutes/],
  ['500', () => ({ status: 500 }), /problem of its own.*500/],
];

for (const [name, makeRoute, expected] of BAD_INPUTS) {
  test(`bad input — ${name}: a clear error for that source only`, async () => {
    server.routes['/good'] = { body: feedFixture('atom.xml'), headers: { 'content-type': 'application/atom+xml' } };
    server.routes['/bad'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
    const good = await subscribed(server.url('/good'));
    const bad = await subscribed(server.url('/bad'));
    const before = titles(bad.id);
    assert.equal(before.length, 4);

    server.routes['/bad'] = makeRoute('/bad');
    server.routes['/good'] = { body: rssWith([{ guid: 'fresh', title: 'Fresh from the good source' }], 'Field Notes'), headers: RSS };
    const summary = await core.handlers.feeds.refresh(null);

    assert.equal(summary.failed.length, 1);
    assert.equal(summary.failed[0]!.sourceId, bad.id);
    assert.match(summary.failed[0]!.error, expected);
    assert.match(sourceById(bad.id).lastError ?? '', expected);
    assert.deepEqual(titles(bad.id), before, 'stored articles stay intact');
    assert.ok(titles(good.id).includes('Fresh from the good source'), 'other sources carry on');
    assert.equal(sourceById(good.id).lastError, null);
  });
}

test('410 stops polling; 429 Retry-After and failures back off', async () => {
  server.routes['/gone'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  server.routes['/busy'] = { body: feedFixture('atom.xml'), headers: { 'content-type': 'application/atom+xml' } };
  server.routes['/flaky'] = { body: feedFixture('feed-1.1.json'), headers: { 'content-type': 'application/feed+json' } };
  const gone = await subscribed(server.url('/gone'));
  const busy = await subscribed(server.url('/busy'));
  const flaky = await subscribed(server.url('/flaky'));
  server.routes['/gone'] = { status: 410 };
  server.routes['/busy'] = { status: 429, headers: { 'retry-after': '3600' } };
  server.routes['/flaky'] = { status: 500 };
  await core.handlers.feeds.refresh(null);
  assert.equal(sourceById(gone.id).gone, true);

  server.requests.length = 0;
  clock += 31 * 60_000; // past the 30-minute interval
  await refreshDue();
  const paths = server.requests.map((r) => r.path);
  assert.ok(!paths.includes('/gone'), 'a gone feed is not polled');
  assert.ok(!paths.includes('/busy'), 'Retry-After is honoured');
  assert.ok(!paths.includes('/flaky'), 'a failing source backs off past its interval');
  const manual = await core.handlers.feeds.refresh(busy.id);
  assert.match(manual.failed[0]!.error, /asked Broadsheet to wait/);
  assert.ok(!server.requests.some((r) => r.path === '/busy'), 'even a manual refresh waits when asked to');

  clock += 2 * 3600_000;
  server.routes['/flaky'] = { body: feedFixture('feed-1.1.json'), headers: { 'content-type': 'application/feed+json' } };
  await refreshDue();
  assert.equal(sourceById(flaky.id).lastError, null);
  assert.ok(core.library.sources.feedSource(flaky.id)!.failures === 0);
});

/** What the schedule does on each tick: refresh the sources that are due. */
async function refreshDue(): Promise<void> {
  await core.refresher.refresh(null, { dueOnly: true });
}

test('the number of sources fetched at once is limited', async () => {
  core.close();
  core = open({ concurrency: 2 });
  let active = 0;
  let peak = 0;
  const slow: FixtureServer['routes'][string] = async (_request, response) => {
    active++;
    peak = Math.max(peak, active);
    await new Promise((resolve) => setTimeout(resolve, 60));
    active--;
    response.writeHead(200, RSS);
    response.end(rssWith([{ guid: String(Math.random()), title: 'x' }]));
  };
  for (let i = 0; i < 6; i++) {
    server.routes[`/s${i}`] = { body: rssWith([{ guid: `g${i}`, title: `Item ${i}` }], `S${i}`), headers: RSS };
    await subscribed(server.url(`/s${i}`));
    server.routes[`/s${i}`] = slow;
  }
  const summary = await core.handlers.feeds.refresh(null);
  assert.equal(summary.checked, 6);
  assert.equal(peak, 2);
});

test('OPML import keeps nested folders; export round-trips title, feed URL, site URL and folder', async () => {
  const result = await core.handlers.feeds.importOpml(feedFixture('opml-nested.opml').toString());
  assert.equal(result.added, 4);
  assert.equal(result.skipped, 1);
  assert.equal(result.problems.length, 1);
  assert.match(result.problems[0]!, /Bad scheme/);
  const sources = core.handlers.feeds.sources() as SourceInfo[];
  const ledger = sources.find((s) => s.feedUrl === 'https://ledger.example/rss.xml')!;
  assert.deepEqual([ledger.title, ledger.siteUrl, ledger.folder], ['The Northern Ledger', 'https://ledger.example/', 'News / World']);
  assert.equal(sources.find((s) => s.title === 'Tidewater')!.folder, 'News');
  assert.equal(sources.find((s) => s.title === 'Loose feed')!.folder, null);
  assert.equal(server.requests.length, 0, 'importing fetches nothing');

  const exported = await core.handlers.feeds.exportOpml();
  const shape = (list: SourceInfo[]) => list.map((s) => [s.title, s.feedUrl, s.siteUrl, s.folder]).sort();
  const other = openLibraryCore({ libraryDir: join(dir, 'other'), assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
  try {
    await other.handlers.feeds.importOpml(exported);
    assert.deepEqual(shape(other.handlers.feeds.sources() as SourceInfo[]), shape(sources));
  } finally {
    other.close();
  }
  await assert.rejects(Promise.resolve().then(() => core.handlers.feeds.importOpml('this is not opml')), (e: Error & { code?: string }) => e.code === 'INVALID_ARGUMENT');
});

test('mark all read for a source or a folder; the list filters by folder', async () => {
  server.routes['/a'] = { body: rssWith([{ guid: 'a1', title: 'A1' }, { guid: 'a2', title: 'A2' }], 'A'), headers: RSS };
  server.routes['/b'] = { body: rssWith([{ guid: 'b1', title: 'B1' }], 'B'), headers: RSS };
  server.routes['/c'] = { body: rssWith([{ guid: 'c1', title: 'C1' }], 'C'), headers: RSS };
  const a = await subscribed(server.url('/a'));
  const b = await subscribed(server.url('/b'));
  await subscribed(server.url('/c'));
  core.db.prepare("UPDATE sources SET folder = 'Morning' WHERE id IN (?, ?)").run(a.id, b.id);
  assert.deepEqual(core.store.list({ view: 'all', folder: 'Morning' }).items.map((i) => i.title).sort(), ['A1', 'A2', 'B1']);
  const marked = await core.handlers.library.markAllRead({ sourceId: a.id });
  assert.equal(marked.length, 2);
  assert.deepEqual(core.store.list({ view: 'unread' }).items.map((i) => i.title).sort(), ['B1', 'C1']);
  // Undo puts back exactly what was marked, and nothing read before.
  core.store.setRead(core.store.list({ view: 'all', sourceId: b.id }).items[0]!.id, true);
  assert.equal(await core.handlers.library.setReadMany([...marked, 999_999], false), 2);
  assert.deepEqual(core.store.list({ view: 'unread' }).items.map((i) => i.title).sort(), ['A1', 'A2', 'C1']);
  core.store.setRead(core.store.list({ view: 'all', sourceId: b.id }).items[0]!.id, false);
  assert.equal((await core.handlers.library.markAllRead({ sourceId: a.id })).length, 2);
  assert.equal((await core.handlers.library.markAllRead({ folder: 'Morning' })).length, 1);
  assert.deepEqual(core.store.list({ view: 'unread' }).items.map((i) => i.title), ['C1']);
  assert.deepEqual(core.store.list({ view: 'unread', folder: 'Morning' }).items, []);
});

test('retention removes old feed articles but keeps the newest 50 per source and every bookmark', async () => {
  const items = Array.from({ length: 70 }, (_, i) => ({ guid: `r${i}`, title: `Item ${i}`, date: new Date(clock - (i + 1) * DAY).toUTCString() }));
  server.routes['/many'] = { body: rssWith(items, 'Many'), headers: RSS };
  const source = await subscribed(server.url('/many'));
  // Subscribing already applied the 90-day default: all 70 are younger than that.
  assert.equal(titles(source.id).length, 70);
  const oldest = core.store.list({ view: 'all', sourceId: source.id, limit: 100 }).items.at(-1)!;
  core.store.setBookmarked(oldest.id, true);
  // The feed moves on: it lists only its five newest items now.
  server.routes['/many'] = { body: rssWith(items.slice(0, 5), 'Many'), headers: RSS };
  await core.handlers.feeds.refresh(source.id);
  core.preferences.update({ retentionDays: 10 });
  const removed = pruneArticles(core.context);
  assert.equal(removed, 19);
  const kept = titles(source.id);
  assert.equal(kept.length, 51);
  assert.ok(kept.includes('Item 69'), 'the bookmarked article stays');
  assert.ok(kept.includes('Item 0') && kept.includes('Item 49'));
});

test('retention keeps what the feed still lists: a 207-item archive older than 90 days stays whole, and one new item is 1 new article', async () => {
  const archive = Array.from({ length: 207 }, (_, i) => ({ guid: `ep${i}`, title: `Episode ${i}`, date: new Date(clock - (100 + i) * DAY).toUTCString() }));
  server.routes['/archive.xml'] = { body: rssWith(archive, 'Archive'), headers: RSS };
  const result = await subscribe(server.url('/archive.xml'));
  assert.equal(result.kind, 'subscribed');
  const { source, newArticles } = result as Extract<SubscribeResult, { kind: 'subscribed' }>;
  assert.equal(newArticles, 207, 'the message counts what was kept');
  assert.equal(source.total, 207, 'a new subscription shows its whole feed, however old');
  const storedIds = new Set(core.store.list({ view: 'all', sourceId: source.id, limit: 500 }).items.map((a) => a.id));
  assert.equal(storedIds.size, 207);
  await core.handlers.library.markAllRead({ sourceId: source.id });
  assert.equal(sourceById(source.id).unread, 0);

  // One new episode: one new article, the 207 are neither stored again nor unread again.
  const withNew = [{ guid: 'ep-new', title: 'Episode new', date: new Date(clock).toUTCString() }, ...archive];
  server.routes['/archive.xml'] = { body: rssWith(withNew, 'Archive'), headers: RSS };
  events = [];
  const summary = await core.handlers.feeds.refresh(source.id);
  assert.equal(summary.newArticles, 1);
  const after = core.store.list({ view: 'all', sourceId: source.id, limit: 500 }).items;
  assert.equal(after.length, 208);
  assert.deepEqual(after.filter((a) => !storedIds.has(a.id)).map((a) => a.title), ['Episode new'], 'no article was inserted again');
  assert.deepEqual(core.store.list({ view: 'unread', sourceId: source.id }).items.map((a) => a.title), ['Episode new'], 'read state sticks');
  const change = events.find((e) => e.name === 'libraryChanged')!.payload as { articleIds: number[] };
  assert.equal(change.articleIds.length, 1, 'only the new article was written');

  // A month later, with the library pruned in between, the archive is still listed and still kept.
  clock += 30 * DAY;
  pruneArticles(core.context);
  server.routes['/archive.xml'] = { body: rssWith([{ guid: 'ep-newer', title: 'Episode newer', date: new Date(clock).toUTCString() }, ...withNew], 'Archive'), headers: RSS };
  assert.equal((await core.handlers.feeds.refresh(source.id)).newArticles, 1);
  assert.equal(sourceById(source.id).total, 209);
  assert.equal(sourceById(source.id).unread, 2);
});

test('retention removes articles once they are gone from the feed and past the retention period; one listed again is not new', async () => {
  core.close();
  core = open({ keepNewestPerSource: 2 });
  const old = Array.from({ length: 6 }, (_, i) => ({ guid: `o${i}`, title: `Old ${i}`, date: new Date(clock - (i + 1) * DAY).toUTCString() }));
  server.routes['/drop.xml'] = { body: rssWith(old, 'Dropping'), headers: RSS };
  const source = await subscribed(server.url('/drop.xml'));
  assert.equal(source.total, 6);
  const oldest = core.store.list({ view: 'all', sourceId: source.id }).items.find((a) => a.title === 'Old 5')!;
  core.store.setBookmarked(oldest.id, true);

  // 100 days on the feed lists one new item and one of the old ones; the rest dropped out long ago.
  clock += 100 * DAY;
  const fresh = { guid: 'n0', title: 'New 0', date: new Date(clock).toUTCString() };
  server.routes['/drop.xml'] = { body: rssWith([fresh, old[3]!], 'Dropping'), headers: RSS };
  assert.equal((await core.handlers.feeds.refresh(source.id)).newArticles, 1);
  // Kept: the newest two (New 0, Old 0), what the feed lists (Old 3), the bookmark (Old 5).
  assert.deepEqual(titles(source.id), ['New 0', 'Old 0', 'Old 3', 'Old 5']);

  // The feed serves an older copy that lists removed items again: they are not new.
  server.routes['/drop.xml'] = { body: rssWith([fresh, ...old], 'Dropping'), headers: RSS };
  assert.equal((await core.handlers.feeds.refresh(source.id)).newArticles, 0);
  assert.deepEqual(titles(source.id), ['New 0', 'Old 0', 'Old 3', 'Old 5']);
  server.routes['/drop.xml'] = { body: rssWith([{ guid: 'n1', title: 'New 1', date: new Date(clock).toUTCString() }, fresh, ...old], 'Dropping'), headers: RSS };
  assert.equal((await core.handlers.feeds.refresh(source.id)).newArticles, 1);
  assert.equal(titles(source.id).length, 5);
});

test('retention keeps an article another source still lists, and that source does not store it again', async () => {
  core.close();
  core = open({ keepNewestPerSource: 0 });
  const shared = { guid: 'a-1', title: 'Shared story', link: 'https://news.example/shared', date: new Date(clock - DAY).toUTCString() };
  server.routes['/a'] = { body: rssWith([shared], 'Source A'), headers: RSS };
  server.routes['/b'] = { body: rssWith([{ ...shared, guid: 'b-1' }], 'Source B'), headers: RSS };
  const a = await subscribed(server.url('/a'));
  const b = await subscribed(server.url('/b'));
  assert.deepEqual(titles(a.id), ['Shared story']);
  assert.deepEqual(titles(b.id), []);

  // A drops the story; B still lists it. Long after, A's refresh prunes the library.
  clock += 100 * DAY;
  server.routes['/a'] = { body: rssWith([{ guid: 'a-2', title: 'Later story', date: new Date(clock).toUTCString() }], 'Source A'), headers: RSS };
  assert.equal((await core.handlers.feeds.refresh(a.id)).newArticles, 1);
  assert.deepEqual(titles(a.id), ['Later story', 'Shared story'], 'B still lists it');
  assert.equal((await core.handlers.feeds.refresh(b.id)).newArticles, 0);
  assert.deepEqual(titles(b.id), []);

  // B drops it too: it goes, and coming back in either feed it is not new.
  server.routes['/b'] = { body: rssWith([{ guid: 'b-2', title: 'Only in B', date: new Date(clock).toUTCString() }], 'Source B'), headers: RSS };
  assert.equal((await core.handlers.feeds.refresh(b.id)).newArticles, 1);
  assert.deepEqual(titles(a.id), ['Later story']);
  server.routes['/a'] = { body: rssWith([{ guid: 'a-2', title: 'Later story', date: new Date(clock).toUTCString() }, shared], 'Source A'), headers: RSS };
  server.routes['/b'] = { body: rssWith([{ guid: 'b-2', title: 'Only in B', date: new Date(clock).toUTCString() }, { ...shared, guid: 'b-1' }], 'Source B'), headers: RSS };
  assert.equal((await core.handlers.feeds.refresh(null)).newArticles, 0);
});

test('the schedule never runs unless asked; when asked it refreshes on start and stops on close', async () => {
  server.routes['/feed'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  await subscribed(server.url('/feed'));
  core.close();
  server.requests.length = 0;
  core = open();
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(server.requests.length, 0, 'no schedule by default');
  core.close();

  core = open({ schedule: true, tickMs: 20 });
  core.start();
  for (let i = 0; i < 100 && !server.requests.length; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(server.requests.length, 1, 'refreshed on start');
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(server.requests.length, 1, 'not again before the interval');
  clock += 31 * 60_000;
  for (let i = 0; i < 100 && server.requests.length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  assert.equal(server.requests.length, 2, 'again once the interval passed');
  core.close();
  clock += 31 * 60_000;
  await new Promise((resolve) => setTimeout(resolve, 80));
  assert.equal(server.requests.length, 2, 'stopped when the library closed');
  core = open();
});

test('a per-source interval overrides the preference', async () => {
  server.routes['/feed'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  const source = await subscribed(server.url('/feed'));
  core.db.prepare('UPDATE sources SET refresh_minutes = 120 WHERE id = ?').run(source.id);
  server.requests.length = 0;
  clock += 31 * 60_000;
  await refreshDue();
  assert.equal(server.requests.length, 0);
  clock += 90 * 60_000;
  await refreshDue();
  assert.equal(server.requests.length, 1);
});

test('default news sources are added only when asked, once per library, and not fetched', async () => {
  assert.equal((core.handlers.feeds.sources() as SourceInfo[]).length, 0);
  core.close();
  core = open({ defaultSources: true });
  const sources = core.handlers.feeds.sources() as SourceInfo[];
  assert.equal(sources.length, DEFAULT_FEEDS.length);
  assert.deepEqual(new Set(sources.map((s) => s.folder)), new Set(['World', 'Technology', 'Science']));
  assert.ok(sources.every((s) => s.lastSuccess === null && s.lastError === null));
  const id = sources[0]!.id;
  await core.handlers.feeds.unsubscribe(id);
  core.close();
  core = open({ defaultSources: true });
  assert.equal((core.handlers.feeds.sources() as SourceInfo[]).length, DEFAULT_FEEDS.length - 1, 'a removed default stays removed');
});

test('unsubscribe removes the source and its articles; plain functions work without the contract', async () => {
  server.routes['/rss.xml'] = { body: feedFixture('rss-2.0.xml'), headers: RSS };
  const result = await subscribeToFeed(core.context, server.url('/rss.xml'));
  assert.equal(result.kind, 'subscribed');
  const id = (result as Extract<SubscribeResult, { kind: 'subscribed' }>).source.id;
  assert.match(exportOpmlText(core.context), /xmlUrl="http:\/\/127\.0\.0\.1:\d+\/rss\.xml"/);
  assert.equal(importOpmlText(core.context, exportOpmlText(core.context)).skipped, 1);
  assert.equal(await core.handlers.feeds.unsubscribe(id), true);
  assert.equal(core.store.counts().articles, 0);
  await assert.rejects(Promise.resolve().then(() => core.handlers.feeds.unsubscribe(id)), (e: Error & { code?: string }) => e.code === 'NOT_FOUND');
});
