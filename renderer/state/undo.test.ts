// Undo (renderer/state/undo.ts) on its own: actions remembered with a message and an Undo
// button, Ctrl+Z for the latest, and held actions carried out when their undo window passes.
import { expect, test, type Page } from '@playwright/test';
import { openControllerPage } from './testing/controller-page.ts';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await openControllerPage(page);
  await page.evaluate(async () => {
    const host = document.createElement('test-undo-host');
    document.getElementById('stage')!.replaceChildren(host);
    await host.updateComplete;
  });
});

const status = (page: Page) => page.locator('test-undo-host').getByRole('status');
const log = (page: Page) => page.evaluate(() => window.controllerTest.log);

test('an action is said with an Undo button; Ctrl+Z undoes the latest first, then says there is nothing left', async ({ page }) => {
  await page.evaluate(() => {
    const { undo } = document.querySelector('test-undo-host')!;
    const { log } = window.controllerTest;
    undo.push('Bookmark removed', { undo: async () => (log.push('bookmark back'), 'Bookmarked again') });
    undo.push('3 articles marked as read', { undo: async () => (log.push('unread again'), '3 articles unread again') });
  });
  await expect(status(page)).toHaveText('3 articles marked as read');
  await expect(page.locator('test-undo-host bs-toast').getByRole('button', { name: 'Undo' })).toBeVisible();
  await page.keyboard.press('ControlOrMeta+z');
  await expect(status(page)).toHaveText('3 articles unread again');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(status(page)).toHaveText('Bookmarked again');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(status(page)).toHaveText('Nothing to undo');
  expect(await log(page)).toEqual(['unread again', 'bookmark back']);
});

test('a held action is carried out when its undo window passes, and Undo within it cancels it', async ({ page }) => {
  await page.evaluate(() => {
    const { undo } = document.querySelector('test-undo-host')!;
    const { log } = window.controllerTest;
    undo.push('Unsubscribed from A', { commit: async () => void log.push('A removed'), undo: async () => (log.push('A back'), 'A is back') });
  });
  await page.clock.runFor(5_000);
  await page.locator('test-undo-host bs-toast').getByRole('button', { name: 'Undo' }).click();
  await expect(status(page)).toHaveText('A is back');
  await page.clock.runFor(20_000);
  expect(await log(page)).toEqual(['A back']);

  await page.evaluate(() => {
    const { undo } = document.querySelector('test-undo-host')!;
    const { log } = window.controllerTest;
    undo.push('Unsubscribed from B', { commit: async () => void log.push('B removed'), undo: async () => (log.push('B back'), 'B is back') });
  });
  await page.clock.runFor(10_500);
  expect(await log(page)).toEqual(['A back', 'B removed']);
  // Carried out, it is no longer undoable.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(status(page)).toHaveText('Nothing to undo');
});

test('in a text field Ctrl+Z undoes typing, not the last action', async ({ page }) => {
  await page.evaluate(() => {
    const { undo } = document.querySelector('test-undo-host')!;
    undo.push('Bookmark removed', { undo: async () => (window.controllerTest.log.push('bookmark back'), 'Bookmarked again') });
  });
  const notes = page.getByLabel('Notes');
  await notes.click();
  await page.keyboard.type('storm');
  await page.keyboard.press('ControlOrMeta+z');
  await expect(notes).toHaveValue('');
  expect(await log(page)).toEqual([]);
});
