// Issue #15, "Feedback and safety": the results of commands show in one unobtrusive status region
// (and are announced), labels say what a key does, and the actions that change a lot at once can
// be undone (Ctrl/⌘+Z or the status region's Undo): mark all as read (after a confirmation when
// more than a screenful is affected), unsubscribing and removing a bookmark.
import type { Page } from '@playwright/test';
import { start, threeFeedRoutes, type FixtureServer } from '../fixtures/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';

const status = (page: Page) => page.locator('bs-app').getByRole('status').last();
const toast = (page: Page) => page.locator('bs-toast');
const unreadCount = (page: Page) => page.locator('bs-nav').getByRole('button', { name: /^Unread/ }).locator('.count');

async function appReady(page: Page): Promise<void> {
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
}

test('keys show what they did where the eye is: r, the end of the list and the Refresh button', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('r');
  await expect(toast(page)).toBeVisible();
  await expect(status(page)).toHaveText(/^All sources: (no new articles|\d+ new articles?)/);

  await page.locator('bs-article-list').getByRole('listbox').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('j');
  await expect(status(page)).toHaveText('This is the last article');
  await expect(toast(page)).toBeVisible();

  // The sidebar's button reports in the same place, not in a line of its own.
  await page.locator('bs-nav').getByRole('button', { name: 'Refresh', exact: true }).click();
  await expect(status(page)).toHaveText(/^All sources: /);
  await expect(page.locator('bs-nav')).not.toContainText('new article');

  // The help names what r really does.
  await page.keyboard.press('?');
  await expect(page.locator('bs-help tr[data-command="library.refresh"]')).toContainText('Refresh the source shown, or all sources');
});

test('mark all as read asks first when more than a screenful is affected, and Ctrl+Z puts back exactly what it marked', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  // One article read beforehand stays read after the undo.
  await page.keyboard.press('j');
  await expect(unreadCount(page)).toHaveText('49');
  await page.keyboard.press('Escape');

  await page.keyboard.press('Shift+A');
  const confirm = page.getByRole('dialog', { name: 'Mark all as read?' });
  await expect(confirm).toBeVisible();
  await expect(confirm).toContainText('49 articles');
  // Cancel changes nothing.
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(unreadCount(page)).toHaveText('49');

  await page.keyboard.press('Shift+A');
  await expect(confirm).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('49 articles marked as read');
  await expect(toast(page).getByRole('button', { name: 'Undo' })).toBeVisible();
  await expect(unreadCount(page)).toHaveText('0');

  await page.keyboard.press('ControlOrMeta+z');
  await expect(status(page)).toHaveText('49 articles unread again');
  await expect(unreadCount(page)).toHaveText('49');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(status(page)).toHaveText('Nothing to undo');
});

test('a short list is marked read without a question, and the Undo button in the status region undoes it', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  const source = page.locator('bs-nav ul.sources button[data-item][data-source-id]').first();
  await source.click();
  const count = Number((await source.locator('.count').textContent())!.trim());
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(8);
  await page.keyboard.press('Shift+A');
  await expect(status(page)).toHaveText(`${count} ${count === 1 ? 'article' : 'articles'} marked as read`);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(source.locator('.count')).toHaveText('0');
  await toast(page).getByRole('button', { name: 'Undo' }).click();
  await expect(source.locator('.count')).toHaveText(String(count));
});

test('removing a bookmark can be undone', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('j');
  await page.keyboard.press('b');
  await expect(status(page)).toHaveText('Bookmarked');
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page.locator('bs-article-list').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('b');
  await expect(status(page)).toHaveText('Bookmark removed');
  await expect(page.locator('bs-article-list')).toContainText('No bookmarks yet');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(status(page)).toHaveText('Bookmarked again');
  await expect(page.locator('bs-article-list').getByRole('option')).toHaveCount(1);
});

test.describe('unsubscribing', () => {
  let server: FixtureServer;
  test.beforeEach(async () => {
    server = await start({ routes: threeFeedRoutes() });
  });
  test.afterEach(async () => server.close());

  test('can be undone: the source comes back with its articles and their read marks', async ({ launchApp }) => {
    const { page } = await launchApp();
    await appReady(page);
    const nav = page.locator('bs-nav');
    await page.keyboard.press('a');
    const dialog = page.getByRole('dialog', { name: 'Add a source' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Feed or site address').fill(server.url('/valley.xml'));
    await dialog.getByRole('button', { name: 'Subscribe' }).click();
    await expect(dialog).toBeHidden();
    const valley = nav.getByRole('button', { name: /Valley Radio/ });
    await expect(valley).toHaveAttribute('aria-current', 'true');
    const list = page.locator('bs-article-list');
    await expect(list.getByRole('option')).toHaveCount(2);
    await list.getByRole('option').first().click();
    await expect(valley.locator('.count')).toHaveText('1');

    await page.keyboard.press('s');
    const settings = page.getByRole('dialog', { name: 'Source settings' });
    await settings.getByRole('button', { name: 'Unsubscribe…' }).click();
    await settings.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
    await expect(status(page)).toHaveText('Unsubscribed from Valley Radio (0.92)');
    await expect(valley).toHaveCount(0);
    await toast(page).getByRole('button', { name: 'Undo' }).click();
    await expect(status(page)).toHaveText('Valley Radio (0.92) is back');
    await expect(valley).toBeVisible();
    await expect(valley.locator('.count')).toHaveText('1');
    await valley.click();
    await expect(list.getByRole('option')).toHaveCount(2);
  });
});
