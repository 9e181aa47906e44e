import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => {
  await page.clock.install();
  await openComponentPage(page);
});

const toast = (page: import('@playwright/test').Page) => page.locator('bs-toast');

test('shows a message in view for a few seconds, in a polite live region that keeps its last words', async ({ page }) => {
  await mount(page, 'bs-toast', { message: 'Bookmarked' });
  const status = toast(page).getByRole('status');
  await expect(status).toHaveAttribute('aria-live', 'polite');
  await expect(status).toHaveText('Bookmarked');
  await expect(status).toBeInViewport();
  const box = (await toast(page).locator('.toast').boundingBox())!;
  expect(box.width).toBeGreaterThan(60);
  await page.clock.runFor(5_500);
  await expect(toast(page).locator('.toast')).toHaveClass(/gone/);
  await expect(status).toHaveText('Bookmarked');
});

test('an action (Undo) is a button beside the message while it is in view; the pointer on it keeps it there', async ({ page }) => {
  await mount(page, 'bs-toast');
  await page.evaluate(() => {
    const el = document.querySelector('bs-toast')!;
    (window as unknown as { ran: number }).ran = 0;
    el.action = { label: 'Undo', run: () => (window as unknown as { ran: number }).ran++ };
    el.message = '49 articles marked as read';
  });
  const undo = toast(page).getByRole('button', { name: 'Undo' });
  await expect(undo).toBeVisible();
  await undo.hover();
  await page.clock.runFor(15_000);
  await expect(undo).toBeVisible();
  await undo.click();
  expect(await page.evaluate(() => (window as unknown as { ran: number }).ran)).toBe(1);
  await expect(undo).toHaveCount(0);
  await page.mouse.move(0, 0);
  await page.clock.runFor(11_000);
  await expect(toast(page).locator('.toast')).toHaveClass(/gone/);
});
