// Managing sources as a reader does (issue #15 item 14): rename a source and
// move it to another folder in its settings, remove the sample edition with one
// command that asks first, and keep one of two sources that are the same feed
// at two addresses. The feeds are written for this test and served from 127.0.0.1.
import type { Page } from '@playwright/test';
import { start, type FixtureServer } from '../fixtures/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';

let server: FixtureServer;
const RSS = { 'content-type': 'application/rss+xml' };

function rss(self: string, title: string, item: string): string {
  return `<?xml version="1.0"?><rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>${title}</title>
    <link>https://ledger.example/</link><atom:link rel="self" type="application/rss+xml" href="${self}"/>
    <item><title>${item}</title><link>https://ledger.example/${item.toLowerCase().replace(/\W+/g, '-')}</link><pubDate>Mon, 30 Nov 2026 08:00:00 GMT</pubDate>
    <description>High water at noon, low water at six.</description></item></channel></rss>`;
}

test.beforeEach(async () => {
  server = await start();
  Object.assign(server.routes, {
    '/ledger.xml': { body: rss(server.url('/ledger.xml'), 'Fogbank Gazette', 'Tide tables for the week'), headers: RSS },
    // A mirror of the same feed at another address: its self link names the first.
    '/mirror/ledger.xml': { body: rss(server.url('/ledger.xml'), 'Fogbank Gazette', 'Tide tables for the week'), headers: RSS },
    '/courier.xml': { body: rss(server.url('/courier.xml'), 'Quayside Courier', 'Rail timetable changes'), headers: RSS },
  });
});
test.afterEach(async () => server.close());

const status = (page: Page) => page.locator('bs-app').getByRole('status').last();

async function call(page: Page, method: string, ...args: unknown[]): Promise<{ ok: boolean; value?: unknown }> {
  return page.evaluate(
    ([m, a]) => {
      const [group, name] = m.split('.') as [string, string];
      const bridge = (window as unknown as { broadsheet: Record<string, Record<string, (...x: unknown[]) => Promise<{ ok: boolean; value?: unknown }>>> }).broadsheet;
      return bridge[group]![name]!(...a);
    },
    [method, args] as const,
  );
}

async function openSettings(page: Page, source: string) {
  await page.locator('bs-nav').locator('.row').filter({ hasText: source }).getByRole('button', { name: 'Source settings' }).click();
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog).toBeVisible();
  return dialog;
}

test('a source is renamed and moved to another folder in its settings', async ({ launchApp }) => {
  const { page } = await launchApp();
  expect(await call(page, 'feeds.subscribe', server.url('/courier.xml'))).toMatchObject({ ok: true });
  const nav = page.locator('bs-nav');
  await expect(nav.getByRole('button', { name: /Quayside Courier/ })).toBeVisible();

  const dialog = await openSettings(page, 'Quayside Courier');
  await dialog.getByLabel('Name').fill('The Courier');
  await dialog.getByLabel('Folder').fill('Local news');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const folder = nav.locator('li.folder').filter({ has: page.getByRole('button', { name: /Folder Local news/ }) });
  await expect(folder.getByRole('button', { name: /The Courier/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /Quayside Courier/ })).toHaveCount(0);
  // The list names it so too.
  await folder.getByRole('button', { name: /The Courier/ }).click();
  await expect(page.locator('bs-article-list').getByRole('listbox')).toHaveAccessibleName('The Courier');
  await expect(page.locator('bs-article-list').getByRole('option')).toContainText(['The Courier']);

  // Moved into an existing folder, offered in the field's list; and out of every folder.
  const again = await openSettings(page, 'The Courier');
  await again.getByLabel('Folder').fill('Sample edition');
  await again.getByRole('button', { name: 'Save' }).click();
  const sample = nav.locator('li.folder').filter({ has: page.getByRole('button', { name: /Folder Sample edition/ }) });
  await expect(sample.getByRole('button', { name: /The Courier/ })).toBeVisible();
  await expect(nav.getByRole('button', { name: /Folder Local news/ })).toHaveCount(0);
});

test('the same feed at a second address is not added twice, and two already in the library are offered to keep one', async ({ launchApp }) => {
  const { page } = await launchApp();
  const nav = page.locator('bs-nav');
  expect(await call(page, 'feeds.subscribe', server.url('/ledger.xml'))).toMatchObject({ ok: true, value: { alreadySubscribed: false } });

  // Through the Add source dialog, the mirror: recognised by the feed's own self link.
  await nav.getByRole('button', { name: 'Add source' }).click();
  const add = page.getByRole('dialog', { name: 'Add a source' });
  await add.getByLabel('Feed or site address').fill(server.url('/mirror/ledger.xml'));
  await add.getByRole('button', { name: 'Subscribe' }).click();
  await expect(add).toBeHidden();
  await expect(status(page)).toHaveText(/Already subscribed to Fogbank Gazette/);
  await expect(nav.getByRole('button', { name: /Fogbank Gazette/ })).toHaveCount(1);

  // An OPML file from another reader brings both addresses in; the first refresh finds they are one feed.
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>Old reader</title></head><body>
    <outline text="Gazette mirror" xmlUrl="${server.url('/mirror/ledger.xml')}"/></body></opml>`;
  expect(await call(page, 'feeds.importOpml', opml)).toMatchObject({ ok: true });
  expect(await call(page, 'feeds.refresh', null)).toMatchObject({ ok: true });
  await page.reload();
  await expect(nav.getByRole('button', { name: /Gazette mirror/ })).toBeVisible();
  const dialog = await openSettings(page, 'Gazette mirror');
  const twin = dialog.getByRole('group', { name: /same feed/i });
  await expect(twin).toContainText('The same feed as “Fogbank Gazette”');
  await twin.getByRole('button', { name: 'Keep “Fogbank Gazette”' }).click();
  await expect(dialog).toBeHidden();
  await expect(nav.getByRole('button', { name: /Gazette mirror/ })).toHaveCount(0);
  await expect(nav.getByRole('button', { name: /Fogbank Gazette/ })).toHaveCount(1);
});

test('the sample edition is removed with one command, after a confirmation', async ({ launchApp }) => {
  const { page } = await launchApp();
  expect(await call(page, 'feeds.subscribe', server.url('/courier.xml'))).toMatchObject({ ok: true });
  const nav = page.locator('bs-nav');
  await expect(nav.getByRole('button', { name: /Folder Sample edition/ })).toBeVisible();

  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('remove the sample edition');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog.getByRole('group')).toContainText('Remove the sample edition?');
  // Asked first: the safe answer has focus.
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Remove the sample edition', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(status(page)).toHaveText('Sample edition removed: 50 articles');
  await expect(nav.getByRole('button', { name: /Folder Sample edition/ })).toHaveCount(0);
  const list = page.locator('bs-article-list');
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText('Rail timetable changes');
  await expect(page.locator('bs-masthead')).toContainText('1 article');

  // The command has nothing left to remove.
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('remove the sample edition');
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('The sample edition is no longer in your library');
});
