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

const foldered = [
  { id: 3, title: 'Loose Gazette', siteUrl: null, feedUrl: 'https://loose.example/feed', folder: null, unread: 1, total: 2 },
  { id: 4, title: 'Harbour Ledger', siteUrl: null, feedUrl: 'https://ledger.example/rss', folder: 'Morning', unread: 5, total: 9 },
  { id: 5, title: 'Tidewater', siteUrl: null, feedUrl: 'https://tide.example/feed', folder: 'Morning', unread: 2, total: 4 },
  { id: 6, title: 'Orbit Weekly', siteUrl: null, feedUrl: 'https://orbit.example/feed', folder: 'Science', unread: 0, total: 3 },
];

test('sources are grouped under their folders, each folder with the sum of its unread counts', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources: foldered });
  const sourcesList = page.locator('bs-nav ul.sources');
  const morning = page.getByRole('button', { name: /Folder Morning/ });
  await expect(morning).toContainText('7');
  await expect(page.getByRole('button', { name: /Folder Science/ })).toContainText('0');
  // The loose source stays at the top level; folder members sit in the folder's own list.
  await expect(sourcesList.locator(':scope > li > .row > button', { hasText: 'Loose Gazette' })).toHaveCount(1);
  const morningItem = sourcesList.locator(':scope > li.folder').filter({ has: morning });
  await expect(morningItem.locator('ul button[data-item]')).toHaveText([/Harbour Ledger/, /Tidewater/]);
  await expect(sourcesList.locator(':scope > li.folder').filter({ hasText: 'Science' }).locator('ul button[data-item]')).toHaveText([/Orbit Weekly/]);
});

test('choosing a folder asks for that folder and marks it current', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources: foldered });
  const picked = page.evaluate(() => new Promise((resolve) => document.querySelector('bs-nav')!.addEventListener('view-select', (e) => resolve((e as CustomEvent).detail))));
  await page.getByRole('button', { name: /Folder Morning/ }).click();
  expect(await picked).toEqual({ view: 'all', sourceId: null, folder: 'Morning' });
  await page.evaluate(() => Object.assign(document.querySelector('bs-nav')!, { folder: 'Morning' }));
  await expect(page.getByRole('button', { name: /Folder Morning/ })).toHaveAttribute('aria-current', 'true');
  await expect(page.getByRole('button', { name: /All articles/ })).toHaveAttribute('aria-current', 'false');
  // The folder is the sources list's one Tab stop.
  await expect(page.locator('bs-nav ul.sources button[tabindex="0"]')).toHaveCount(1);
  await expect(page.locator('bs-nav ul.sources button[tabindex="0"]')).toHaveText(/Morning/);
});

test('arrow keys, Home and End move across folders and sources; → and ← open and close a folder', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources: foldered });
  const button = (name: RegExp) => page.getByRole('button', { name });
  await button(/Loose Gazette/).focus();
  await page.keyboard.press('ArrowDown');
  await expect(button(/Folder Morning/)).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(button(/Harbour Ledger/)).toBeFocused();
  await page.keyboard.press('End');
  await expect(button(/Orbit Weekly/)).toBeFocused();
  await page.keyboard.press('Home');
  await expect(button(/Loose Gazette/)).toBeFocused();
  await expect(button(/Loose Gazette/)).toHaveAttribute('tabindex', '0');

  await page.keyboard.press('ArrowDown');
  const morning = button(/Folder Morning/);
  await expect(morning).toHaveAttribute('aria-expanded', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(morning).toHaveAttribute('aria-expanded', 'false');
  await expect(morning).toBeFocused();
  await expect(button(/Harbour Ledger/)).toBeHidden();
  // Folded sources are skipped.
  await page.keyboard.press('ArrowDown');
  await expect(button(/Folder Science/)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowRight');
  await expect(morning).toHaveAttribute('aria-expanded', 'true');
  await expect(button(/Harbour Ledger/)).toBeVisible();
  // On an open folder → moves into it.
  await page.keyboard.press('ArrowRight');
  await expect(button(/Harbour Ledger/)).toBeFocused();
});

test('a folded folder holding the current source takes its Tab stop; the triangle folds by mouse', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources: foldered, sourceId: 5 });
  await expect(page.locator('bs-nav ul.sources button[tabindex="0"]')).toHaveText(/Tidewater/);
  await page.locator('bs-nav li.folder .twisty').first().click();
  await expect(page.getByRole('button', { name: /Folder Morning/ })).toHaveAttribute('aria-expanded', 'false');
  await expect(page.locator('bs-nav ul.sources button[tabindex="0"]')).toHaveText(/Morning/);
});

test('each source has a settings button that asks for that source’s settings', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources: foldered });
  const asked = page.evaluate(() => new Promise((resolve) => document.querySelector('bs-nav')!.addEventListener('source-settings', (e) => resolve((e as CustomEvent).detail))));
  const settings = page.locator('bs-nav .row').filter({ hasText: 'Tidewater' }).getByRole('button', { name: 'Source settings' });
  await expect(settings).toHaveAccessibleDescription(/Tidewater/);
  await settings.click();
  expect(await asked).toEqual({ sourceId: 5 });
});

test('while search results are shown, no view, source or folder is marked current; All keeps the Tab stop', async ({ page }) => {
  await mount(page, 'bs-nav', { edition, sources: foldered, sourceId: 5, searching: true });
  await expect(page.locator('bs-nav [aria-current="true"]')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^All/ })).toHaveAttribute('tabindex', '0');
  await mount(page, 'bs-nav', { edition, sources: foldered, folder: 'Morning', searching: true });
  await expect(page.locator('bs-nav [aria-current="true"]')).toHaveCount(0);
  await mount(page, 'bs-nav', { edition, sources: foldered, view: 'unread', searching: true });
  await expect(page.locator('bs-nav [aria-current="true"]')).toHaveCount(0);
});
