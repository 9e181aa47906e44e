// Offline first: changes made while the service is out of reach wait in the
// library and go out, in order and once, when it answers again; an interrupted
// sync resumes where it stopped; a mark changed on one side wins; a change made
// here while a sync runs is newer than what that sync fetched.
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
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

beforeEach(() => {
  server.feeds.length = 0;
  server.items.length = 0;
  server.requests.length = 0;
  server.edits.length = 0;
  const desk = server.addFeed({ title: 'City Desk', url: 'https://city.example/feed', siteUrl: 'https://city.example/', folder: 'Local' });
  server.addItems(desk.id, 4, (n) => ({ title: `City ${n + 1}` }));
});

async function synced(): Promise<SyncLibrary> {
  const lib = syncLibrary();
  libraries.push(lib);
  await lib.core.handlers.sync.addAccount(account('greader', server.greaderUrl, server.user, server.password));
  const first = await lib.core.handlers.sync.now();
  assert.equal(first.ok, true, first.error ?? '');
  return lib;
}

const item = (title: string) => server.items.find((i) => i.title === title)!;

test('changes made while the server is down wait in the library, survive a restart, and reach the server once it is back', async () => {
  const lib = await synced();
  let core = lib.core;
  const marks = articleMarks(core);
  await server.pause();
  try {
    await core.handlers.library.setRead(marks.get('City 1')!.id, true);
    await core.handlers.library.setBookmarked(marks.get('City 2')!.id, true);
    await core.handlers.library.markAllRead({ sourceId: core.store.sources()[0]!.id });
    const offline = await core.handlers.feeds.subscribe('https://harbour.example/feed.xml');
    assert.equal(offline.kind, 'subscribed');
    const failed = await core.handlers.sync.now();
    assert.equal(failed.ok, false);
    assert.match(failed.error!, /refused the connection/);
    const info = core.sync.info()!;
    assert.equal(info.lastError, failed.error);
    assert.ok(info.nextAttempt, 'a failed sync backs off before trying by itself');
    assert.equal(info.pendingChanges, 6, 'four read marks, a bookmark and a subscription');
    // Nothing local was lost: the marks stand, and the new source is listed at once.
    const local = articleMarks(core);
    assert.deepEqual([...local.values()].map((a) => a.read), [true, true, true, true]);
    assert.equal(local.get('City 2')!.bookmarked, true);
    assert.ok(core.store.sources().some((s) => s.feedUrl === 'https://harbour.example/feed.xml'));
    // Closing and opening the library keeps the queue (it is in the database).
    core = lib.reopen();
    assert.equal(core.sync.info()!.pendingChanges, 6);
  } finally {
    await server.resume();
  }
  const back = await core.handlers.sync.now();
  assert.equal(back.ok, true, back.error ?? '');
  assert.equal(back.sent, 6);
  assert.equal(back.pending, 0);
  assert.deepEqual(server.items.filter((i) => i.feedId === 1).map((i) => i.read), [true, true, true, true]);
  assert.equal(item('City 2').starred, true);
  assert.ok(server.feeds.some((f) => f.url === 'https://harbour.example/feed.xml'), 'the offline subscription reached the server');
  // Each change arrived once: one subscribe, one read batch, one star.
  assert.deepEqual(
    server.edits.map((e) => e.action).sort(),
    ['+read', '+starred', 'subscribe'],
  );
  // The source subscribed offline is now the account's, not a second copy.
  assert.equal(core.store.sources().filter((s) => s.feedUrl === 'https://harbour.example/feed.xml').length, 1);
  assert.equal(core.sync.info()!.lastError, null);
});

test('a subscription made and withdrawn offline never reaches the server', async () => {
  const { core } = await synced();
  await server.pause();
  try {
    const result = await core.handlers.feeds.subscribe('https://fleeting.example/feed');
    assert.equal(result.kind, 'subscribed');
    if (result.kind === 'subscribed') await core.handlers.feeds.unsubscribe(result.source.id);
  } finally {
    await server.resume();
  }
  const summary = await core.handlers.sync.now();
  assert.equal(summary.ok, true, summary.error ?? '');
  assert.equal(server.edits.length, 0);
  assert.ok(!core.store.sources().some((s) => s.feedUrl === 'https://fleeting.example/feed'));
});

test('a mark changed only on the server wins; one changed only here wins; the same change on both sides is sent once', async () => {
  const { core } = await synced();
  const marks = articleMarks(core);
  await server.pause();
  await core.handlers.library.setRead(marks.get('City 1')!.id, true); // only here
  await core.handlers.library.setRead(marks.get('City 3')!.id, true); // here and there
  await server.resume();
  item('City 2').read = true; // only there
  item('City 3').read = true;
  const summary = await core.handlers.sync.now();
  assert.equal(summary.ok, true, summary.error ?? '');
  const after = articleMarks(core);
  assert.equal(after.get('City 1')!.read, true);
  assert.equal(after.get('City 2')!.read, true);
  assert.equal(after.get('City 3')!.read, true);
  assert.equal(item('City 1').read, true);
  assert.deepEqual(server.edits.flatMap((e) => e.ids), [String(item('City 1').id)], 'only City 1 needed sending');
});

test('a change made here while a sync runs is newer than the marks that sync fetched, and wins', async () => {
  const { core } = await synced();
  const id = articleMarks(core).get('City 4')!.id;
  // Another device reads City 4; our sync fetches that, but before it is applied the reader here marks it unread.
  item('City 4').read = true;
  server.fail({ kind: 'delay', ms: 300 }, { match: 'starred' });
  const running = core.handlers.sync.now();
  await new Promise((resolve) => setTimeout(resolve, 150));
  await core.handlers.library.setRead(id, true);
  await core.handlers.library.setRead(id, false);
  const summary = await running;
  assert.equal(summary.ok, true, summary.error ?? '');
  assert.equal(articleMarks(core).get('City 4')!.read, false);
  assert.equal(item('City 4').read, false, 'the newer mark went to the server');
});

test('a sync cut off midway resumes after the last stored page: every item once, none lost', async () => {
  const { core } = await synced();
  const big = server.addFeed({ title: 'Wire', url: 'https://wire.example/feed', siteUrl: 'https://wire.example/', folder: null });
  server.addItems(big.id, 1000, (n) => ({ title: `Wire ${n + 1}` }));
  const stream = 'stream/contents';
  // Two pages of items arrive, then the connection drops on the third.
  server.fail({ kind: 'drop' }, { match: stream, after: 2 });
  const cut = await core.handlers.sync.now();
  assert.equal(cut.ok, false);
  assert.match(cut.error!, /closed the connection|Could not reach/);
  const partial = articleMarks(core).size;
  assert.ok(partial > 4 && partial < 1004, `some pages were stored (${partial})`);
  const resumed = await core.handlers.sync.now();
  assert.equal(resumed.ok, true, resumed.error ?? '');
  const all = articleMarks(core);
  assert.equal(all.size, 1004);
  assert.equal(resumed.newArticles, 1004 - partial, 'the resumed sync stored only what was missing');
  const contents = server.requests.filter((r) => r.includes(stream));
  assert.ok(contents.some((r) => /[?&]c=\d+/.test(r)), 'the resumed sync continued from a saved continuation');
});

test('a subscription removed on the server is removed here, keeping its bookmarked articles', async () => {
  const { core } = await synced();
  const kept = articleMarks(core).get('City 2')!;
  await core.handlers.library.setBookmarked(kept.id, true);
  await core.handlers.sync.now();
  server.feeds.splice(0, 1);
  const summary = await core.handlers.sync.now();
  assert.equal(summary.sourcesRemoved, 1);
  const bookmarks = core.store.list({ view: 'bookmarks' }).items;
  assert.deepEqual(bookmarks.map((b) => b.title), ['City 2']);
  assert.equal(core.store.article(kept.id).html.includes('Body of item'), true, 'still readable');
  assert.equal(articleMarks(core).size, 1, 'the other articles went with the source');
  assert.ok(!core.store.sources().some((s) => s.feedUrl === 'https://city.example/feed'));
});

test('removing the account keeps every source and article, now local and polled by Broadsheet', async () => {
  const { core } = await synced();
  await server.pause();
  await core.handlers.library.setRead(articleMarks(core).get('City 1')!.id, true);
  await server.resume();
  const removed = await core.handlers.sync.removeAccount();
  assert.deepEqual(removed, { unsentChanges: 1 });
  assert.equal(core.sync.info(), null);
  assert.equal(articleMarks(core).size, 4);
  assert.deepEqual(core.library.sources.feedSources().map((s) => s.feed_url), ['https://city.example/feed']);
});

test('a feed this library already polled is adopted by the account: one source, one copy of each article, marks from both sides kept', async () => {
  const lib = syncLibrary();
  libraries.push(lib);
  const { core } = lib;
  // Polled here before the account: City 1 read and City 2 bookmarked here; City 3 starred on the server.
  const sourceId = core.store.addSource({ title: 'City Desk (local)', feedUrl: 'https://city.example/feed' });
  for (const n of [1, 2, 3]) {
    core.store.upsertArticle({ sourceId, guid: `city-${n}`, url: item(`City ${n}`).url, title: `City ${n}`, html: '<p>x</p>', text: 'x', published: 1 });
  }
  const local = articleMarks(core);
  core.store.setRead(local.get('City 1')!.id, true);
  core.store.setBookmarked(local.get('City 2')!.id, true);
  item('City 3').starred = true;
  await core.handlers.sync.addAccount(account('greader', server.greaderUrl, server.user, server.password));
  const summary = await core.handlers.sync.now();
  assert.equal(summary.ok, true, summary.error ?? '');
  assert.equal(core.store.sources().length, 1);
  assert.deepEqual(core.library.sources.feedSources(), [], 'the server fetches it now');
  const marks = articleMarks(core);
  assert.equal(marks.size, 4);
  assert.equal(marks.get('City 1')!.read, true);
  assert.equal(marks.get('City 2')!.bookmarked, true);
  assert.equal(marks.get('City 3')!.bookmarked, true);
  assert.equal(item('City 1').read, true);
  assert.equal(item('City 2').starred, true);
});
