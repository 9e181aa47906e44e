// A bookmarked podcast episode's audio kept offline (issue #15 item 3): fetched
// through the local-network guard, checked by its magic numbers, kept under the
// offlineAudioMb cap, served by the app, and let go when the bookmark goes.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { feedFixture, start, type FixtureServer } from '../../../e2e/fixtures/fixture-server.ts';
import { toneWav } from '../../../e2e/fixtures/wav.ts';
import { serveAppRequest } from '../host/app-protocol.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { openLibraryCore } from '../library-core.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { sniffAudioType } from './episodes.ts';

let server: FixtureServer;
before(async () => {
  server = await start();
  const feed = feedFixture('podcast.xml')
    .toString('utf8')
    .replace('https://podcast.example/audio/episode-2.wav', server.url('/audio/episode-2.wav'))
    // Another local host than the feed's own: the guard refuses it.
    .replace('https://podcast.example/audio/episode-1.mp3', server.url('/audio/episode-1.mp3').replace('127.0.0.1', 'localhost'));
  server.routes['/podcast.xml'] = { body: feed, headers: { 'content-type': 'application/rss+xml' } };
});
after(() => server.close());

test('audio is recognised by its magic numbers, not by what the server says', () => {
  assert.equal(sniffAudioType(toneWav(0.1)), 'audio/wav');
  assert.equal(sniffAudioType(Buffer.from('ID3\x04\x00\x00\x00\x00\x00\x00\x00\x00')), 'audio/mpeg');
  assert.equal(sniffAudioType(Buffer.from([0xff, 0xfb, 0x90, 0x64, 0, 0, 0, 0, 0, 0, 0, 0])), 'audio/mpeg');
  assert.equal(sniffAudioType(Buffer.from([0xff, 0xf1, 0x50, 0x80, 0, 0, 0, 0, 0, 0, 0, 0])), 'audio/aac');
  assert.equal(sniffAudioType(Buffer.from('\x00\x00\x00\x20ftypM4A \x00\x00')), 'audio/mp4');
  assert.equal(sniffAudioType(Buffer.from('OggS\x00\x02\x00\x00\x00\x00\x00\x00')), 'audio/ogg');
  assert.equal(sniffAudioType(Buffer.from('fLaC\x00\x00\x00\x22\x00\x00\x00\x00')), 'audio/flac');
  assert.equal(sniffAudioType(Buffer.from('<!doctype html><html>')), null);
  assert.equal(sniffAudioType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])), null);
});

test('a bookmarked episode is kept offline under the cap, served by the app, and let go with its bookmark', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-episodes-'));
  const libraryDir = join(dir, 'library');
  const core = openLibraryCore({ libraryDir, assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
  try {
    assert.equal((await core.handlers.preferences.get()).offlineAudioMb, 1000, 'a visible default');
    await core.handlers.feeds.subscribe(server.url('/podcast.xml'));
    const items = (await core.handlers.library.articles({ view: 'all' })).items;
    const two = items.find((i) => i.title.startsWith('Episode 2'))!.id;
    const one = items.find((i) => i.title.startsWith('Episode 1'))!.id;

    // Off: nothing is fetched.
    await core.handlers.preferences.set({ offlineAudioMb: 0 });
    server.routes['/audio/episode-2.wav'] = { body: toneWav(70), headers: { 'content-type': 'audio/wav' } };
    assert.equal(await core.episodes.keep(two), 'off');
    assert.equal(server.requests.filter((r) => r.path.startsWith('/audio/')).length, 0);
    // 1 MB cap: a 1.1 MB episode (whatever its feed says) stops at the cap and is not kept.
    await core.handlers.preferences.set({ offlineAudioMb: 1 });
    assert.equal(await core.episodes.keep(two), 'too-large');

    // Bookmarking keeps it, when it fits.
    server.routes['/audio/episode-2.wav'] = { body: toneWav(3), headers: { 'content-type': 'audio/wav' } };
    await core.handlers.library.setBookmarked(two, true);
    await core.episodes.idle();
    const kept = (await core.handlers.library.article(two)).enclosures![0]!.kept!;
    assert.match(kept.path, /^\/media\/[0-9a-f]{64}\.wav$/);
    assert.equal(kept.bytes, toneWav(3).length);
    const served = await serveAppRequest({ renderer: join(dir, 'none'), editionImages: join(dir, 'none'), media: join(libraryDir, 'media') }, kept.path);
    assert.equal(served.status, 200);
    assert.equal(served.headers['content-type'], 'audio/wav');
    assert.equal(served.headers['x-content-type-options'], 'nosniff');
    assert.equal(await core.episodes.keep(two), 'already');

    // Another local host than the feed's own is refused by the guard (no request reaches it).
    server.routes['/audio/episode-1.mp3'] = { body: toneWav(1), headers: { 'content-type': 'audio/mpeg' } };
    await core.handlers.preferences.set({ offlineAudioMb: 1000 });
    await core.handlers.library.setBookmarked(one, true);
    assert.equal(await core.episodes.keep(one), 'failed');
    assert.equal(server.requests.filter((r) => r.path === '/audio/episode-1.mp3').length, 0);

    // The bookmark goes: its audio is let go when room is next needed.
    await core.handlers.library.setBookmarked(two, false);
    assert.equal((await core.handlers.library.article(two)).enclosures![0]!.kept?.path, kept.path, 'kept until room is needed');
    assert.equal(await core.episodes.keep(one), 'failed');
    assert.equal((await core.handlers.library.article(two)).enclosures![0]!.kept, undefined);
    assert.equal((await serveAppRequest({ renderer: join(dir, 'none'), editionImages: join(dir, 'none'), media: join(libraryDir, 'media') }, kept.path)).status, 404);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('an HTML page sent as audio is refused', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-episodes-'));
  const core = openLibraryCore({
    libraryDir: join(dir, 'library'),
    assetsDir: ASSETS_DIR,
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
    fetchAudio: async () => ({ body: Buffer.from('<!doctype html><title>Sign in</title>'), contentType: 'audio/mpeg' }),
  });
  try {
    await core.handlers.feeds.subscribe(server.url('/podcast.xml'));
    const two = (await core.handlers.library.articles({ view: 'all' })).items.find((i) => i.title.startsWith('Episode 2'))!.id;
    assert.equal(await core.episodes.keep(two), 'not-audio');
    assert.equal((await core.handlers.library.article(two)).enclosures![0]!.kept, undefined);
  } finally {
    core.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
