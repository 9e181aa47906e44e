import { expect, test, type Page } from '@playwright/test';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';
import { toneWav } from '../../../e2e/fixtures/wav.ts';

type Saved = [number, number, number][];

/** Mounts a player for a 4-second generated WAV, served from the page's own origin like a kept episode. */
async function mountPlayer(page: Page, position = 0): Promise<void> {
  await page.route('**/podcast/episode.wav', (route) => route.fulfill({ status: 200, contentType: 'audio/wav', body: toneWav(4) }));
  await page.evaluate(async (position) => {
    const w = window as unknown as { __saved: Saved };
    w.__saved = [];
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const player = document.createElement('bs-player');
    Object.assign(player, {
      api: { library: { savePlaybackPosition: async (...args: [number, number, number]) => (w.__saved.push(args), true) } },
      articleId: 7,
      enclosures: [
        { url: 'https://podcast.example/cover.jpg', type: 'image/jpeg', length: null, duration: null, position: 0 },
        { url: '/podcast/episode.wav', type: 'audio/wav', length: 64044, duration: 4, position },
      ],
    });
    stage.append(player);
    await player.updateComplete;
  }, position);
}

const saved = (page: Page) => page.evaluate(() => (window as unknown as { __saved: Saved }).__saved);
const media = (page: Page) =>
  page.locator('bs-player').evaluate((el) => {
    const m = el.shadowRoot!.querySelector('audio')!;
    return { paused: m.paused, time: m.currentTime, rate: m.playbackRate, duration: m.duration, preload: m.preload };
  });

test('plays an episode from where it was left, with speed, skips, time left and the position saved', async ({ page }) => {
  await openComponentPage(page);
  await mountPlayer(page, 1);
  const player = page.locator('bs-player');
  const play = player.getByRole('button', { name: /Play|Pause|Resume/ });
  // Nothing is fetched before play is pressed; the feed's duration and the saved position show already.
  await expect(play).toHaveText(/Resume/);
  await expect(player.locator('.left')).toHaveText('0:03 left');
  expect((await media(page)).preload).toBe('none');

  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(async () => (await media(page)).time).toBeGreaterThan(1.05);
  expect((await media(page)).paused).toBe(false);

  await player.getByRole('combobox', { name: 'Playback speed' }).selectOption('1.5');
  expect((await media(page)).rate).toBe(1.5);
  expect(await player.evaluate((el) => (el as unknown as { changeRate(s: number): string }).changeRate(-1))).toBe('Speed 1.25×');
  expect((await media(page)).rate).toBe(1.25);

  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'false');
  await expect(play).toHaveText(/Resume/);
  await expect.poll(async () => (await saved(page)).at(-1)?.slice(0, 2)).toEqual([7, 1]);
  expect((await saved(page)).at(-1)![2]).toBeGreaterThan(1);

  // Back 15 s stops at the start; the position is saved at once.
  await player.getByRole('button', { name: 'Back 15 seconds' }).click();
  expect((await media(page)).time).toBe(0);
  await expect.poll(async () => (await saved(page)).at(-1)).toEqual([7, 1, 0]);
  await expect(player.getByRole('slider', { name: 'Position' })).toHaveAttribute('aria-valuetext', '0:00 of 0:04');

  // Forward stops at the end.
  expect(await player.evaluate((el) => (el as unknown as { skip(s: number): string }).skip(30))).toBe('0:04 of 0:04');
  await expect.poll(async () => (await saved(page)).at(-1)).toEqual([7, 1, 4]);
});

test('a feed without a playable enclosure shows no player; an insecure address says where it plays', async ({ page }) => {
  await openComponentPage(page);
  await page.evaluate(async () => {
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const a = Object.assign(document.createElement('bs-player'), { articleId: 1, enclosures: [{ url: 'https://x.example/a.pdf', type: 'application/pdf', length: 1, duration: null, position: 0 }] });
    const b = Object.assign(document.createElement('bs-player'), { articleId: 2, enclosures: [{ url: 'http://x.example/a.mp3', type: 'audio/mpeg', length: 1, duration: 60, position: 0 }] });
    stage.append(a, b);
    await a.updateComplete;
    await b.updateComplete;
  });
  await expect(page.locator('bs-player').first().locator('audio, button')).toHaveCount(0);
  await expect(page.locator('bs-player').nth(1)).toContainText('insecure address');
  await expect(page.locator('bs-player').nth(1).getByRole('link', { name: 'Open the episode ↗' })).toBeVisible();
});
