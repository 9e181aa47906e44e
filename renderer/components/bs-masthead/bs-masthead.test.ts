import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const edition = { appName: 'Broadsheet', date: '2026-11-25', articleCount: 50, unreadCount: 12, bookmarkCount: 1, sourceCount: 8 };

test('shows the paper name and the edition date in words', async ({ page }) => {
  await mount(page, 'bs-masthead', { edition });
  await expect(page.getByRole('heading', { name: 'Broadsheet' })).toBeVisible();
  const expected = await page.evaluate(() => new Date(2026, 10, 25).toLocaleDateString(undefined, { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' }));
  await expect(page.locator('bs-masthead')).toContainText(expected);
  await expect(page.locator('bs-masthead')).toContainText('50 articles · 8 sources');
});

test('typing searches after a pause; Escape clears', async ({ page }) => {
  await mount(page, 'bs-masthead', { edition });
  await page.evaluate(() => {
    (window as unknown as { queries: string[] }).queries = [];
    document.querySelector('bs-masthead')!.addEventListener('search-change', (e) => (window as unknown as { queries: string[] }).queries.push((e as CustomEvent).detail.query));
  });
  await page.getByLabel('Search articles').fill('storm');
  await expect.poll(() => page.evaluate(() => (window as unknown as { queries: string[] }).queries)).toEqual(['storm']);
  await page.getByLabel('Search articles').press('Escape');
  await expect.poll(() => page.evaluate(() => (window as unknown as { queries: string[] }).queries)).toEqual(['storm', '']);
});

test('theme and text size controls announce the choice', async ({ page }) => {
  await mount(page, 'bs-masthead', { edition, theme: 'system' });
  const events = page.evaluate(
    () =>
      new Promise((resolve) => {
        const got: unknown[] = [];
        const el = document.querySelector('bs-masthead')!;
        el.addEventListener('theme-change', (e) => got.push((e as CustomEvent).detail));
        el.addEventListener('font-size-change', (e) => {
          got.push((e as CustomEvent).detail);
          resolve(got);
        });
      }),
  );
  await page.getByLabel('Theme').selectOption('dark');
  await page.getByRole('button', { name: 'Larger text' }).click();
  expect(await events).toEqual([{ theme: 'dark' }, { delta: 1 }]);
});

test('the tagline sits under the name unless the preference hides it', async ({ page }) => {
  await mount(page, 'bs-masthead', { edition });
  await expect(page.locator('bs-masthead').getByText('Focus on the big picture.')).toBeVisible();
  await mount(page, 'bs-masthead', { edition, showTagline: false });
  await expect(page.locator('bs-masthead').getByText('Focus on the big picture.')).toHaveCount(0);
});

test('the pane toggles say whether their pane is in view and run its command', async ({ page }) => {
  await mount(page, 'bs-masthead', { edition, panes: { sources: false, related: true } });
  const sources = page.getByRole('button', { name: 'Sources', exact: true });
  const related = page.getByRole('button', { name: 'Related stories', exact: true });
  await expect(sources).toHaveAttribute('aria-expanded', 'false');
  await expect(related).toHaveAttribute('aria-expanded', 'true');
  const ran = page.evaluate(
    () =>
      new Promise((resolve) => {
        const got: string[] = [];
        document.addEventListener('command-run', (e) => {
          got.push((e as CustomEvent<{ id: string }>).detail.id);
          if (got.length === 2) resolve(got);
        });
      }),
  );
  await sources.click();
  await related.click();
  expect(await ran).toEqual(['view.toggleSources', 'view.toggleRelated']);
});
