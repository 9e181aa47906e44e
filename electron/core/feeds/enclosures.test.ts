// Podcast enclosures (issue #15 item 3): parsed with their duration, stored
// beside the article, shown on it, and the listening position remembered.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, before, test } from 'node:test';
import { feedFixture, start, type FixtureServer } from '../../../e2e/fixtures/fixture-server.ts';
import { openLibraryCore } from '../library-core.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { DATABASE_FILE, openDatabase } from '../library/database.ts';
import { createEnclosureTables } from '../library/enclosures.ts';
import { migrations, SCHEMA_VERSION } from '../library/schema.ts';
import { ArticleStore } from '../library/article-store.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { parseDuration, parseFeedText } from './parse.ts';

let server: FixtureServer;
before(async () => {
  server = await start({ routes: { '/podcast.xml': { body: feedFixture('podcast.xml'), headers: { 'content-type': 'application/rss+xml' } } } });
});
after(() => server.close());

test('itunes:duration in every form it comes in', () => {
  assert.equal(parseDuration('1:02:03'), 3723);
  assert.equal(parseDuration('62:03'), 3723);
  assert.equal(parseDuration('00:03'), 3);
  assert.equal(parseDuration('3723'), 3723);
  assert.equal(parseDuration(' 95.5 '), 95.5);
  assert.equal(parseDuration(125), 125);
  assert.equal(parseDuration('about an hour'), null);
  assert.equal(parseDuration(''), null);
  assert.equal(parseDuration(-1), null);
});

test('a podcast feed parses with its enclosures and durations', () => {
  const feed = parseFeedText(feedFixture('podcast.xml').toString('utf8'), 'https://podcast.example/feed.xml');
  assert.deepEqual(feed.entries.map((e) => e.enclosures), [
    [{ url: 'https://podcast.example/audio/episode-2.wav', type: 'audio/wav', length: 48044, duration: 3 }],
    [{ url: 'https://podcast.example/audio/episode-1.mp3', type: 'audio/mpeg', length: 31415926, duration: 3723 }],
  ]);
});

test('enclosures are stored with the article and the position is remembered', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-enclosures-'));
  const core = openLibraryCore({ libraryDir: join(dir, 'library'), assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
  try {
    const result = await core.handlers.feeds.subscribe(server.url('/podcast.xml'));
    assert.equal(result.kind, 'subscribed');
    const items = (await core.handlers.library.articles({ view: 'all' })).items;
    const episode = items.find((i) => i.title.startsWith('Episode 1'))!;
    const article = await core.handlers.library.article(episode.id);
    assert.deepEqual(article.enclosures, [{ url: 'https://podcast.example/audio/episode-1.mp3', type: 'audio/mpeg', length: 31415926, duration: 3723, position: 0 }]);
    assert.equal(await core.handlers.library.savePlaybackPosition(episode.id, 0, 754.5), true);
    assert.equal(await core.handlers.library.savePlaybackPosition(episode.id, 3, 10), false);
    // A refresh of the unchanged feed keeps the position.
    await core.handlers.feeds.refresh(null);
    assert.equal((await core.handlers.library.article(episode.id)).enclosures?.[0]?.position, 754.5);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a library from before enclosures upgrades, keeps its articles, and stores enclosures', () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-enclosures-upgrade-'));
  const before = migrations.indexOf(createEnclosureTables);
  assert.ok(before > 0, 'the enclosure migration is in the list');
  try {
    const raw = new DatabaseSync(join(dir, DATABASE_FILE));
    raw.exec('PRAGMA foreign_keys = ON');
    for (let version = 0; version < before; version++) migrations[version]!(raw);
    raw.exec(`PRAGMA user_version = ${before}`);
    raw.exec(`
      INSERT INTO sources (id, title, feed_url, created_at) VALUES (1, 'Harbour Hour', 'https://podcast.example/feed.xml', 0);
      INSERT INTO articles (id, source_id, guid, title, published, added_at) VALUES (1, 1, 'harbour-hour-1', 'Episode 1: Tides', 0, 0);
    `);
    raw.close();
    const db = openDatabase(dir);
    try {
      assert.equal((db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version, SCHEMA_VERSION);
      const store = new ArticleStore(db);
      assert.deepEqual(store.enclosures.forArticle(1), []);
      assert.equal(store.enclosures.replace(1, [{ url: 'https://podcast.example/a.mp3', type: 'audio/mpeg', length: null, duration: 60 }]), true);
      assert.equal(store.enclosures.replace(1, [{ url: 'https://podcast.example/a.mp3', type: 'audio/mpeg', length: null, duration: 60 }]), false, 'unchanged: no write');
      store.enclosures.savePosition(1, 0, 12);
      db.prepare('DELETE FROM articles WHERE id = 1').run();
      assert.deepEqual(store.enclosures.forArticle(1), [], 'removed with its article');
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
