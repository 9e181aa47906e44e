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
