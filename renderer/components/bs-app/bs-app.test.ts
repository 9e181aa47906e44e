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
