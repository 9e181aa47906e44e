import { startServiceFixture } from '../../electron/core/sync/testing/service-fixture.ts';
import { expect, test } from '../fixtures/launch-app.ts';

test('Sync account… from the palette: the dialog, and Test connection reaching a Google Reader server through the library', async ({ launchApp }) => {
  const server = await startServiceFixture();
  try {
    const { page } = await launchApp();
    await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
    await page.locator('bs-article-list').getByRole('option').first().focus();
    await page.keyboard.press('ControlOrMeta+k');
    await page.keyboard.type('sync account');
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Sync account' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Service')).toBeFocused();
    await dialog.getByLabel('Service').selectOption('greader');
    await dialog.getByLabel('Server address').fill(server.greaderUrl);
    await dialog.getByLabel('User').fill(server.user);
    await dialog.getByLabel('Password or API key').fill('not the password');
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^127\.0\.0\.1:\d+ refused the user name or password \(HTTP 401\)\.$/);
    await dialog.getByLabel('Password or API key').fill(server.password);
    await dialog.getByRole('button', { name: 'Test connection' }).click();
    await expect(dialog.getByRole('status')).toHaveText(/^Connected to the Google Reader API at 127\.0\.0\.1:\d+ as reader\. 0 subscriptions on the server\.$/);
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  } finally {
    await server.close();
  }
});
