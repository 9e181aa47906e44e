import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const ACCOUNT = {
  service: 'ttrss',
  serverUrl: 'http://127.0.0.1:8280/',
  user: 'admin',
  lastSync: null,
  lastError: null,
  nextAttempt: null,
  pendingChanges: 0,
  secretStorage: 'the system keychain',
  canSubscribe: true,
};

test('a sync under way shows its progress beside Refresh, and goes when it ends', async ({ page }) => {
  await mount(page, 'bs-refresh-status');
  await page.evaluate(() => {
    const w = window as unknown as { emit: (payload: unknown) => void };
    const listeners: ((payload: unknown) => void)[] = [];
    w.emit = (payload) => listeners.forEach((l) => l(payload));
    document.querySelector('bs-refresh-status')!.api = {
      on: (name: string, listener: (payload: unknown) => void) => {
        if (name === 'syncChanged') listeners.push(listener);
        return () => {};
      },
    } as never;
  });
  const status = page.locator('bs-refresh-status');
  await page.evaluate((account) => (window as unknown as { emit: (p: unknown) => void }).emit({ ...account, syncing: true, progress: { phase: 'articles', message: 'Fetching articles: 2,400 of about 10,000…', done: 2400, total: 10000 } }), ACCOUNT);
  await expect(status).toContainText('Syncing: Fetching articles: 2,400 of about 10,000…');
  await expect(status.getByRole('progressbar', { name: 'Sync progress' })).toHaveAttribute('max', '10000');
  await page.evaluate((account) => (window as unknown as { emit: (p: unknown) => void }).emit({ ...account, syncing: true, progress: { phase: 'marks', message: 'Comparing read and bookmark marks…', done: 0, total: null } }), ACCOUNT);
  await expect(status).toContainText('Syncing: Comparing read and bookmark marks…');
  await expect(status.getByRole('progressbar')).toHaveCount(0);
  await page.evaluate((account) => (window as unknown as { emit: (p: unknown) => void }).emit({ ...account, syncing: false, progress: null }), ACCOUNT);
  await expect(status).not.toContainText('Syncing');
});
