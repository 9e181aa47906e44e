// Focus regions (renderer/state/focus-regions.ts) on their own: a test host lays out columns of
// buttons as regions, with a router for h, l and two commands that take the focused column's
// buttons away, for a moment (r, like a list reloading) or for good (Escape).
import { expect, test, type Page } from '@playwright/test';
import { openControllerPage } from './testing/controller-page.ts';

test.beforeEach(async ({ page }) => openControllerPage(page));

type Column = { name: string; buttons: string[]; hidden?: boolean; fallback?: boolean };

async function mountColumns(page: Page, columns: Column[]): Promise<void> {
  await page.evaluate(async (cols) => {
    const host = document.createElement('test-focus-host');
    host.columns = cols;
    document.getElementById('stage')!.replaceChildren(host);
    await host.updateComplete;
  }, columns);
}

const button = (page: Page, name: string) => page.locator('test-focus-host').getByRole('button', { name, exact: true });
const bodyHasFocus = (page: Page) => page.evaluate(() => document.activeElement === document.body);

test('l and h move between regions in order, skipping hidden and empty ones, and wrap around', async ({ page }) => {
  await mountColumns(page, [
    { name: 'sources', buttons: ['S1'] },
    { name: 'articles', buttons: ['A1', 'A2'] },
    { name: 'hidden at this width', buttons: ['X1'], hidden: true },
    { name: 'nothing yet', buttons: [] },
    { name: 'reading pane', buttons: ['P1'] },
  ]);
  await page.keyboard.press('l');
  await expect(button(page, 'S1')).toBeFocused();
  await page.keyboard.press('l');
  await expect(button(page, 'A1')).toBeFocused();
  await page.keyboard.press('l');
  await expect(button(page, 'P1')).toBeFocused();
  await page.keyboard.press('l');
  await expect(button(page, 'S1')).toBeFocused();
  await page.keyboard.press('h');
  await expect(button(page, 'P1')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(button(page, 'A1')).toBeFocused();
});

test('after a command, focus that fell to the page body goes back to the region it was in', async ({ page }) => {
  await mountColumns(page, [
    { name: 'sources', buttons: ['S1'] },
    { name: 'articles', buttons: ['A1', 'A2'], fallback: true },
  ]);
  await button(page, 'A2').focus();
  await page.keyboard.press('r');
  // The column is refilled a moment later; focus comes back to it rather than staying on the body.
  await expect(button(page, 'A1 again')).toBeFocused();
});

test('when the region focus was in has nothing left, focus goes to the first fallback region', async ({ page }) => {
  await mountColumns(page, [
    { name: 'sources', buttons: ['S1'] },
    { name: 'articles', buttons: ['A1'], fallback: true },
    { name: 'reading pane', buttons: ['P1'], fallback: true },
  ]);
  await button(page, 'S1').focus();
  await page.keyboard.press('Escape');
  await expect(button(page, 'A1')).toBeFocused();
  expect(await bodyHasFocus(page)).toBe(false);
});

test('without a command, focus is left where the person put it, the body included', async ({ page }) => {
  await mountColumns(page, [{ name: 'articles', buttons: ['A1'], fallback: true }]);
  await button(page, 'A1').focus();
  await page.evaluate(() => (document.querySelector('test-focus-host')!.shadowRoot!.activeElement as HTMLElement).blur());
  await page.waitForTimeout(300);
  expect(await bodyHasFocus(page)).toBe(true);
});
