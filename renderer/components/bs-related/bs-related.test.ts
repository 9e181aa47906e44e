import { expect, test } from '@playwright/test';
import { mount, openComponentPage, summary } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

test('groups entries under Same story and Related, with source and reason', async ({ page }) => {
  await mount(page, 'bs-related', {
    state: 'ready',
    entries: [
      { article: summary(2), group: 'same-story', score: 0.8, reason: 'Shares Lindqvist, Harbour' },
      { article: summary(3), group: 'related', score: 0.3, reason: 'Shares Tariffs' },
      { article: summary(4), group: 'same-story', score: 0.7, reason: 'Shares Harbour' },
    ],
  });
  const same = page.locator('bs-related section[data-group="same-story"]');
  await expect(same.getByRole('heading')).toHaveText('Same story');
  await expect(same.getByRole('listitem')).toHaveCount(2);
  await expect(same.getByRole('listitem').first()).toContainText('Shares Lindqvist, Harbour');
  await expect(page.locator('bs-related section[data-group="related"]').getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('complementary', { name: 'Related stories' })).toBeVisible();
});

test('choosing an entry asks to open it', async ({ page }) => {
  await mount(page, 'bs-related', { state: 'ready', entries: [{ article: summary(5), group: 'related', score: 0.2, reason: 'x' }] });
  const picked = page.evaluate(
    () => new Promise((resolve) => document.querySelector('bs-related')!.addEventListener('article-select', (e) => resolve((e as CustomEvent).detail))),
  );
  await page.getByRole('button', { name: /Headline number 5/ }).click();
  expect(await picked).toEqual({ id: 5, focus: true });
});

test('idle, empty and error states', async ({ page }) => {
  await mount(page, 'bs-related', { state: 'idle' });
  await expect(page.getByText('Open an article')).toBeVisible();
  await mount(page, 'bs-related', { state: 'ready', entries: [] });
  await expect(page.getByText(/No other stories/)).toBeVisible();
  await mount(page, 'bs-related', { state: 'error', errorMessage: 'index busy' });
  await expect(page.getByRole('alert')).toContainText('index busy');
});

test('syndicated copies are folded into one entry that says where else it ran', async ({ page }) => {
  await mount(page, 'bs-related', {
    state: 'ready',
    entries: [{ article: summary(8), group: 'same-story', score: 0.9, reason: 'Shares Maelis', alsoIn: [{ id: 4, title: 'Summit Gazette' }, { id: 5, title: 'Capital Wire' }] }],
  });
  await expect(page.getByRole('listitem')).toHaveCount(1);
  await expect(page.getByRole('listitem')).toContainText('Also in Summit Gazette, Capital Wire');
});
