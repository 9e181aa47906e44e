// A podcast feed from 127.0.0.1: the episode opens with its player, plays under the
// app's real Content-Security-Policy, is driven by the keys in the command table,
// and resumes where it was left.
import { feedFixture, start, type FixtureServer } from '../fixtures/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';
import { toneWav } from '../fixtures/wav.ts';

let server: FixtureServer;
test.beforeEach(async () => {
  server = await start({ routes: { '/podcast.xml': { body: feedFixture('podcast.xml'), headers: { 'content-type': 'application/rss+xml' } } } });
});
test.afterEach(async () => server.close());

test('a podcast episode plays in the reading pane, by keys, and remembers its place', async ({ launchApp }) => {
  const { page } = await launchApp();
  // The episode's host, over https as the window's policy requires (the feed names https://podcast.example).
  let audioRequests = 0;
  await page.route('https://podcast.example/audio/episode-2.wav', (route) => {
    audioRequests++;
    return route.fulfill({ status: 200, contentType: 'audio/wav', body: toneWav(6) });
  });
  const subscribed = await page.evaluate(
    (url) => (window as unknown as { broadsheet: { feeds: { subscribe(u: string): Promise<{ ok: boolean }> } } }).broadsheet.feeds.subscribe(url),
    server.url('/podcast.xml'),
  );
  expect(subscribed.ok).toBe(true);
  await page.locator('bs-nav').getByRole('button', { name: /Harbour Hour/ }).click();
  const list = page.locator('bs-article-list');
  await list.getByRole('option').filter({ hasText: 'Episode 2' }).click();

  const player = page.locator('bs-reading-pane bs-player');
  const play = player.getByRole('button', { name: /Play|Pause|Resume/ });
  await expect(play).toHaveText(/Play/);
  await expect(player.locator('.left')).toHaveText('0:03 left');
  expect(audioRequests).toBe(0);

  const audio = () => player.evaluate((el) => ({ paused: el.shadowRoot!.querySelector('audio')!.paused, time: el.shadowRoot!.querySelector('audio')!.currentTime }));
  await page.locator('bs-reading-pane').click({ position: { x: 5, y: 5 } });
  await page.keyboard.press('Shift+P');
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await audio()).time).toBeGreaterThan(0.5);
  await page.keyboard.press(')');
  expect(await player.evaluate((el) => el.shadowRoot!.querySelector('audio')!.playbackRate)).toBe(1.25);
  await page.keyboard.press('Shift+P');
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  const left = (await audio()).time;
  expect(left).toBeGreaterThan(0.5);

  // Another article and back: the episode offers to resume where it was left (kept in the library).
  await list.getByRole('option').filter({ hasText: 'Episode 1' }).click();
  await expect(page.locator('bs-reading-pane h1')).toHaveText('Episode 1: Tides');
  await expect(player.locator('.left')).toHaveText('1:02:03 left');
  // The episode's length from its feed, where an article shows its reading time.
  await expect(page.locator('bs-reading-pane .byline')).toContainText('1:02:03 episode');
  await expect(page.locator('bs-reading-pane .byline')).not.toContainText('min read');
  await list.getByRole('option').filter({ hasText: 'Episode 2' }).click();
  await expect(play).toHaveText(/Resume/);
  await expect(player.locator('.elapsed')).toHaveText(`0:0${Math.round(left)}`);
});

test('a bookmarked episode is kept offline and plays from the library', async ({ launchApp }) => {
  // The episode is on the feed's own host (127.0.0.1), so the local-network guard lets the core keep it;
  // the window could not stream it from there (its policy allows https media only): it plays only once kept.
  server.routes['/podcast.xml'] = {
    body: feedFixture('podcast.xml').toString('utf8').replace('https://podcast.example/audio/episode-2.wav', server.url('/audio/episode-2.wav')),
    headers: { 'content-type': 'application/rss+xml' },
  };
  server.routes['/audio/episode-2.wav'] = { body: toneWav(4), headers: { 'content-type': 'audio/wav' } };
  const { page } = await launchApp();
  await page.evaluate(
    (url) => (window as unknown as { broadsheet: { feeds: { subscribe(u: string): Promise<unknown> } } }).broadsheet.feeds.subscribe(url),
    server.url('/podcast.xml'),
  );
  await page.locator('bs-nav').getByRole('button', { name: /Harbour Hour/ }).click();
  const list = page.locator('bs-article-list');
  await list.getByRole('option').filter({ hasText: 'Episode 2' }).click();
  await expect(page.locator('bs-reading-pane bs-player')).toContainText('insecure address');
  await page.locator('bs-reading-pane').getByRole('button', { name: /Bookmark/ }).click();

  const player = page.locator('bs-reading-pane bs-player');
  await expect(async () => {
    await list.getByRole('option').filter({ hasText: 'Episode 1' }).click();
    await list.getByRole('option').filter({ hasText: 'Episode 2' }).click();
    await expect(player).toContainText('Kept offline', { timeout: 500 });
  }).toPass({ timeout: 10_000 });
  expect(await player.evaluate((el) => el.shadowRoot!.querySelector('audio')!.getAttribute('src'))).toMatch(/^\/media\/[0-9a-f]{64}\.wav$/);
  // The episode's host is gone; the kept copy plays.
  server.routes['/audio/episode-2.wav'] = { status: 500 };
  await player.getByRole('button', { name: 'Play' }).click();
  await expect.poll(() => player.evaluate((el) => el.shadowRoot!.querySelector('audio')!.currentTime)).toBeGreaterThan(0.3);
});
