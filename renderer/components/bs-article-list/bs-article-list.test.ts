import { expect, test } from '@playwright/test';
import { mount, openComponentPage, summary } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

test('shows headlines with source, unread and bookmark marks', async ({ page }) => {
  await mount(page, 'bs-article-list', {
    state: 'ready',
    items: [summary(1), summary(2, { read: true, bookmarked: true })],
  });
  const options = page.getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('Headline number 1');
  await expect(options.nth(0)).toContainText('Meridian Post');
  await expect(options.nth(0)).toHaveClass(/unread/);
  await expect(options.nth(1)).toHaveClass(/read/);
  await expect(options.nth(1).getByLabel('Bookmarked')).toBeVisible();
});

test('keeps the DOM small with 100,000 rows (virtualized)', async ({ page }) => {
  await page.evaluate(() => {
    const items = Array.from({ length: 100_000 }, (_, i) => ({
      id: i + 1, title: `Row ${i + 1}`, url: null, source: { id: 1, title: 'Source' }, byline: null, section: null,
      published: new Date(0).toISOString(), summary: '', image: null, read: false, bookmarked: false, readingMinutes: 1,
    }));
    const el = document.createElement('bs-article-list') as HTMLElement & { items: unknown; state: string };
    el.items = items;
    el.state = 'ready';
    document.getElementById('stage')!.replaceChildren(el);
  });
  await expect(page.getByRole('option').first()).toContainText('Row 1');
  const rendered = await page.getByRole('option').count();
  expect(rendered).toBeGreaterThan(5);
  expect(rendered).toBeLessThan(200);
});

test('arrow keys move the selection and fire article-select; letter keys are left to the app keymap', async ({ page }) => {
  await mount(page, 'bs-article-list', { state: 'ready', items: [summary(1), summary(2), summary(3)] });
  await page.evaluate(() => {
    (window as unknown as { picked: number[] }).picked = [];
    document.querySelector('bs-article-list')!.addEventListener('article-select', (e) =>
      (window as unknown as { picked: number[] }).picked.push((e as CustomEvent<{ id: number }>).detail.id),
    );
  });
  await page.getByRole('listbox').focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowUp');
  expect(await page.evaluate(() => (window as unknown as { picked: number[] }).picked)).toEqual([1, 2, 1]);
  await expect(page.getByRole('option', { selected: true })).toContainText('Headline number 1');
});

test('designed loading, empty and error states', async ({ page }) => {
  await mount(page, 'bs-article-list', { state: 'loading', items: [] });
  await expect(page.getByLabel('Loading articles')).toBeVisible();
  await mount(page, 'bs-article-list', { state: 'ready', items: [], emptyTitle: 'No bookmarks yet', emptyMessage: 'Press b.' });
  await expect(page.getByText('No bookmarks yet')).toBeVisible();
  await mount(page, 'bs-article-list', { state: 'error', items: [], errorMessage: 'The disk is full.' });
  await expect(page.getByRole('alert')).toContainText('The disk is full.');
  await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
});

test('search results show a snippet of the text with the matched words marked', async ({ page }) => {
  const snippet = [
    { text: '…the ', match: false },
    { text: 'storm', match: true },
    { text: ' cut power to <b>62,000</b> homes as ', match: false },
    { text: 'storms', match: true },
    { text: ' moved east…', match: false },
  ];
  await mount(page, 'bs-article-list', { state: 'ready', items: [summary(1, { snippet }), summary(2)] });
  const first = page.getByRole('option').nth(0);
  await expect(first.locator('.snippet')).toHaveText('…the storm cut power to <b>62,000</b> homes as storms moved east…');
  await expect(first.locator('.snippet mark')).toHaveText(['storm', 'storms']);
  await expect(first.locator('.snippet b')).toHaveCount(0);
  await expect(page.getByRole('option').nth(1).locator('.snippet')).toHaveCount(0);
});

test('a row shows a thumbnail of an image the app keeps, and none for one it does not', async ({ page }) => {
  await mount(page, 'bs-article-list', {
    state: 'ready',
    items: [summary(1, { image: '/edition-images/books-lamp.svg' }), summary(2, { image: 'https://images.example/lead.jpg' }), summary(3)],
  });
  const thumb = page.getByRole('option').nth(0).locator('img.thumb');
  await expect(thumb).toBeVisible();
  await expect(thumb).toHaveAttribute('alt', '');
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const box = (await thumb.boundingBox())!;
  expect(box.width).toBeLessThanOrEqual(80);
  await expect(page.getByRole('option').nth(1).locator('img')).toHaveCount(0);
  await expect(page.getByRole('option').nth(2).locator('img')).toHaveCount(0);
});

test('a long list scrolled to its end, replaced by a short one (search results) and a row chosen at once, renders without an error', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await mount(page, 'bs-article-list', { state: 'ready', items: Array.from({ length: 300 }, (_, i) => summary(i + 1)) });
  await page.getByRole('listbox').focus();
  await page.keyboard.press('End');
  await expect(page.getByRole('option', { selected: true })).toContainText('Headline number 300');
  // As Enter in the search field does: the results arrive, and the first is selected before the
  // virtualizer has measured the new rows (it renders again with the old, far larger range).
  await page.evaluate(async () => {
    const list = document.querySelector('bs-article-list')!;
    list.items = list.items.slice(0, 3).map((item) => ({ ...item, id: item.id + 1000 }));
    await list.updateComplete;
    list.selectedId = list.items[0]!.id;
    await list.updateComplete;
  });
  await expect(page.getByRole('option', { selected: true })).toContainText('Headline number 1');
  await expect(page.getByRole('option')).toHaveCount(3);
  expect(errors).toEqual([]);
});

test('a folded story is one row with "+N sources"; → shows the other outlets beneath it, ← hides them, a click toggles', async ({ page }) => {
  const others = [summary(11, { source: { id: 7, title: 'Capital Wire' } }), summary(12, { source: { id: 8, title: 'Open Record' }, read: true })];
  await mount(page, 'bs-article-list', {
    state: 'ready',
    selectedId: 1,
    items: [summary(1, { story: { id: 5, others, unread: 2 } }), summary(2)],
  });
  const options = page.getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toContainText('+2 sources · 2 unread');
  await page.evaluate(() => {
    const w = window as unknown as { toggles: unknown[] };
    w.toggles = [];
    document.querySelector('bs-article-list')!.addEventListener('story-toggle', (e) => w.toggles.push((e as CustomEvent).detail));
  });
  await page.getByRole('listbox').focus();
  await page.keyboard.press('ArrowRight');
  await expect(options).toHaveCount(4);
  await expect(options.nth(1)).toContainText('Capital Wire');
  await expect(options.nth(2)).toContainText('Open Record');
  await expect(options.nth(1)).toHaveClass(/member/);
  // Down moves into the story's other articles; ← from one of them goes back to the story's row and closes it.
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(options).toHaveCount(2);
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await options.nth(0).getByText('+2 sources').click();
  await expect(options).toHaveCount(4);
  expect(await page.evaluate(() => (window as unknown as { toggles: unknown[] }).toggles)).toEqual([
    { storyId: 5, open: true },
    { storyId: 5, open: false },
    { storyId: 5, open: true },
  ]);
});
