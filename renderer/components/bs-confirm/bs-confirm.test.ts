import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const ask = (page: import('@playwright/test').Page) =>
  page.evaluate(() => {
    const w = window as unknown as { answer: Promise<boolean> };
    w.answer = document.querySelector('bs-confirm')!.ask({ title: 'Mark all as read?', message: '49 articles in All articles will be marked as read.', confirm: 'Mark 49 as read' });
  });
const answer = (page: import('@playwright/test').Page) => page.evaluate(() => (window as unknown as { answer: Promise<boolean> }).answer);

test('asks in a modal dialog; the answer that goes ahead has focus, so Enter confirms', async ({ page }) => {
  await mount(page, 'bs-confirm');
  await ask(page);
  const dialog = page.getByRole('dialog', { name: 'Mark all as read?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription('49 articles in All articles will be marked as read.');
  await expect(dialog.getByRole('button', { name: 'Mark 49 as read' })).toBeFocused();
  await page.keyboard.press('Enter');
  expect(await answer(page)).toBe(true);
  await expect(dialog).toBeHidden();
});

test('Escape and Cancel say no', async ({ page }) => {
  await mount(page, 'bs-confirm');
  await ask(page);
  await page.keyboard.press('Escape');
  expect(await answer(page)).toBe(false);
  await ask(page);
  await page.getByRole('button', { name: 'Cancel' }).click();
  expect(await answer(page)).toBe(false);
});
