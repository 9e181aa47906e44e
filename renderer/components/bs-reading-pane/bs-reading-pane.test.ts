import { expect, test } from '@playwright/test';
import { mount, openComponentPage, summary } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

function article(html: string, overrides: Record<string, unknown> = {}) {
  return { ...summary(7), html, lang: 'en', dir: 'ltr', wordCount: 900, ...overrides };
}

test('shows headline, byline, source, date, reading time and body', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>First paragraph.</p><h2>Sub</h2><p>Second.</p>') });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Headline number 7');
  await expect(page.getByText('Ada Quill')).toBeVisible();
  await expect(page.getByText('4 min read')).toBeVisible();
  await expect(page.getByText('Second.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Open original/ })).toBeVisible();
});

test('bookmark button reflects state and asks to toggle', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>x</p>', { bookmarked: true }) });
  const button = page.getByRole('button', { name: /Bookmarked/ });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const detail = page.evaluate(
    () => new Promise((resolve) => document.querySelector('bs-reading-pane')!.addEventListener('bookmark-toggle', (e) => resolve((e as CustomEvent).detail))),
  );
  await button.click();
  expect(await detail).toEqual({ id: 7, bookmarked: false });
});

test('hostile markup handed to the pane does not run', async ({ page }) => {
  await mount(page, 'bs-reading-pane', {
    state: 'ready',
    article: article(
      '<p>Safe text</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
        '<a href="javascript:window.__pwned=3">link</a><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
    ),
  });
  await expect(page.getByText('Safe text')).toBeVisible();
  await page.getByText('link').click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const body = page.locator('bs-reading-pane .body');
  await expect(body.locator('script, iframe')).toHaveCount(0);
  await expect(body.locator('[onerror]')).toHaveCount(0);
});

test('right-to-left articles are laid out right to left', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>مرحبا</p>', { lang: 'ar', dir: 'rtl' }) });
  await expect(page.locator('bs-reading-pane article')).toHaveAttribute('dir', 'rtl');
});

test('empty and error states explain themselves', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'empty' });
  await expect(page.getByText('Choose an article')).toBeVisible();
  await mount(page, 'bs-reading-pane', { state: 'error', errorMessage: 'Article 9 is not in the library.' });
  await expect(page.getByRole('alert')).toContainText('Article 9 is not in the library.');
});
