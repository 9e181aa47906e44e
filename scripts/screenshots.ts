// Renders the main views through the e2e Chromium host (real core, real
// renderer) to PNG files in docs/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, ROOT } from '../e2e/fixtures/hosts.ts';
import { feedFixture, start } from '../e2e/fixtures/fixture-server.ts';
import { toneWav } from '../e2e/fixtures/wav.ts';

const out = join(ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

async function shoot(
  name: string,
  colorScheme: 'light' | 'dark',
  prepare: (page: import('@playwright/test').Page) => Promise<void>,
  viewport = { width: 1440, height: 900 },
) {
  const profileDir = mkdtempSync(join(tmpdir(), 'broadsheet-shots-'));
  const app = await launch({ profileDir, colorScheme });
  try {
    await app.page.setViewportSize(viewport);
    await app.page.locator('bs-article-list').getByRole('option').first().waitFor();
    await prepare(app.page);
    await app.page.waitForTimeout(300);
    const file = join(out, `${name}.png`);
    await app.page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  } finally {
    await app.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** Opens the first article that belongs to a multi-outlet story, so the sidebar has work to show. */
async function openStory(page: import('@playwright/test').Page) {
  // With stories folded, a multi-outlet story is a row with "+N sources" (led by its most complete report).
  await page.locator('bs-article-list').getByRole('option').filter({ hasText: /\+\d+ sources/ }).first().click();
  // Attached, not necessarily shown: on a narrow window the related stories wait behind their toggle.
  await page.locator('bs-related section[data-group="same-story"]').waitFor({ state: 'attached' });
}

await shoot('reader-light', 'light', openStory);
await shoot('reader-dark', 'dark', openStory);
await shoot('bookmarks', 'light', async (page) => {
  await openStory(page);
  await page.locator('bs-reading-pane').getByRole('button', { name: /Bookmark/ }).click();
  await page.locator('bs-nav').getByRole('button', { name: /Bookmarks/ }).click();
  await page.locator('bs-article-list').getByRole('option').first().click();
});
// Stories folded in the list (issue #17): a story's row with its "+N sources", opened to show the other outlets beneath it.
await shoot('stories', 'light', async (page) => {
  const options = page.locator('bs-article-list').getByRole('option');
  const before = await options.count();
  await options.filter({ hasText: /\+\d+ sources/ }).first().locator('.fold').click();
  await options.nth(before).waitFor({ state: 'attached' });
});
// A 1024×700 window: the sources, the list and the article; related stories wait behind their toggle.
await shoot('reader-1024', 'light', openStory, { width: 1024, height: 700 });

// A podcast episode with its player, paused part-way (the feed from e2e/fixtures/feeds/podcast.xml, its
// audio answered as if from the podcast's https host).
{
  const server = await start({ routes: { '/podcast.xml': { body: feedFixture('podcast.xml'), headers: { 'content-type': 'application/rss+xml' } } } });
  try {
    await shoot('podcast', 'light', async (page) => {
      await page.route('https://podcast.example/audio/*', (route) => route.fulfill({ status: 200, contentType: 'audio/wav', body: toneWav(6) }));
      await page.evaluate((url) => (window as unknown as { broadsheet: { feeds: { subscribe(u: string): Promise<unknown> } } }).broadsheet.feeds.subscribe(url), server.url('/podcast.xml'));
      await page.locator('bs-nav').getByRole('button', { name: /Harbour Hour/ }).click();
      await page.locator('bs-article-list').getByRole('option').filter({ hasText: 'Episode 2' }).click();
      const player = page.locator('bs-reading-pane bs-player');
      await player.getByRole('button', { name: 'Play' }).click();
      await page.waitForTimeout(1600);
      await player.getByRole('button', { name: /Pause/ }).click();
    });
  } finally {
    await server.close();
  }
}

// Listen reading with the bundled voice: as on this machine and most Linux desktops, no system voice.
await shoot('listen-bundled-voice', 'light', async (page) => {
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
  await page.reload();
  await page.locator('bs-article-list').getByRole('option').first().click();
  await page.locator('bs-listen').getByRole('button', { name: /Listen/ }).click();
  await page.locator('bs-reading-pane [data-listening]:not(#headline)').waitFor({ timeout: 15_000 });
});

// Search (issue #15 item 15): results for "storm" with their snippets, the matched words highlighted, the first open.
await shoot('search', 'light', async (page) => {
  const search = page.locator('bs-masthead').getByRole('searchbox');
  await search.fill('storm');
  await search.press('Enter');
  await page.locator('bs-article-list .snippet mark').first().waitFor();
});

// An image-led feed (issue #15 item 10): the feed's picture leads each article, kept offline (the list's
// thumbnail) or, when not kept, a placeholder with its link (e2e/fixtures/feeds/image-led.xml).
{
  const { png } = await import('../electron/core/offline/testing/images.ts');
  const server = await start();
  server.routes['/orbit/feed.xml'] = { body: feedFixture('image-led.xml').toString().replaceAll('{origin}', server.origin), headers: { 'content-type': 'application/rss+xml' } };
  for (const [name, rgb] of [['aurora', [46, 160, 110]], ['crater-rim', [180, 110, 70]]] as const) {
    server.routes[`/orbit/img/${name}.png`] = { body: png(320, 200, [...rgb]), headers: { 'content-type': 'image/png' } };
  }
  try {
    await shoot('image-led-feed', 'light', async (page) => {
      type Bridge = { broadsheet: { feeds: { subscribe(u: string): Promise<unknown> }; offline: { fetchFullText(id: number): Promise<unknown> } } };
      await page.evaluate((url) => (window as unknown as Bridge).broadsheet.feeds.subscribe(url), server.url('/orbit/feed.xml'));
      await page.locator('bs-nav').getByRole('button', { name: /Orbit Picture of the Day/ }).click();
      const rows = page.locator('bs-article-list').getByRole('option');
      for (const headline of [/Aurora/, /crater rim/]) {
        const id = Number((await rows.filter({ hasText: headline }).getAttribute('id'))!.replace('article-', ''));
        await page.evaluate((articleId) => (window as unknown as Bridge).broadsheet.offline.fetchFullText(articleId), id);
      }
      await page.locator('bs-nav').getByRole('button', { name: /^All/ }).click();
      await page.locator('bs-nav').getByRole('button', { name: /Orbit Picture of the Day/ }).click();
      await rows.filter({ hasText: /Saturn/ }).click();
      await page.locator('bs-reading-pane figure.lead .image-placeholder').waitFor();
    });
  } finally {
    await server.close();
  }
}
