import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

test('finds commands by any words of their names, best match first, and runs the chosen one', async ({ page }) => {
  await mount(page, 'bs-palette');
  await page.evaluate(() => {
    (window as unknown as { ran: string[] }).ran = [];
    document.addEventListener('command-run', (e) => (window as unknown as { ran: string[] }).ran.push((e as CustomEvent<{ id: string }>).detail.id));
  });
  await page.locator('bs-palette').evaluate((el) => (el as unknown as { show(): Promise<void> }).show());
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: 'Find a command' });
  await expect(input).toBeFocused();

  await page.keyboard.type('bookm');
  const options = dialog.getByRole('option');
  await expect(options.first()).toContainText('Bookmark or remove bookmark');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(input).toHaveAttribute('aria-activedescendant', 'command-article-toggleBookmark');
  // Shortcut shown beside the name.
  await expect(options.first().locator('kbd')).toHaveText('b');

  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  // The command runs once the dialog's close event has returned focus, which is a task later.
  await expect.poll(() => page.evaluate(() => (window as unknown as { ran: string[] }).ran)).toEqual(['article.toggleBookmark']);
});

test('says so when nothing matches, and Escape closes without running anything', async ({ page }) => {
  await mount(page, 'bs-palette');
  await page.locator('bs-palette').evaluate((el) => (el as unknown as { show(): Promise<void> }).show());
  await page.keyboard.type('zzzz');
  const dialog = page.getByRole('dialog', { name: 'Command palette' });
  await expect(dialog.getByRole('status')).toHaveText('No command matches “zzzz”.');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
