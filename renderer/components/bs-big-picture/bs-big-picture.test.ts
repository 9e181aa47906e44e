import { expect, test } from '@playwright/test';
import { mount, openComponentPage, summary } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const clusters = [
  {
    id: 1,
    headline: 'Storm Oriel breaches Dunmere sea wall',
    sourceCount: 3,
    sources: [{ id: 1, title: 'Meridian Post' }, { id: 2, title: 'Capital Wire' }, { id: 3, title: 'Harbour Ledger' }],
    articles: [summary(1, { title: 'Storm Oriel breaches Dunmere sea wall' }), summary(2, { title: 'Dunmere counts the cost' }), summary(3, { title: 'A night in the storm' })],
  },
  { id: 4, headline: 'Council approves budget', sourceCount: 1, sources: [{ id: 2, title: 'Capital Wire' }], articles: [summary(4, { title: 'Council approves budget' })] },
];

test('lists clusters biggest first with their source counts', async ({ page }) => {
  await mount(page, 'bs-big-picture', { state: 'ready', clusters });
  const region = page.getByRole('region', { name: 'Big picture' });
  const stories = region.locator('li.cluster > button');
  await expect(stories).toHaveCount(2);
  await expect(stories.first()).toContainText('Storm Oriel breaches Dunmere sea wall');
  await expect(stories.first()).toContainText('3 sources');
  await expect(stories.nth(1)).toContainText('1 source');
});

test('opening a cluster lists its articles; choosing one asks to open it', async ({ page }) => {
  await mount(page, 'bs-big-picture', { state: 'ready', clusters });
  const story = page.getByRole('button', { name: /Storm Oriel breaches/ }).first();
  await expect(story).toHaveAttribute('aria-expanded', 'false');
  await story.click();
  await expect(story).toHaveAttribute('aria-expanded', 'true');
  const articles = page.getByRole('list', { name: /Articles about Storm Oriel/ }).getByRole('button');
  await expect(articles).toHaveCount(3);
  const picked = page.evaluate(
    () => new Promise((resolve) => document.querySelector('bs-big-picture')!.addEventListener('article-select', (e) => resolve((e as CustomEvent).detail))),
  );
  await articles.filter({ hasText: 'Dunmere counts the cost' }).click();
  expect(await picked).toEqual({ id: 2, focus: true });
});

test('is keyboard reachable: arrows move between stories, Enter opens one and then an article', async ({ page }) => {
  await mount(page, 'bs-big-picture', { state: 'ready', clusters });
  await page.evaluate(() => document.querySelector('bs-big-picture')!.focusFirst());
  await expect(page.getByRole('button', { name: /Storm Oriel breaches/ }).first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /Council approves budget/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  // Enter opens the story and the keyboard moves on to its first article.
  await page.keyboard.press('Enter');
  const first = page.getByRole('list', { name: /Articles about Storm Oriel/ }).getByRole('button').first();
  await expect(first).toBeFocused();
  // The listener is in place before the key is pressed.
  await page.evaluate(() => {
    const w = window as unknown as { picked: Promise<unknown> };
    w.picked = new Promise((resolve) => document.querySelector('bs-big-picture')!.addEventListener('article-select', (e) => resolve((e as CustomEvent).detail)));
  });
  await page.keyboard.press('Enter');
  expect(await page.evaluate(() => (window as unknown as { picked: Promise<unknown> }).picked)).toEqual({ id: 1, focus: true });
});

test('asks for another range, and shows loading, empty and error states', async ({ page }) => {
  await mount(page, 'bs-big-picture', { state: 'ready', clusters: [] });
  await expect(page.getByText('No articles were published in this period.')).toBeVisible();
  const asked = page.evaluate(
    () => new Promise((resolve) => document.querySelector('bs-big-picture')!.addEventListener('big-picture-range', (e) => resolve((e as CustomEvent).detail))),
  );
  await page.getByLabel('Day').fill('2026-03-10');
  await page.getByLabel('Day').dispatchEvent('change');
  expect(await asked).toEqual({ day: '2026-03-10' });
  await mount(page, 'bs-big-picture', { state: 'loading' });
  await expect(page.getByText(/Gathering/)).toBeVisible();
  await mount(page, 'bs-big-picture', { state: 'error', errorMessage: 'index busy' });
  await expect(page.getByRole('alert')).toContainText('index busy');
});

test('the keyboard lands on a story, not on the range buttons, and comes back to where it was; Escape closes an open story', async ({ page }) => {
  await mount(page, 'bs-big-picture', { state: 'ready', clusters });
  const big = page.locator('bs-big-picture');
  await big.evaluate((el) => (el as unknown as { focusCurrent(): boolean }).focusCurrent());
  await expect(page.getByRole('button', { name: /Storm Oriel breaches/ }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  const articles = page.getByRole('list', { name: /Articles about Storm Oriel/ }).getByRole('button');
  // Opened from the keyboard: the keyboard moves on to the story's first article.
  await expect(articles.first()).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(articles.nth(1)).toBeFocused();
  await page.getByRole('button', { name: 'Last 24 hours' }).focus();
  await big.evaluate((el) => (el as unknown as { focusCurrent(): boolean }).focusCurrent());
  await expect(articles.nth(1)).toBeFocused();
  expect(await big.evaluate((el) => (el as unknown as { back(): boolean }).back())).toBe(true);
  const story = page.getByRole('button', { name: /Storm Oriel breaches/ }).first();
  await expect(story).toBeFocused();
  await expect(story).toHaveAttribute('aria-expanded', 'false');
  expect(await big.evaluate((el) => (el as unknown as { back(): boolean }).back())).toBe(false);
});
