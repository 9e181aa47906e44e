import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const edition = { appName: 'Broadsheet', date: '2026-11-25', articleCount: 50, unreadCount: 12, bookmarkCount: 3, sourceCount: 2 };
const sources = [
  { id: 1, title: 'Capital Wire', siteUrl: null, feedUrl: null, folder: null, unread: 4, total: 6 },
  { id: 2, title: 'Meridian Post', siteUrl: null, feedUrl: null, folder: null, unread: 0, total: 6 },
];

test('lists views and sources with counts, marking the current one', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources, view: 'unread' });
  await expect(page.getByRole('navigation', { name: 'Views and sources' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Unread/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: /Unread/ })).toContainText('12');
  await expect(page.getByRole('button', { name: /Bookmarks/ })).toContainText('3');
  await expect(page.getByRole('button', { name: /Capital Wire/ })).toContainText('4');
});

test('choosing a source asks for that source', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources });
  const picked = page.evaluate(() => new Promise((resolve) => document.querySelector('bs-nav')!.addEventListener('view-select', (e) => resolve((e as CustomEvent).detail))));
  await page.getByRole('button', { name: /Meridian Post/ }).click();
  expect(await picked).toEqual({ view: 'all', sourceId: 2 });
});
