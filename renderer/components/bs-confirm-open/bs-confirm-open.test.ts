import { expect, test, type Page } from '@playwright/test';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

interface FakeOptions {
  pending?: unknown[];
  fail?: string;
}

/** Mounts the dialog with a fake library that records answers in window.answers and can push events. */
async function mountWithFakeApi(page: Page, options: FakeOptions = {}): Promise<void> {
  await page.evaluate(async ({ pending, fail }) => {
    const w = window as unknown as Record<string, unknown>;
    const answers: unknown[] = [];
    const resolved: string[] = [];
    let listener: ((payload: unknown) => void) | null = null;
    w.answers = answers;
    w.resolved = resolved;
    w.push = (request: unknown) => listener?.(request);
    const api = {
      on: (_name: string, fn: (payload: unknown) => void) => ((listener = fn), () => (listener = null)),
      openRequests: {
        pending: async () => pending,
        resolve: async (id: string, accept: boolean) => {
          answers.push([id, accept]);
          if (fail && accept) throw new Error(fail);
          return { id, status: accept ? 'done' : 'dismissed', message: accept ? 'Subscribed to news.example.' : 'Nothing was changed.' };
        },
      },
    };
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const el = document.createElement('bs-confirm-open') as HTMLElement & { api: unknown; updateComplete: Promise<unknown> };
    el.addEventListener('open-request-resolved', (e) => resolved.push((e as CustomEvent<{ message: string }>).detail.message));
    el.api = api;
    stage.append(el);
    await el.updateComplete;
  }, { pending: options.pending ?? [], fail: options.fail ?? '' });
}

const feedRequest = { id: 'open-1', kind: 'subscribe', target: 'https://news.example/rss', problem: null };

test('a feed link pushed by the app asks before subscribing, and Subscribe answers yes', async ({ page }) => {
  await mountWithFakeApi(page);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await page.evaluate((r) => (window as unknown as { push(r: unknown): void }).push(r), feedRequest);
  const dialog = page.getByRole('dialog', { name: 'Subscribe to this feed?' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('https://news.example/rss');
  await dialog.getByRole('button', { name: 'Subscribe' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual([['open-1', true]]);
  expect(await page.evaluate(() => (window as unknown as { resolved: string[] }).resolved)).toEqual(['Subscribed to news.example.']);
});

test('requests waiting from before the window opened are shown one after another; Escape says no', async ({ page }) => {
  await mountWithFakeApi(page, {
    pending: [feedRequest, { id: 'open-2', kind: 'import-opml', target: 'mine.opml', problem: null }],
  });
  await expect(page.getByRole('dialog', { name: 'Subscribe to this feed?' })).toContainText('1 more waiting');
  await page.keyboard.press('Escape');
  const opml = page.getByRole('dialog', { name: 'Import these subscriptions?' });
  await expect(opml).toContainText('mine.opml');
  await opml.getByRole('button', { name: 'Import' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual([
    ['open-1', false],
    ['open-2', true],
  ]);
});

test('a refused file only explains, and a failed subscription shows why', async ({ page }) => {
  await mountWithFakeApi(page, {
    pending: [{ id: 'open-3', kind: 'import-opml', target: 'huge.opml', problem: '“huge.opml” is 9.0 MB, larger than the 5.0 MB an OPML subscription list can be.' }],
    fail: 'The site did not answer.',
  });
  const refused = page.getByRole('dialog', { name: 'This file cannot be imported' });
  await expect(refused.getByRole('alert')).toContainText('larger than the 5.0 MB');
  await expect(refused.getByRole('button', { name: 'Import' })).toHaveCount(0);
  await refused.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.evaluate((r) => (window as unknown as { push(r: unknown): void }).push(r), { ...feedRequest, id: 'open-4' });
  await page.getByRole('button', { name: 'Subscribe' }).click();
  const failed = page.getByRole('dialog', { name: 'This feed cannot be added' });
  await expect(failed.getByRole('alert')).toHaveText('The site did not answer.');
  await failed.getByRole('button', { name: 'Close' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { answers: unknown[] }).answers)).toEqual([
    ['open-3', false],
    ['open-4', true],
  ]);
});
