import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

test('a modal list of every command with its keys, honouring a changed keymap and the platform', async ({ page }) => {
  await mount(page, 'bs-help', { platform: 'mac' });
  await page.evaluate(async () => {
    const help = document.querySelector('bs-help')!;
    help.keymap = { ...help.keymap, 'article.toggleBookmark': [] };
    await help.updateComplete;
    await help.show();
  });
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('tr[data-command="article.next"] td')).toContainText('j');
  await expect(dialog.locator('tr[data-command="article.toggleBookmark"] td')).toHaveText('no key');
  await expect(dialog.locator('tr[data-command="app.palette"] td')).toContainText('⌘');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
