import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

async function openEditor(page: import('@playwright/test').Page) {
  await mount(page, 'bs-keymap-editor');
  await page.evaluate(() => {
    (window as unknown as { saved: unknown[] }).saved = [];
    document.addEventListener('keymap-change', (e) => (window as unknown as { saved: unknown[] }).saved.push((e as CustomEvent<{ keymap: unknown }>).detail.keymap));
  });
  await page.locator('bs-keymap-editor').evaluate((el) => (el as unknown as { show(): Promise<void> }).show());
  return page.getByRole('dialog', { name: 'Customize keyboard shortcuts' });
}

const saved = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { saved: unknown[] }).saved);

test('records a two-key sequence and saves only the difference from the defaults', async ({ page }) => {
  const editor = await openEditor(page);
  await editor.getByRole('button', { name: 'Add a key for Next theme (system, light, dark)' }).click();
  await page.keyboard.press('g');
  await page.keyboard.press('t');
  await expect(editor.getByRole('status')).toContainText('now also uses g t');
  expect(await saved(page)).toEqual([{ 'theme.cycle': ['t', 'g t'] }]);
  await expect(editor.locator('tr[data-command="theme.cycle"]')).toContainText('(changed)');

  await editor.getByRole('button', { name: 'Reset Next theme (system, light, dark)' }).click();
  expect((await saved(page)).at(-1)).toEqual({});
});

test('a key that would make a sequence unreachable is a conflict, and keeping the current keys changes nothing', async ({ page }) => {
  const editor = await openEditor(page);
  await editor.getByRole('button', { name: 'Add a key for Search' }).click();
  await page.keyboard.press('g');
  // One key, then a pause: the recording ends with just 'g', which starts g a, g u, g b and g p.
  const alert = editor.getByRole('alert');
  await expect(alert).toContainText('already used by “Go to All articles” and “Go to Unread” and “Go to Bookmarks” and “Go to Big picture”');
  await alert.getByRole('button', { name: 'Keep the current keys' }).click();
  await expect(alert).toBeHidden();
  expect(await saved(page)).toEqual([]);
});

test('removing a key and Escape while recording', async ({ page }) => {
  const editor = await openEditor(page);
  await editor.getByRole('button', { name: 'Remove ArrowDown from Next article' }).click();
  expect(await saved(page)).toEqual([{ 'article.next': ['j'] }]);
  await editor.getByRole('button', { name: 'Add a key for Next article' }).click();
  await page.keyboard.press('Escape');
  await expect(editor.getByRole('status')).toHaveText('Not changed.');
  await expect(editor).toBeVisible();
});

test('Enter ends a recording and is not part of the key: f then Enter saves f; Escape after a key changes nothing', async ({ page }) => {
  const editor = await openEditor(page);
  await editor.getByRole('button', { name: 'Add a key for Next theme (system, light, dark)' }).click();
  await expect(editor.getByRole('status')).toContainText('then Enter. Escape cancels.');
  await page.keyboard.press('f');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('status')).toHaveText('“Next theme (system, light, dark)” now also uses f.');
  expect(await saved(page)).toEqual([{ 'theme.cycle': ['t', 'f'] }]);

  await editor.getByRole('button', { name: 'Add a key for Search' }).click();
  await page.keyboard.press('q');
  await page.keyboard.press('Escape');
  await expect(editor.getByRole('status')).toHaveText('Not changed.');
  await page.waitForTimeout(1_000);
  expect(await saved(page)).toHaveLength(1);
  await expect(editor).toBeVisible();
});
