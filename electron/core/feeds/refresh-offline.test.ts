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
import { offlineServices } from '../offline/full-text.ts';
import { MemoryPreferences } from '../preferences.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { refresh, subscribeToFeed } from './index.ts';

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
    offlineServices(ctx).connectivity.reportSystem(false);
    let finished = false;
    const pending = refresh(ctx).then((summary) => {
      finished = true;
      return summary;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    assert.equal(finished, false, 'refresh ran while offline');
    assert.equal(server.requests.length, fetchesBefore, 'a request went out while offline');
    offlineServices(ctx).connectivity.reportSystem(true);
    const summary = await pending;
    assert.equal(summary.checked, 1);
    assert.ok(server.requests.length > fetchesBefore);
  } finally {
    core.close();
    await server.close();
  }
});
