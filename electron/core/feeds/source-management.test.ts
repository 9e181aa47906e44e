// Managing sources (issue #15 item 14): rename and move between folders, remove
// the sample edition, and recognise the same feed reached at a second address
// (by the feed's own self link, or where the redirects end) so one is kept.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, test } from 'node:test';
import { start, type FixtureServer } from '../../../e2e/fixtures/fixture-server.ts';
import { DATABASE_FILE, openDatabase } from '../library/database.ts';
import { migrations, SCHEMA_VERSION } from '../library/schema.ts';
import { addSourceAddresses, SourceStore } from '../library/sources.ts';
import { tempLibrary } from '../testing/temp-library.ts';

let server: FixtureServer;
const RSS = { 'content-type': 'application/rss+xml' };

function rss(self: string | null, title = 'Harbour Ledger'): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${title}</title>
    <link>https://ledger.example/</link>${self ? `<atom:link rel="self" type="application/rss+xml" href="${self}"/>` : ''}
    <item><title>Tide tables</title><link>https://ledger.example/tides</link><guid>tides</guid><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate><description>High water at noon.</description></item>
  </channel></rss>`;
}

before(async () => {
  server = await start();
  Object.assign(server.routes, {
    // The feed at its own address, naming itself.
    '/ledger.xml': { body: rss(server.url('/ledger.xml')), headers: RSS },
    // An old address that redirects (temporarily) to it.
    '/old/ledger.rss': { redirect: { to: '/ledger.xml', status: 302 } },
    // A mirror serving the same document: its self link names the first address.
    '/mirror/ledger.xml': { body: rss(server.url('/ledger.xml')), headers: RSS },
    // Another feed entirely.
    '/other.xml': { body: rss(server.url('/other.xml'), 'Northgate Courier'), headers: RSS },
  });
});
after(async () => server.close());

test('a source is renamed and moved between folders (the sample edition’s too); a blank name is refused', async () => {
  const lib = tempLibrary({ seed: true });
  try {
    const feeds = lib.core.handlers.feeds;
    const subscribed = await feeds.subscribe(server.url('/other.xml'));
    assert.equal(subscribed.kind, 'subscribed');
    const id = subscribed.kind === 'subscribed' ? subscribed.source.id : 0;
    const renamed = await feeds.updateSource(id, { title: '  The Courier  ', folder: 'Local / North' });
    assert.equal(renamed.title, 'The Courier');
    assert.equal(renamed.folder, 'Local / North');
    const moved = await feeds.updateSource(id, { folder: '' });
    assert.equal(moved.folder, null, 'an empty folder takes it out of any folder');
    assert.equal(moved.title, 'The Courier', 'what is not given stays');
    assert.deepEqual((await feeds.sources()).find((s) => s.id === id), moved);
    // The name the feed gives does not come back with the next refresh.
    await feeds.refresh(id);
    assert.equal((await feeds.sources()).find((s) => s.id === id)!.title, 'The Courier');

    const edition = (await feeds.sources()).find((s) => s.folder === 'Sample edition')!;
    assert.equal((await feeds.updateSource(edition.id, { folder: 'Samples' })).folder, 'Samples');

    await assert.rejects(async () => feeds.updateSource(id, { title: '   ' }), (e: Error & { code?: string }) => e.code === 'INVALID_ARGUMENT');
    await assert.rejects(async () => feeds.updateSource(999_999, { title: 'x' }), (e: Error & { code?: string }) => e.code === 'NOT_FOUND');
  } finally {
    lib.dispose();
  }
});

test('the sample edition is removed in one call: its sources and articles go, bookmarks keep their copy, and it does not come back', async () => {
  const lib = tempLibrary({ seed: true });
  try {
    const { library, feeds } = lib.core.handlers;
    const editionSources = (await feeds.sources()).filter((s) => !s.feedUrl);
    assert.ok(editionSources.length > 0);
    const page = await library.articles({ view: 'all', limit: 5 });
    await library.setBookmarked(page.items[0]!.id, true);
    const subscribed = await feeds.subscribe(server.url('/other.xml'));
    assert.equal(subscribed.kind, 'subscribed');

    const removed = await library.removeSampleEdition();
    assert.deepEqual(removed, { sources: editionSources.length, articles: 50 });
    assert.deepEqual((await feeds.sources()).map((s) => s.title), ['Northgate Courier']);
    assert.equal((await library.articles({ view: 'all' })).total, 1);
    const kept = lib.core.db.prepare('SELECT title, article_id FROM bookmarks').get() as { title: string; article_id: number | null };
    assert.equal(kept.title, page.items[0]!.title);
    assert.equal(kept.article_id, null);
    assert.deepEqual(await library.removeSampleEdition(), { sources: 0, articles: 0 });
  } finally {
    lib.dispose();
  }
  // Opening the library again does not seed it again.
  const again = tempLibrary({ seed: true });
  const dir = again.dir;
  try {
    await again.core.handlers.library.removeSampleEdition();
  } finally {
    again.core.close();
  }
  const { openLibraryCore } = await import('../library-core.ts');
  const { MemoryPreferences } = await import('../kernel/preferences.ts');
  const { ASSETS_DIR } = await import('../testing/temp-library.ts');
  const reopened = openLibraryCore({ libraryDir: join(dir, 'library'), assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} } });
  try {
    assert.equal((await reopened.handlers.library.articles({ view: 'all' })).total, 0);
  } finally {
    reopened.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the same feed at a second address is recognised when subscribing: by where the redirects end, and by the feed’s own self link', async () => {
  const lib = tempLibrary();
  try {
    const feeds = lib.core.handlers.feeds;
    const first = await feeds.subscribe(server.url('/ledger.xml'));
    assert.ok(first.kind === 'subscribed' && !first.alreadySubscribed);
    for (const address of ['/old/ledger.rss', '/mirror/ledger.xml']) {
      const again = await feeds.subscribe(server.url(address));
      assert.ok(again.kind === 'subscribed', address);
      assert.equal(again.alreadySubscribed, true, address);
      assert.equal(again.source.id, first.source.id, address);
    }
    assert.equal((await feeds.sources()).length, 1);
  } finally {
    lib.dispose();
  }
});

test('two sources already in the library that are one feed are marked as such after a refresh, and keeping one removes the other', async () => {
  const lib = tempLibrary();
  try {
    const feeds = lib.core.handlers.feeds;
    // An OPML import adds addresses without fetching them: both come in.
    const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>x</title></head><body>
      <outline text="Ledger" xmlUrl="${server.url('/ledger.xml')}"/><outline text="Ledger (mirror)" xmlUrl="${server.url('/mirror/ledger.xml')}"/>
      <outline text="Courier" xmlUrl="${server.url('/other.xml')}"/></body></opml>`;
    await feeds.importOpml(opml);
    await feeds.refresh(null);
    const sources = await feeds.sources();
    const ledger = sources.find((s) => s.feedUrl === server.url('/ledger.xml'))!;
    const mirror = sources.find((s) => s.feedUrl === server.url('/mirror/ledger.xml'))!;
    const courier = sources.find((s) => s.title === 'Courier')!;
    assert.deepEqual(ledger.sameFeedAs, { id: mirror.id, title: mirror.title });
    assert.deepEqual(mirror.sameFeedAs, { id: ledger.id, title: ledger.title });
    assert.equal(courier.sameFeedAs ?? null, null);
    await feeds.unsubscribe(mirror.id);
    const left = await feeds.sources();
    assert.deepEqual(left.map((s) => s.title).sort(), ['Courier', 'Ledger']);
    assert.equal(left.find((s) => s.id === ledger.id)!.sameFeedAs ?? null, null);
  } finally {
    lib.dispose();
  }
});

test('a library from before source addresses upgrades and keeps its sources', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-addresses-upgrade-'));
  const version = migrations.indexOf(addSourceAddresses);
  assert.ok(version > 0, 'the migration is in the list');
  try {
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    raw.exec('PRAGMA foreign_keys = ON');
    for (let v = 0; v < version; v++) migrations[v]!(raw);
    raw.exec(`PRAGMA user_version = ${version}`);
    raw.exec(`
      INSERT INTO sources (id, title, feed_url, folder, created_at) VALUES (1, 'Harbour Ledger', 'https://ledger.example/rss', 'News', 0);
      INSERT INTO sources (id, title, feed_url, created_at) VALUES (2, 'Ledger again', 'https://mirror.example/rss', 0);
      INSERT INTO articles (id, source_id, guid, title, published, added_at) VALUES (1, 1, 'tides', 'Tide tables', 0, 0);
    `);
    raw.close();
    const db = openDatabase(dir);
    try {
      assert.equal((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version, SCHEMA_VERSION);
      const sources = new SourceStore(db);
      assert.equal(sources.feedSource(1)!.title, 'Harbour Ledger');
      assert.equal((db.prepare('SELECT count(*) AS n FROM articles').get() as { n: number }).n, 1);
      assert.equal(sources.sameFeeds().size, 0, 'nothing known about their addresses yet');
      sources.recordAddresses(2, { finalUrl: 'https://mirror.example/rss', selfUrl: 'https://ledger.example/rss' });
      assert.deepEqual(sources.sameFeeds().get(1), { id: 2, title: 'Ledger again' });
      assert.deepEqual(sources.sameFeeds().get(2), { id: 1, title: 'Harbour Ledger' });
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
