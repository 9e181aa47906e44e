import { expect, test } from '@playwright/test';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const reader = (overrides: Record<string, unknown> = {}) => ({
  showing: 'full', hasFull: true, hasFeed: true, fullStatus: 'ok', fullError: null, siteName: 'Metro Daily', ...overrides,
});

/** Mounts the switch with a fake library that answers offline.setVersion and records the calls. */
async function mountSwitch(page: import('@playwright/test').Page, readerState: Record<string, unknown>) {
  await page.evaluate(async (r) => {
    const w = window as unknown as Record<string, unknown>;
    const calls: unknown[] = [];
    const shown: string[] = [];
    w.calls = calls;
    w.shown = shown;
    const article = { id: 7, title: 'T', source: { id: 1, title: 'Metro' }, reader: r };
    const el = document.createElement('bs-version-switch') as HTMLElement & { api: unknown; article: unknown; updateComplete: Promise<unknown> };
    el.api = {
      on: () => () => {},
      offline: {
        setVersion: async (id: number, source: string) => {
          calls.push([id, source]);
          return { ...article, reader: { ...r, showing: source } };
        },
      },
    };
    el.article = article;
    el.addEventListener('article-version-change', (e) => {
      const next = (e as CustomEvent<{ reader: { showing: string } }>).detail;
      shown.push(next.reader.showing);
      el.article = next;
    });
    document.getElementById('stage')!.replaceChildren(el);
    await el.updateComplete;
  }, readerState);
}

test('says which version is shown and switches to the other', async ({ page }) => {
  await mountSwitch(page, reader());
  const host = page.locator('bs-version-switch');
  await expect(host.getByRole('status')).toHaveText('Full article, kept from Metro Daily');
  await expect(host.getByRole('button', { name: 'Full article' })).toHaveAttribute('aria-pressed', 'true');
  await host.getByRole('button', { name: 'Feed version' }).click();
  await expect(host.getByRole('status')).toHaveText('The feed’s version');
  await expect(host.getByRole('button', { name: 'Feed version' })).toHaveAttribute('aria-pressed', 'true');
  expect(await page.evaluate(() => (window as unknown as { calls: unknown[] }).calls)).toEqual([[7, 'feed']]);
});

test('with only the feed version it explains why, and offers no switch', async ({ page }) => {
  await mountSwitch(page, reader({ showing: 'feed', hasFull: false, fullStatus: 'failed', fullError: 'The site could not be reached.' }));
  const host = page.locator('bs-version-switch');
  await expect(host.getByRole('status')).toContainText('The site could not be reached.');
  await expect(host.getByRole('button')).toHaveCount(0);
});
