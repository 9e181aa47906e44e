// Issue #15, "Navigation and management": the Big picture by keyboard as the article list is
// (j/k, Enter opens, Escape goes back), the keymap editor's recording ending on Enter, and every
// sidebar action (Add source, Refresh all) in the command table: a key, the palette, the menu.
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/launch-app.ts';

async function appReady(page: Page): Promise<void> {
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
}

const focusedText = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  });

test('the Big picture by keyboard: g p lands on the first story, j and k move, Enter opens a story and an article, Escape goes back', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('g');
  await page.keyboard.press('p');
  const big = page.locator('bs-big-picture');
  const stories = big.locator('li.cluster > button');
  await expect(stories.first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(stories.nth(1)).toBeFocused();
  await page.keyboard.press('j');
  await expect(stories.nth(2)).toBeFocused();
  await page.keyboard.press('k');
  await expect(stories.nth(1)).toBeFocused();

  // Enter opens the story and moves to its first article; Enter there opens the article.
  await page.keyboard.press('Enter');
  await expect(stories.nth(1)).toHaveAttribute('aria-expanded', 'true');
  const articles = big.locator('ol.articles button');
  await expect(articles.first()).toBeFocused();
  const title = (await articles.first().locator('.title').textContent())!.trim();
  await page.keyboard.press('j');
  await expect(articles.nth(1)).toBeFocused();
  await page.keyboard.press('k');
  await page.keyboard.press('Enter');
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toHaveText(title);

  // Escape: from the article back to the story's articles, then to the story (closed), then out to the list.
  await page.keyboard.press('Escape');
  expect(await focusedText(page)).toContain(title);
  await page.keyboard.press('Escape');
  await expect(stories.nth(1)).toBeFocused();
  await expect(stories.nth(1)).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Escape');
  await expect(page.locator('bs-article-list')).toBeVisible();
  await expect(big).toHaveCount(0);
});

test('Add source and Refresh all are commands: a key, the palette and the File menu reach them', async ({ launchApp }) => {
  const app = await launchApp();
  const { page } = app;
  await appReady(page);
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await page.keyboard.press('a');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Feed or site address')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('add source');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  // With the sources folded away the command still works: nothing depends on the sidebar being shown.
  await page.keyboard.press('Shift+S');
  await expect(page.locator('bs-nav')).toBeHidden();
  await app.chooseMenuCommand('source.add');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  await app.chooseMenuCommand('library.refreshAll');
  await expect(page.locator('bs-app').getByRole('status').last()).toHaveText(/^All sources: /);
});

test('the keymap editor ends a recording on Enter, as a person expects', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('customize');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Customize keyboard shortcuts' });
  await editor.getByRole('button', { name: 'Add a key for Next theme (system, light, dark)' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('f');
  await page.keyboard.press('Enter');
  await expect(editor.getByRole('status')).toHaveText('“Next theme (system, light, dark)” now also uses f.');
  await page.keyboard.press('Escape');
  await page.keyboard.press('f');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
});
