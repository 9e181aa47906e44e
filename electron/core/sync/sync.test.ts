// Sync against the Google Reader API and the Fever API, served by a fixture
// written from FreshRSS's and Miniflux's documentation (testing/service-fixture.ts).
// Tiny Tiny RSS is tested against the real server (testing/ttrss.integration.ts).
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import type { SyncService } from '../../shared/models.ts';
import { startServiceFixture, type ServiceFixture } from './testing/service-fixture.ts';
import { account, articleMarks, syncLibrary, type SyncLibrary } from './testing/sync-library.ts';

let server: ServiceFixture;
const libraries: SyncLibrary[] = [];

before(async () => {
  server = await startServiceFixture();
});
after(async () => {
  for (const lib of libraries) lib.dispose();
  await server.close();
});

function seedServer(): void {
  server.feeds.length = 0;
  server.items.length = 0;
  server.requests.length = 0;
  server.edits.length = 0;
  const world = server.addFeed({ title: 'World Desk', url: 'https://world.example/feed.xml', siteUrl: 'https://world.example/', folder: 'News' });
  const lab = server.addFeed({ title: 'The Lab &amp; Bench', url: 'https://lab.example/atom.xml', siteUrl: 'https://lab.example/', folder: null });
  server.addItems(world.id, 3, (n) => ({ title: `World story ${n + 1}`, read: n === 0 }));
  server.addItems(lab.id, 2, (n) => ({ title: `Lab note ${n + 1}`, starred: n === 1 }));
}

beforeEach(() => seedServer());

function library(): SyncLibrary {
  const lib = syncLibrary();
  libraries.push(lib);
  return lib;
}

const endpoints = (): Record<'greader' | 'fever', string> => ({ greader: server.greaderUrl, fever: server.feverUrl });

for (const service of ['greader', 'fever'] as const satisfies SyncService[]) {
  test(`${service}: a wrong password is refused in plain words and nothing is saved`, async () => {
    const { core } = library();
    const tested = await core.handlers.sync.test(account(service, endpoints()[service], server.user, 'wrong password'));
    assert.equal(tested.ok, false);
    assert.match(tested.message, /refused the user name or password/);
    await assert.rejects(async () => core.handlers.sync.addAccount(account(service, endpoints()[service], server.user, 'wrong password')), (e: Error & { code?: string }) => {
      assert.equal(e.code, 'SYNC_UNAVAILABLE');
      assert.match(e.message, /refused the user name or password/);
      assert.doesNotMatch(e.message, /wrong password/);
      return true;
    });
    assert.equal(core.sync.info(), null);
  });

  test(`${service}: subscriptions with folders, articles and their read and starred marks arrive`, async () => {
    const { core } = library();
    const tested = await core.handlers.sync.test(account(service, endpoints()[service], server.user, server.password));
    assert.equal(tested.ok, true, tested.message);
    await core.handlers.sync.addAccount(account(service, endpoints()[service], server.user, server.password));
    const summary = await core.handlers.sync.now();
    assert.equal(summary.ok, true, summary.error ?? '');
    assert.equal(summary.newArticles, 5);
    assert.equal(summary.sourcesAdded, 2);
    const sources = core.store.sources();
    assert.deepEqual(
      sources.map((s) => [s.title, s.folder, s.feedUrl]),
      [
        ['The Lab & Bench', null, 'https://lab.example/atom.xml'],
        ['World Desk', 'News', 'https://world.example/feed.xml'],
      ],
    );
    const marks = articleMarks(core);
    assert.equal(marks.size, 5);
    assert.deepEqual(marks.get('World story 1'), { ...marks.get('World story 1')!, read: true, bookmarked: false, source: 'World Desk' });
    assert.equal(marks.get('World story 2')!.read, false);
    assert.equal(marks.get('Lab note 2')!.bookmarked, true);
    // A second sync brings nothing twice.
    const again = await core.handlers.sync.now();
    assert.equal(again.newArticles, 0);
    assert.equal(articleMarks(core).size, 5);
    // Search and related work on synced articles as on any other.
    assert.ok(core.store.search('Lab note').length >= 2);
  });

  test(`${service}: read and bookmark marks go both ways`, async () => {
    const { core } = library();
    await core.handlers.sync.addAccount(account(service, endpoints()[service], server.user, server.password));
    await core.handlers.sync.now();
    const marks = articleMarks(core);
    // Here: read one, bookmark one, unbookmark the starred one.
    await core.handlers.library.setRead(marks.get('World story 2')!.id, true);
    await core.handlers.library.setBookmarked(marks.get('World story 3')!.id, true);
    await core.handlers.library.setBookmarked(marks.get('Lab note 2')!.id, false);
    assert.equal(core.sync.info()!.pendingChanges, 3);
    // There (another device): read one, star one.
    server.items.find((i) => i.title === 'Lab note 1')!.read = true;
    server.items.find((i) => i.title === 'World story 1')!.starred = true;
    const summary = await core.handlers.sync.now();
    assert.equal(summary.ok, true, summary.error ?? '');
    assert.equal(summary.sent, 3);
    assert.equal(summary.marksFromServer, 2);
    assert.equal(summary.pending, 0);
    const byTitle = (t: string) => server.items.find((i) => i.title === t)!;
    assert.equal(byTitle('World story 2').read, true);
    assert.equal(byTitle('World story 3').starred, true);
    assert.equal(byTitle('Lab note 2').starred, false);
    const after = articleMarks(core);
    assert.equal(after.get('Lab note 1')!.read, true);
    assert.equal(after.get('World story 1')!.bookmarked, true);
    assert.equal(core.store.list({ view: 'bookmarks' }).items.length, 2);
  });
}

test('greader: an expired action token is renewed once and the change still goes through', async () => {
  const { core } = library();
  await core.handlers.sync.addAccount(account('greader', server.greaderUrl, server.user, server.password));
  await core.handlers.sync.now();
  await core.handlers.library.setRead(articleMarks(core).get('World story 3')!.id, true);
  server.expireTokens();
  const summary = await core.handlers.sync.now();
  assert.equal(summary.ok, true, summary.error ?? '');
  assert.equal(server.items.find((i) => i.title === 'World story 3')!.read, true);
});

test('fever: subscribing is refused in plain words (the protocol cannot), and nothing changes', async () => {
  const { core } = library();
  await core.handlers.sync.addAccount(account('fever', server.feverUrl, server.user, server.password));
  await core.handlers.sync.now();
  assert.equal(core.sync.info()!.canSubscribe, false);
  await assert.rejects(async () => core.handlers.feeds.subscribe('https://another.example/feed'), /Fever API cannot add subscriptions/);
  assert.equal(core.store.sources().length, 2);
});

test('10,000 unread items arrive once each while the library keeps answering, with progress in the refresh status', async () => {
  server.feeds.length = 0;
  server.items.length = 0;
  for (let f = 0; f < 10; f++) {
    const feed = server.addFeed({ title: `Wire ${f}`, url: `https://wire${f}.example/feed`, siteUrl: `https://wire${f}.example/`, folder: 'Wires' });
    server.addItems(feed.id, 1000, (n) => ({ title: `Wire ${f} report ${n}`, html: `<p>${'Council budget harbour report. '.repeat(20)}</p><img src="https://img.example/${n}.jpg">` }));
  }
  const lib = library();
  await lib.core.handlers.sync.addAccount(account('greader', server.greaderUrl, server.user, server.password));
  // The window asks for its list every 50 ms; the longest wait for an answer is what a person would feel.
  let longest = 0;
  let stop = false;
  const window = (async () => {
    while (!stop) {
      const asked = performance.now();
      await new Promise((resolve) => setTimeout(resolve, 50));
      lib.core.store.list({ view: 'unread', limit: 100 });
      longest = Math.max(longest, performance.now() - asked - 50);
    }
  })();
  const summary = await lib.core.handlers.sync.now();
  stop = true;
  await window;
  assert.equal(summary.ok, true, summary.error ?? '');
  assert.equal(summary.newArticles, 10_000);
  assert.equal(lib.core.store.counts().unread, 10_000);
  assert.equal(articleMarks(lib.core).size, 10_000, 'no article twice');
  // Sanitizing and indexing run in a worker and items are stored 25 to a transaction, so the window's
  // calls are answered between them (measured: ~50 ms at worst on a quiet 2-core machine).
  assert.ok(longest < 1000, `the library answered within ${Math.round(longest)} ms throughout`);
  const progress = lib.events.filter((e) => e.name === 'syncChanged').map((e) => (e.payload as { progress: { phase: string; done: number } | null } | null)?.progress);
  const fetched = progress.filter((p) => p?.phase === 'articles').map((p) => p!.done);
  assert.ok(fetched.length >= 5 && fetched.at(-1)! >= 9000, `progress was reported as articles arrived (${fetched.length} updates)`);
});

test('with an account, Refresh also syncs: its new articles count, and a failed sync is listed with what could not be refreshed', async () => {
  const { core } = library();
  await core.handlers.sync.addAccount(account('greader', server.greaderUrl, server.user, server.password));
  const first = await core.handlers.feeds.refresh(null);
  assert.equal(first.newArticles, 5);
  assert.deepEqual(first.failed, []);
  await server.pause();
  try {
    const failed = await core.handlers.feeds.refresh(null);
    assert.equal(failed.failed.length, 1);
    assert.match(failed.failed[0]!.title, /^Sync with http:\/\/127\.0\.0\.1:\d+\/api\/greader\.php$/);
    assert.match(failed.failed[0]!.error, /refused the connection/);
  } finally {
    await server.resume();
  }
});
