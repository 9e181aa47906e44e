// How refresh and the offline copy meet: a refresh asked for while the system
// is offline waits for the network; new articles are queued for their full
// copy only when the library asks for it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { feedFixture, start } from '../../../e2e/fixtures/fixture-server.ts';
import { openLibraryCore } from '../library-core.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { subscribeToFeed } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-refresh-offline-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a refresh asked for while the system is offline waits until the network returns', async () => {
  const server = await start({ routes: { '/feed.xml': { body: feedFixture('rss-2.0.xml'), headers: { 'content-type': 'application/rss+xml' } } } });
  const core = openLibraryCore({
    libraryDir: join(dir, 'wait'),
    assetsDir: ASSETS_DIR,
    preferences: new MemoryPreferences(),
    platform: { openExternal: async () => {} },
    seed: false,
  });
  try {
    const ctx = core.context;
    const subscribed = await subscribeToFeed(ctx, server.url('/feed.xml'));
    assert.equal(subscribed.kind, 'subscribed');
    const fetchesBefore = server.requests.length;
    core.connectivity.reportSystem(false);
    let finished = false;
    const pending = core.refresher.refresh().then((summary) => {
      finished = true;
      return summary;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(finished, false, 'refresh ran while offline');
    assert.equal(server.requests.length, fetchesBefore, 'a request went out while offline');
    core.connectivity.reportSystem(true);
    const summary = await pending;
    assert.equal(summary.checked, 1);
    assert.ok(server.requests.length > fetchesBefore);
  } finally {
    core.close();
    await server.close();
  }
});

test('a source due by the library schedule waits when its own interval is longer', async () => {
  const { intervalMinutes, isDue } = await import('./refresh.ts');
  const core = openLibraryCore({ libraryDir: join(dir, 'interval'), assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
  try {
    const ctx = core.context;
    const now = Date.now();
    const source = { feed_url: 'http://127.0.0.1:9/feed.xml', gone: 0, refresh_minutes: 120, last_attempt_at: now - 60 * 60_000, retry_after_until: null, next_fetch_at: null } as Parameters<typeof isDue>[1];
    assert.equal(intervalMinutes(ctx, source), 120);
    assert.equal(isDue(ctx, source, now), false, 'an hour into a two-hour interval is not due');
    assert.equal(isDue(ctx, { ...source, refresh_minutes: null }, now), true, 'the 30-minute library schedule is due');
  } finally {
    core.close();
  }
});
