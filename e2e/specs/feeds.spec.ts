import { feedFixture, start, type FixtureServer } from '../fixtures/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';

let server: FixtureServer;

test.beforeEach(async () => {
  server = await start({
    routes: {
      '/ledger/': { body: feedFixture('site-one.html').toString().replace('/feeds/atom.xml', '/ledger/rss.xml'), headers: { 'content-type': 'text/html' } },
      '/ledger/rss.xml': { body: feedFixture('rss-2.0.xml'), headers: { 'content-type': 'application/rss+xml' } },
      '/broken.xml': { body: '<rss><channel><title>Broken</item>', headers: { 'content-type': 'application/rss+xml' } },
    },
  });
});
test.afterEach(async () => server.close());

test('subscribing to a site through the dialog adds the source and shows its articles', async ({ launchApp }) => {
  const { page } = await launchApp();
  const nav = page.locator('bs-nav');
  await nav.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await expect(dialog).toBeVisible();

  // A page that is not a feed and has none: a clear message, and the dialog stays open.
  await dialog.getByLabel('Feed or site address').fill(server.url('/broken.xml'));
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await expect(dialog.getByRole('alert')).toContainText('not well-formed');

  await dialog.getByLabel('Feed or site address').fill(server.url('/ledger/'));
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await expect(dialog).toBeHidden();

  const source = nav.getByRole('button', { name: /The Northern Ledger/ });
  await expect(source).toBeVisible();
  await expect(source).toHaveAttribute('aria-current', 'true');
  await expect(source).toContainText('4');
  const list = page.locator('bs-article-list');
  await expect(list.getByRole('option')).toHaveCount(4);
  await expect(list.getByRole('option').filter({ hasText: 'Council approves & funds new tram line' })).toBeVisible();

  await list.getByRole('option').filter({ hasText: 'Council approves' }).click();
  const pane = page.locator('bs-reading-pane');
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText('Council approves & funds new tram line');
  await expect(pane).toContainText('twelve to three');

  // A failing refresh is reported on the source, in plain words.
  server.routes['/ledger/rss.xml'] = { status: 500 };
  await nav.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.locator('bs-app').getByRole('status').last()).toHaveText(/could not be refreshed/);
  await expect(nav.getByText('The site had a problem of its own (HTTP 500).')).toBeVisible();
  await expect(list.getByRole('option')).toHaveCount(4);
});

test('articles a background refresh brings appear in the open list without a click', async ({ launchApp }) => {
  const { page } = await launchApp();
  const subscribed = await page.evaluate(
    (url) => (window as unknown as { broadsheet: { feeds: { subscribe(u: string): Promise<{ ok: boolean; value: { kind: string; source: { id: number } } }> } } }).broadsheet.feeds.subscribe(url),
    server.url('/ledger/rss.xml'),
  );
  expect(subscribed.ok && subscribed.value.kind).toBe('subscribed');
  const nav = page.locator('bs-nav');
  await nav.getByRole('button', { name: /The Northern Ledger/ }).click();
  const list = page.locator('bs-article-list');
  await expect(list.getByRole('option')).toHaveCount(4);

  const feed = feedFixture('rss-2.0.xml').toString();
  server.routes['/ledger/rss.xml'] = {
    body: feed.replace('<item>', '<item><title>Harbour ferry returns after refit</title><link>https://ledger.example/ferry</link><guid>ferry-refit</guid><description>Back in service.</description></item><item>'),
    headers: { 'content-type': 'application/rss+xml' },
  };
  // As the schedule would: a refresh the reader did not ask for, straight through the bridge.
  await page.evaluate(() => (window as unknown as { broadsheet: { feeds: { refresh(id: null): Promise<unknown> } } }).broadsheet.feeds.refresh(null));
  await expect(list.getByRole('option')).toHaveCount(5);
  await expect(list.getByRole('option').filter({ hasText: 'Harbour ferry returns after refit' })).toBeVisible();
});
