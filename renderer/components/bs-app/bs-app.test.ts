import { expect, test } from '@playwright/test';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

test('without a library bridge the app says so instead of showing a blank window', async ({ page }) => {
  await page.evaluate(() => document.getElementById('stage')!.append(document.createElement('bs-app')));
  await expect(page.getByRole('alert')).toContainText('could not reach its library');
});

test('a library that fails to open shows the reason', async ({ page }) => {
  await page.evaluate(() => {
    // Every method of every group refuses, as a library that cannot open would.
    const refuseAll = new Proxy({}, { get: () => () => Promise.reject(new Error('The library file is locked by another program.')) });
    const failing = new Proxy({}, {
      get: (_t, name) => (name === 'on' ? () => () => {} : refuseAll),
    });
    const app = document.createElement('bs-app') as HTMLElement & { api: unknown };
    app.api = failing;
    document.getElementById('stage')!.append(app);
  });
  await expect(page.getByRole('alert')).toContainText('The library file is locked by another program.');
});

test('the app provides what its elements share: t, a command the masthead owns, stores the theme through the library and is announced', async ({ page }) => {
  await page.evaluate(() => {
    let prefs = { theme: 'system', fontSize: 18, lastArticleId: null, lastView: 'all', markReadOnOpen: true, windowBounds: null, refreshMinutes: 30, retentionDays: 90, fullText: 'auto', keymap: {} };
    const edition = { appName: 'Broadsheet', date: '2026-11-25', articleCount: 0, unreadCount: 0, bookmarkCount: 0, sourceCount: 0 };
    const app = document.createElement('bs-app') as HTMLElement & { api: unknown };
    app.api = {
      on: () => () => {},
      preferences: { get: async () => prefs, set: async (patch: object) => (prefs = { ...prefs, ...patch }) },
      library: { edition: async () => edition, articles: async () => ({ items: [], total: 0, next: null }) },
      feeds: { sources: async () => [] },
      openRequests: { pending: async () => [] },
      offline: { reportNetworkStatus: async () => ({ online: true, reason: 'online', since: new Date().toISOString() }) },
    };
    document.getElementById('stage')!.append(app);
  });
  await expect(page.locator('bs-article-list')).toContainText('This library is empty.');
  await page.keyboard.press('t');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('bs-app').getByRole('status').last()).toHaveText('Light theme');
  await expect(page.locator('bs-masthead').getByLabel('Theme')).toHaveValue('light');
});
