// Related stories (renderer/state/related-stories.ts) on their own: a test host sets the selection,
// shows the sidebar in a real bs-related (and the Big picture in a real bs-big-picture), and runs
// [ and ] through a router, over a fake library client.
import { expect, test, type Page } from '@playwright/test';
import { openControllerPage } from './testing/controller-page.ts';

test.beforeEach(async ({ page }) => openControllerPage(page));

const lookups = (page: Page) => page.evaluate(() => window.controllerTest.calls.filter((c) => c[0] === 'related.articles').map((c) => c[1]));
const sidebar = (page: Page) => page.locator('test-related-host bs-related');
const status = (page: Page) => page.locator('test-related-host').getByRole('status');

/** A host whose fake library finds two stories for any article but 13, which has none. */
async function mountRelated(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const host = document.createElement('test-related-host');
    host.api = t.fakeApi({
      related: {
        articles: async (id: never) =>
          id === 13
            ? []
            : [
                { article: t.summary(100 + (id as number), { title: `Same story as ${id}` }), group: 'same-story', score: 0.8, reason: 'Shares Harbour' },
                { article: t.summary(200 + (id as number), { title: `Related to ${id}` }), group: 'related', score: 0.3, reason: 'Shares Tariffs' },
              ],
        bigPicture: async (query: never) => [
          { id: 1, headline: `Stories of ${(query as { day?: string }).day ?? 'the last 24 hours'}`, sourceCount: 2, sources: [{ id: 1, title: 'Harbour Ledger' }], articles: [t.summary(7)] },
        ],
      },
    });
    document.getElementById('stage')!.replaceChildren(host);
    await host.updateComplete;
  });
}

const select = (page: Page, id: number | null) => page.evaluate((value) => void (document.querySelector('test-related-host')!.selected = value), id);

test('skimming past articles looks up the stories of the one the selection rests on, not each one passed', async ({ page }) => {
  await mountRelated(page);
  await expect(sidebar(page)).toContainText('Open an article');
  for (const id of [1, 2, 3]) await select(page, id);
  await expect(sidebar(page).getByRole('button', { name: /Same story as 3/ })).toBeVisible();
  expect(await lookups(page)).toEqual([3]);
});

test('] looks the stories up at once and focuses the first, [ goes round to the last; with none, it says so', async ({ page }) => {
  await mountRelated(page);
  await select(page, 5);
  await page.keyboard.press(']');
  await expect(sidebar(page).getByRole('button', { name: /Same story as 5/ })).toBeFocused();
  await page.keyboard.press('[');
  await expect(sidebar(page).getByRole('button', { name: /Related to 5/ })).toBeFocused();
  await page.keyboard.press(']');
  await expect(sidebar(page).getByRole('button', { name: /Same story as 5/ })).toBeFocused();

  await select(page, 13);
  await page.keyboard.press(']');
  await expect(status(page)).toHaveText('No related stories');
  await select(page, null);
  await page.keyboard.press(']');
  await expect(status(page)).toHaveText('Open an article first');
});

test('the Big picture shows the last 24 hours, then the day the person chooses', async ({ page }) => {
  await mountRelated(page);
  await page.evaluate(() => void (document.querySelector('test-related-host')!.bigPictureOpen = true));
  const bigPicture = page.locator('test-related-host bs-big-picture');
  await expect(bigPicture.getByRole('button', { name: /Stories of the last 24 hours/ })).toBeVisible();
  await bigPicture.getByLabel('Day').fill('2026-11-20');
  await expect(bigPicture.getByRole('button', { name: /Stories of 2026-11-20/ })).toBeVisible();
  expect(await page.evaluate(() => window.controllerTest.calls.filter((c) => c[0] === 'related.bigPicture').map((c) => c[1]))).toEqual([{ since: '24h' }, { day: '2026-11-20' }]);
});
