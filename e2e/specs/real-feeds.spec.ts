// Real-world feeds read as well as the sample edition (issue #15 items 8-11): a
// Verge-like feed whose summary is the body's first paragraph, BuzzFeed-like
// bodies with their own h1 and h2, an image-led feed (NASA's Image of the Day,
// Perseverance), and an RSS 0.92 archive of untitled, undated, linkless items.
// Every feed is written for these tests and served from 127.0.0.1.
import type { Page } from '@playwright/test';
import { png } from '../../electron/core/offline/testing/images.ts';
import { feedFixture, start, type FixtureServer } from '../fixtures/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';
import { unfoldStories } from '../fixtures/stories.ts';

let server: FixtureServer;

test.beforeEach(async () => {
  server = await start();
  const xml = (name: string, type = 'application/rss+xml') => ({
    body: feedFixture(name).toString().replaceAll('{origin}', server.origin),
    headers: { 'content-type': type },
  });
  Object.assign(server.routes, {
    '/circuit.atom': xml('summary-repeats.atom', 'application/atom+xml'),
    '/listicle.xml': xml('headings-in-body.xml'),
    '/orbit/feed.xml': xml('image-led.xml'),
    '/archive.xml': xml('rss-0.92-archive.xml'),
    '/orbit/img/aurora.png': { body: png(64, 40, [40, 200, 90]), headers: { 'content-type': 'image/png' } },
    '/orbit/aurora': { body: '<!doctype html><title>Aurora</title><p>Aurora.</p>', headers: { 'content-type': 'text/html' } },
  });
});
test.afterEach(async () => server.close());

async function subscribe(page: Page, url: string): Promise<number> {
  const result = await page.evaluate(
    (u) => (window as unknown as { broadsheet: { feeds: { subscribe(u: string): Promise<{ ok: boolean; value: { source: { id: number } } }> } } }).broadsheet.feeds.subscribe(u),
    url,
  );
  expect(result.ok).toBe(true);
  return result.value.source.id;
}

async function open(page: Page, source: RegExp, headline: RegExp) {
  await page.locator('bs-nav').getByRole('button', { name: source }).click();
  await page.locator('bs-article-list').getByRole('option').filter({ hasText: headline }).first().click();
  return page.locator('bs-reading-pane');
}

test('a summary that repeats the first paragraph is not shown; body headings sit below the headline', async ({ launchApp }) => {
  const { page } = await launchApp();
  await subscribe(page, server.url('/circuit.atom'));
  await subscribe(page, server.url('/listicle.xml'));

  let pane = await open(page, /The Circuit/, /folding phone/);
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText('The folding phone that finally folds flat');
  await expect(pane.locator('.standfirst')).toHaveCount(0);
  await expect(pane.locator('.body').getByText(/After four generations of creases/)).toHaveCount(1);
  // Its own standfirst, different from the body, stays.
  pane = await open(page, /The Circuit/, /fishing nets/);
  await expect(pane.locator('.standfirst')).toHaveText('The case is made from nets pulled out of the North Sea; the switches are not.');

  pane = await open(page, /Listicle Daily/, /Kitchen Gadgets/);
  const size = (selector: string) => pane.locator(selector).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const headline = await size('#headline');
  for (const heading of ['.body h1', '.body h2', '.body h3']) expect(await size(heading)).toBeLessThan(headline * 0.7);
});

test('pictures not kept offline are placeholders with their link; an image-led feed’s picture leads each article, and its thumbnail lists once kept', async ({ launchApp }) => {
  const app = await launchApp();
  const { page } = app;
  await subscribe(page, server.url('/circuit.atom'));
  await subscribe(page, server.url('/orbit/feed.xml'));

  // The Verge-like body opens with a picture that was not kept: a placeholder, its caption beside it.
  let pane = await open(page, /The Circuit/, /folding phone/);
  const figure = pane.locator('.body figure').first();
  await expect(figure.locator('.image-placeholder')).toContainText('Image not kept offline');
  await expect(figure.locator('figcaption')).toHaveText('Photo by Priya Anand / The Circuit');
  await figure.getByRole('link', { name: /Open the image/ }).click();
  await expect.poll(() => app.externalUrls()).toContain('https://cdn.circuit.example/folding-phone.jpg');
  // The app never loads a picture from the web (its CSP would refuse it: a broken-image icon).
  await expect(page.locator('bs-reading-pane img, bs-article-list img')).toHaveCount(0);

  // Each picture of the image-led feed leads its article, as a placeholder until it is kept.
  for (const [headline, image] of [
    [/Aurora/, '/orbit/img/aurora.png'],
    [/crater rim/, '/orbit/img/crater-rim.png'],
    [/Saturn/, '/orbit/img/saturn-thumb.png'],
    [/Dust devil/, '/orbit/img/dust-devil.jpg'],
  ] as const) {
    pane = await open(page, /Orbit Picture of the Day/, headline);
    await expect(pane.locator('figure.lead .image-placeholder')).toContainText('Image not kept offline');
    await expect(pane.locator('figure.lead').getByRole('link', { name: /Open the image/ })).toHaveAttribute('href', server.url(image));
  }

  // Kept for offline reading (as the background queue does), the picture leads the article and the list shows its thumbnail.
  const aurora = page.locator('bs-article-list').getByRole('option').filter({ hasText: /Aurora/ });
  const id = Number((await aurora.getAttribute('id'))!.replace('article-', ''));
  const kept = await page.evaluate(
    (articleId) => (window as unknown as { broadsheet: { offline: { fetchFullText(id: number): Promise<{ ok: boolean; value: { image: string } }> } } }).broadsheet.offline.fetchFullText(articleId),
    id,
  );
  expect(kept.ok).toBe(true);
  expect(kept.value.image).toMatch(/^\/media\/[0-9a-f]{64}\.png$/);
  await page.locator('bs-nav').getByRole('button', { name: /^All/ }).click();
  pane = await open(page, /Orbit Picture of the Day/, /Aurora/);
  const lead = pane.locator('figure.lead img');
  await expect(lead).toHaveAttribute('src', kept.value.image);
  await expect.poll(() => lead.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const thumb = aurora.locator('img.thumb');
  await expect(thumb).toHaveAttribute('src', kept.value.image);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  expect(await page.locator('bs-article-list').getByRole('option').filter({ hasText: /crater rim/ }).locator('img').count()).toBe(0);
});

test('an RSS 0.92 archive of untitled, undated, linkless items keeps all 22, in the feed’s order, each shown once', async ({ launchApp }) => {
  const { page } = await launchApp();
  // Every item on its own row: look-alike items of the archive fold into one story otherwise.
  await unfoldStories(page);
  await subscribe(page, server.url('/archive.xml'));
  const nav = page.locator('bs-nav');
  const source = nav.getByRole('button', { name: /Tapehead Live Archive/ });
  await expect(source.locator('.count')).toHaveText('22');
  await source.click();
  // (Two items share their words, not their recording: a list that folds copies of a story may show them as one row.)
  await expect(page.locator('bs-article-list .heading')).toContainText('22');
  const rows = page.locator('bs-article-list').getByRole('option');
  await expect(rows.first()).toContainText('Live at the Roundhouse, London, 12 March 1994');
  await expect(rows.nth(1)).toContainText('Live at the Paradiso, Amsterdam');

  await rows.first().click();
  const pane = page.locator('bs-reading-pane');
  await expect(pane.locator('.body')).toContainText('with the encore that was cut from the broadcast');
  const shown = await pane.locator('article').evaluate((el) => (el as HTMLElement).innerText);
  expect(shown.split('Live at the Roundhouse').length - 1).toBe(1);
  await expect(pane.locator('.standfirst')).toHaveCount(0);
});
