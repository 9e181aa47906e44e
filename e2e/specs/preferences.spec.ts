import { seriousViolations } from '../fixtures/axe.ts';
import { expect, test } from '../fixtures/launch-app.ts';

test('Preferences (Ctrl+,) change the app at once, refuse values out of bounds in words, and are kept', async ({ launchApp }) => {
  let app = await launchApp({ colorScheme: 'light' });
  const { page } = app;
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await page.locator('bs-article-list').getByRole('option').first().focus();
  await page.keyboard.press('Control+,');
  const dialog = page.getByRole('dialog', { name: 'Preferences' });
  await expect(dialog).toBeVisible();

  // A choice applies to the window straight away, without closing the dialog.
  await dialog.getByLabel('Theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  // The masthead's own theme control hears the change too.
  await expect(page.locator('bs-masthead').getByLabel('Theme')).toHaveValue('dark');

  // The privacy switch is off by default and can be turned on.
  const local = dialog.getByLabel('Allow fetching from local network addresses');
  await expect(local).not.toBeChecked();
  await local.check();

  // A number outside the shared bounds is refused before the library is asked, and said why.
  const retention = dialog.getByLabel('Keep articles for');
  await retention.fill('99999');
  await retention.press('Tab');
  await expect(dialog.getByRole('alert')).toHaveText('Choose a whole number from 1 to 3650 days.');
  await retention.fill('30');
  await retention.press('Tab');
  await expect(dialog.getByRole('alert')).toHaveCount(0);

  expect(await seriousViolations(page)).toEqual([]);

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await app.close();

  app = await launchApp({ colorScheme: 'light' });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await app.page.locator('bs-article-list').getByRole('option').first().focus();
  await app.page.keyboard.press('Control+,');
  const again = app.page.getByRole('dialog', { name: 'Preferences' });
  await expect(again.getByLabel('Allow fetching from local network addresses')).toBeChecked();
  await expect(again.getByLabel('Keep articles for')).toHaveValue('30');
});
