import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

// A fake api in the page: a site with two feeds, and a refusal for anything else.
async function mountWithFakeApi(page: import('@playwright/test').Page): Promise<void> {
  await mount(page, 'bs-subscribe');
  await page.evaluate(() => {
    const calls: unknown[][] = [];
    (window as unknown as { calls: unknown[][] }).calls = calls;
    const source = { id: 7, title: 'Opinion', siteUrl: null, feedUrl: 'https://site.example/opinion.atom', folder: null, unread: 3, total: 3 };
    const el = document.querySelector('bs-subscribe')!;
    el.api = {
      feeds: {
        subscribe: async (url: string, choice?: string) => {
          calls.push([url, choice]);
          if (!url.includes('site.example')) throw new Error('No feed was found at nowhere.example.');
          if (!choice) return { kind: 'choose', candidates: [{ url: 'https://site.example/all.xml', title: 'All stories', format: 'rss' }, { url: 'https://site.example/opinion.atom', title: 'Opinion', format: 'atom' }] };
          return { kind: 'subscribed', source, newArticles: 3, alreadySubscribed: false };
        },
      },
      on: () => () => {},
    } as never;
  });
}

test('an address with several feeds offers a choice, and the chosen one is subscribed', async ({ page }) => {
  await mountWithFakeApi(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.getByLabel('Feed or site address').fill('site.example');
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await expect(dialog.getByRole('group', { name: /2 feeds/ })).toBeVisible();
  await dialog.getByRole('radio', { name: /Opinion/ }).check();
  const added = page.evaluate(() => new Promise((resolve) => document.querySelector('bs-subscribe')!.addEventListener('source-added', (e) => resolve((e as CustomEvent).detail.source.id))));
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  expect(await added).toBe(7);
  await expect(dialog).toBeHidden();
  expect(await page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls)).toEqual([
    ['site.example', undefined],
    ['site.example', 'https://site.example/opinion.atom'],
  ]);
});

test('a failure is shown in plain words and the dialog stays open', async ({ page }) => {
  await mountWithFakeApi(page);
  await page.getByRole('button', { name: 'Add source' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Paste the address of a feed or of a news site.');
  await dialog.getByLabel('Feed or site address').fill('nowhere.example');
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('No feed was found at nowhere.example.');
  await expect(dialog).toBeVisible();
});
