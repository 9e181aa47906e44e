// Folders in the source list and per-source settings, through the app as a reader uses it:
// an OPML with a folder is imported, the folder is chosen by keyboard, and a source's
// refresh interval is set in its settings dialog and is still there after a restart.
import { seriousViolations } from '../fixtures/axe.ts';
import type { Page } from '@playwright/test';
import { start, threeFeedRoutes, type FixtureServer } from '../fixtures/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';

let server: FixtureServer;

test.beforeEach(async () => {
  server = await start({ routes: threeFeedRoutes() });
});
test.afterEach(async () => server.close());

type Bridge = Record<string, Record<string, (...args: unknown[]) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>>>;

/** Calls the preloaded bridge by a method's wire name (`feeds.subscribe`), as the shell would (opening an .opml file, a scheduled refresh). */
function callBridge(page: Page, method: string, ...args: unknown[]) {
  return page.evaluate(([m, a]) => {
    const [group, name] = (m as string).split('.') as [string, string];
    return (window as unknown as { broadsheet: Bridge }).broadsheet[group]![name]!(...(a as unknown[]));
  }, [method, args] as const);
}

const status = (page: Page) => page.locator('bs-app').getByRole('status').last();

test('an imported folder is chosen by keyboard, lists only its sources’ articles and is marked read; a source keeps its own refresh interval', async ({ launchApp, profileDir }) => {
  // Two launches and a refresh through the fixture server on two shared cores.
  test.setTimeout(60_000);
  const app = await launchApp();
  const { page } = app;
  const list = page.locator('bs-article-list');
  await expect(list.getByRole('option').first()).toBeVisible();

  const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Subscriptions</title></head><body>
  <outline text="Morning">
    <outline type="rss" text="The Northern Ledger" xmlUrl="${server.url('/ledger.xml')}"/>
    <outline type="rss" text="River Desk" xmlUrl="${server.url('/river.xml')}"/>
  </outline>
  <outline type="rss" text="Valley Radio" xmlUrl="${server.url('/valley.xml')}"/>
</body></opml>`;
  expect(await callBridge(page, 'feeds.importOpml', opml)).toMatchObject({ ok: true, value: { added: 3 } });
  expect(await callBridge(page, 'feeds.refresh', null)).toMatchObject({ ok: true, value: { newArticles: 8, failed: [] } });

  const nav = page.locator('bs-nav');
  const folder = nav.getByRole('button', { name: /Folder Morning/ });
  const valley = nav.getByRole('button', { name: /Valley Radio/ });
  // The folder's count is its two sources' unread articles (4 + 2); the loose source stays at the top level.
  await expect(folder).toContainText('6');
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
  await expect(valley).toContainText('2');
  await expect(nav.locator('ul.sources > li > .row > button', { hasText: 'Valley Radio' })).toHaveCount(1);

  // By keyboard: from the article list to the sidebar, Tab to the sources list, down to the folder, Enter.
  await list.getByRole('listbox').focus();
  await page.keyboard.press('h');
  await expect(nav.getByRole('button', { name: /All articles/ })).toBeFocused();
  for (let i = 0; i < 6 && !(await valley.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)); i++) await page.keyboard.press('Tab');
  await expect(valley).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(folder).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(list.getByRole('listbox')).toHaveAccessibleName('Morning');
  await expect(folder).toHaveAttribute('aria-current', 'true');
  const options = list.getByRole('option');
  await expect(options).toHaveCount(6);
  await expect(options.filter({ hasText: 'Council approves & funds new tram line' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'River levels fall after the storm' })).toHaveCount(1);
  await expect(options.filter({ hasText: 'Bridge inspection finds no damage' })).toHaveCount(0);

  // Mark all read applies to the folder only.
  await page.keyboard.press('Shift+A');
  await expect(status(page)).toHaveText('6 articles marked as read');
  await expect(folder).toContainText('0');
  await expect(valley).toContainText('2');
  await expect(list.locator('[role="option"].unread')).toHaveCount(0);

  // ← folds the folder away, → opens it again.
  await folder.focus();
  await page.keyboard.press('ArrowLeft');
  await expect(folder).toHaveAttribute('aria-expanded', 'false');
  await expect(nav.getByRole('button', { name: /Northern Ledger/ })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(folder).toHaveAttribute('aria-expanded', 'true');

  // Source settings from the keyboard: move to the source and press s.
  const ledger = nav.getByRole('button', { name: /Northern Ledger/ });
  for (let i = 0; i < 4 && !(await ledger.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)); i++) await page.keyboard.press('ArrowDown');
  await expect(ledger).toBeFocused();
  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription('The Northern Ledger');
  await expect(dialog).toContainText(server.url('/ledger.xml'));
  await expect(dialog).toContainText(/Last updated.*(just now|minute)/s);
  await expect(dialog).toContainText('None: the last refresh worked.');
  const interval = dialog.getByLabel('Refresh every');
  await expect(interval).toBeFocused();
  // With folders in the sidebar and the dialog open, axe finds nothing serious or critical.
  expect(await seriousViolations(page)).toEqual([]);
  await expect(interval.locator('option:checked')).toHaveText('Follow the preference (every 30 minutes)');
  await interval.selectOption({ label: '2 hours' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('The Northern Ledger refreshes every 2 hours');
  // Focus goes back to the source it was opened from.
  await expect(ledger).toBeFocused();

  // Reopened with the mouse, the dialog shows the saved interval.
  await nav.locator('.row').filter({ hasText: 'Northern Ledger' }).getByRole('button', { name: 'Source settings' }).click();
  await expect(dialog.getByLabel('Refresh every').locator('option:checked')).toHaveText('2 hours');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  // After a restart it is still there, and another source still follows the preference.
  await app.close();
  const again = await launchApp({ profileDir });
  const nav2 = again.page.locator('bs-nav');
  await nav2.getByRole('button', { name: /Valley Radio/ }).click();
  await again.chooseMenuCommand('source.settings');
  const dialog2 = again.page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog2).toHaveAccessibleDescription('Valley Radio');
  await expect(dialog2.getByLabel('Refresh every').locator('option:checked')).toHaveText('Follow the preference (every 30 minutes)');
  await again.page.keyboard.press('Escape');
  await nav2.locator('.row').filter({ hasText: 'Northern Ledger' }).getByRole('button', { name: 'Source settings' }).click();
  await expect(dialog2).toHaveAccessibleDescription('The Northern Ledger');
  await expect(dialog2.getByLabel('Refresh every').locator('option:checked')).toHaveText('2 hours');
});

test('unsubscribing from a source in its settings asks first, then removes it and its articles', async ({ launchApp }) => {
  const { page } = await launchApp();
  const list = page.locator('bs-article-list');
  await expect(list.getByRole('option').first()).toBeVisible();
  expect(await callBridge(page, 'feeds.subscribe', server.url('/valley.xml'))).toMatchObject({ ok: true, value: { kind: 'subscribed' } });
  const nav = page.locator('bs-nav');
  const valley = nav.getByRole('button', { name: /Valley Radio/ });
  await valley.click();
  await expect(list.getByRole('listbox')).toHaveAccessibleName(/Valley Radio/);
  await expect(list.getByRole('option')).toHaveCount(2);

  await page.keyboard.press('s');
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await dialog.getByRole('button', { name: 'Unsubscribe…' }).click();
  await dialog.getByRole('button', { name: 'Keep subscription' }).click();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(valley).toBeVisible();

  await page.keyboard.press('s');
  await dialog.getByRole('button', { name: 'Unsubscribe…' }).click();
  await dialog.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText(/Unsubscribed from Valley Radio/);
  await expect(valley).toHaveCount(0);
  await expect(list.getByRole('listbox')).toHaveAccessibleName('All articles');
  await expect(list.getByRole('option').filter({ hasText: 'Bridge inspection finds no damage' })).toHaveCount(0);
  // Focus stays in the source list rather than falling to the page.
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('bs-app');
  expect(await page.evaluate(() => document.querySelector('bs-app')!.shadowRoot!.activeElement?.tagName.toLowerCase())).toBe('bs-nav');
});
