import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import type { PendingOpenRequest } from '../../shared/models.ts';
import { openLibraryCore, type LibraryCore } from '../library-core.ts';
import { feedLinkToUrl, MAX_PENDING_REQUESTS, parseOpenInputs, readOpmlFile } from './open-requests.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';

const scratch = mkdtempSync(join(tmpdir(), 'broadsheet-open-'));
after(() => rmSync(scratch, { recursive: true, force: true }));

const OPML = `<?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head><body>
<outline type="rss" text="Harbour Ledger" xmlUrl="https://harbour.example/feed.xml"/></body></opml>`;

/** A core whose feed actions only record what they were asked to do. */
function coreWithFakeFeeds(options: { failSubscribe?: boolean } = {}) {
  const dir = mkdtempSync(join(scratch, 'lib-'));
  const subscribed: string[] = [];
  const imported: string[] = [];
  const events: PendingOpenRequest[] = [];
  const core: LibraryCore = openLibraryCore({
    libraryDir: join(dir, 'library'),
    assetsDir: ASSETS_DIR,
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
    feedActions: {
      subscribeToFeed: async (_ctx, url) => {
        if (options.failSubscribe) throw new Error('The site did not answer.');
        subscribed.push(url);
      },
      importOpmlText: async (_ctx, xml) => void imported.push(xml),
    },
  });
  core.onEvent((name, payload) => {
    if (name === 'openRequested') events.push(payload as PendingOpenRequest);
  });
  return { core, subscribed, imported, events, dispose: () => core.close() };
}

describe('feed links', () => {
  test('every form browsers send becomes an http(s) feed URL', () => {
    assert.deepEqual(feedLinkToUrl('feed://example.com/rss'), { url: 'https://example.com/rss' });
    assert.deepEqual(feedLinkToUrl('feeds://example.com/rss?x=1'), { url: 'https://example.com/rss?x=1' });
    assert.deepEqual(feedLinkToUrl('feed:https://example.com/atom.xml'), { url: 'https://example.com/atom.xml' });
    assert.deepEqual(feedLinkToUrl('feed:http://example.com/atom.xml'), { url: 'http://example.com/atom.xml' });
    assert.deepEqual(feedLinkToUrl('FEED:example.com/rss'), { url: 'https://example.com/rss' });
  });

  test('links that are not safe feed addresses are refused with a reason', () => {
    assert.match(String((feedLinkToUrl('feed:javascript:alert(1)') as { problem: string }).problem), /address|http/);
    assert.match((feedLinkToUrl('feed://user:secret@example.com/rss') as { problem: string }).problem, /password/);
    assert.match((feedLinkToUrl('feed://')  as { problem: string }).problem, /address|site/);
    assert.match((feedLinkToUrl(`feed://example.com/${'a'.repeat(3000)}`) as { problem: string }).problem, /too long/);
  });
});

describe('command lines', () => {
  test('picks feed links and OPML files, ignoring flags, the executable and other arguments', () => {
    const found = parseOpenInputs(
      ['/opt/Broadsheet/broadsheet', '.', '--allow-file-access-from-files', 'feed://a.example/rss', 'notes.txt', 'lists/mine.OPML'],
      '/home/ada',
    );
    assert.deepEqual(found, [
      { kind: 'subscribe', url: 'https://a.example/rss' },
      { kind: 'import-opml', path: join('/home/ada', 'lists/mine.OPML') },
    ]);
  });

  test('file:// URLs from Linux desktop entries are read as paths', () => {
    const path = join(scratch, 'from desktop.opml');
    assert.deepEqual(parseOpenInputs([pathToFileURL(path).href], '/'), [{ kind: 'import-opml', path }]);
  });
});

describe('open requests through the core', () => {
  test('a feed: link waits for confirmation, and accepting subscribes to the https URL', async () => {
    const lib = coreWithFakeFeeds();
    try {
      const [request] = await lib.core.openRequests.receive(['feed://news.example/rss'], scratch);
      assert.ok(request);
      assert.deepEqual(lib.events, [request], 'the window is told about the request');
      assert.equal(request.kind, 'subscribe');
      assert.equal(request.target, 'https://news.example/rss');
      assert.deepEqual(lib.subscribed, [], 'nothing happens before the person answers');
      assert.deepEqual(await lib.core.handlers.openRequests.pending(), [request]);

      const outcome = await lib.core.handlers.openRequests.resolve(request.id, true);
      assert.equal(outcome.status, 'done');
      assert.match(outcome.message, /news\.example/);
      assert.deepEqual(lib.subscribed, ['https://news.example/rss']);
      assert.deepEqual(await lib.core.handlers.openRequests.pending(), []);
    } finally {
      lib.dispose();
    }
  });

  test('rejecting drops the request without subscribing, and it cannot be answered twice', async () => {
    const lib = coreWithFakeFeeds();
    try {
      const [request] = await lib.core.openRequests.receive(['feeds://news.example/rss'], scratch);
      const outcome = await lib.core.handlers.openRequests.resolve(request!.id, false);
      assert.equal(outcome.status, 'dismissed');
      assert.deepEqual(lib.subscribed, []);
      assert.deepEqual(await lib.core.handlers.openRequests.pending(), []);
      await assert.rejects(async () => lib.core.handlers.openRequests.resolve(request!.id, true), { code: 'NOT_FOUND' });
    } finally {
      lib.dispose();
    }
  });

  test('the same link opened twice while waiting is asked about once', async () => {
    const lib = coreWithFakeFeeds();
    try {
      await lib.core.openRequests.receive(['feed://news.example/rss'], scratch);
      const again = await lib.core.openRequests.receive(['feed:https://news.example/rss'], scratch);
      assert.deepEqual(again, []);
      assert.equal((await lib.core.handlers.openRequests.pending()).length, 1);
    } finally {
      lib.dispose();
    }
  });

  test('a flood of links is capped', async () => {
    const lib = coreWithFakeFeeds();
    try {
      const links = Array.from({ length: MAX_PENDING_REQUESTS + 10 }, (_, i) => `feed://site${i}.example/rss`);
      await lib.core.openRequests.receive(links, scratch);
      assert.equal((await lib.core.handlers.openRequests.pending()).length, MAX_PENDING_REQUESTS);
    } finally {
      lib.dispose();
    }
  });

  test('a failed subscription reaches the caller as an error', async () => {
    const lib = coreWithFakeFeeds({ failSubscribe: true });
    try {
      const [request] = await lib.core.openRequests.receive(['feed://down.example/rss'], scratch);
      await assert.rejects(async () => lib.core.handlers.openRequests.resolve(request!.id, true), /did not answer/);
    } finally {
      lib.dispose();
    }
  });

  test('accepting an .opml file imports its text', async () => {
    const lib = coreWithFakeFeeds();
    try {
      const path = join(scratch, 'subscriptions.opml');
      writeFileSync(path, OPML);
      const [request] = await lib.core.openRequests.receive([path], scratch);
      assert.equal(request!.kind, 'import-opml');
      assert.equal(request!.target, 'subscriptions.opml');
      assert.equal(request!.problem, null);
      const outcome = await lib.core.handlers.openRequests.resolve(request!.id, true);
      assert.equal(outcome.status, 'done');
      assert.deepEqual(lib.imported, [OPML]);
    } finally {
      lib.dispose();
    }
  });

  test('an .opml file beyond the size cap is refused with a clear message and never imported', async () => {
    const lib = coreWithFakeFeeds();
    try {
      const path = join(scratch, 'huge.opml');
      writeFileSync(path, Buffer.alloc(5 * 1024 * 1024 + 1, 0x20));
      const [request] = await lib.core.openRequests.receive([path], scratch);
      assert.match(request!.problem ?? '', /huge\.opml.*larger than the 5\.0 MB/);
      const outcome = await lib.core.handlers.openRequests.resolve(request!.id, true);
      assert.equal(outcome.status, 'dismissed');
      assert.deepEqual(lib.imported, []);
    } finally {
      lib.dispose();
    }
  });

  test('a missing .opml file is explained, not imported', async () => {
    const lib = coreWithFakeFeeds();
    try {
      const [request] = await lib.core.openRequests.receive([join(scratch, 'gone.opml')], scratch);
      assert.match(request!.problem ?? '', /gone\.opml.*could not be found/);
    } finally {
      lib.dispose();
    }
  });

  test('with the real feeds module, accepting an .opml file adds its feeds as sources (nothing is fetched)', async () => {
    const dir = mkdtempSync(join(scratch, 'real-'));
    const core = openLibraryCore({
      libraryDir: join(dir, 'library'),
      assetsDir: ASSETS_DIR,
      preferences: new MemoryPreferences(),
      platform: { openExternal: async () => {} },
      seed: false,
    });
    try {
      const path = join(dir, 'mine.opml');
      writeFileSync(path, OPML);
      const [request] = await core.openRequests.receive([path], dir);
      const outcome = await core.handlers.openRequests.resolve(request!.id, true);
      assert.equal(outcome.message, 'Added 1 feed from “mine.opml”.');
      const sources = await core.handlers.feeds.sources();
      assert.ok(sources.some((s) => s.title === 'Harbour Ledger' && s.feedUrl === 'https://harbour.example/feed.xml'));
    } finally {
      core.close();
    }
  });
});

describe('reading OPML files', () => {
  test('a file that grew past the cap after it was queued is still refused', async () => {
    const path = join(scratch, 'grows.opml');
    writeFileSync(path, 'x'.repeat(200));
    await assert.rejects(readOpmlFile(path, 100), { code: 'INVALID_ARGUMENT', message: /larger than/ });
    assert.equal(await readOpmlFile(path, 200), 'x'.repeat(200));
  });
});
