// Accessibility: axe-core on each main view (no serious or critical violations),
// roles and names, forced colours, reduced motion and 200% zoom.
import { seriousViolations } from '../fixtures/axe.ts';
import type { Page } from '@playwright/test';
import { expect, test } from '../fixtures/launch-app.ts';

async function openArticle(page: Page): Promise<void> {
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('bs-related button[data-article-id]').first()).toBeVisible();
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: list, article and related sidebar have no serious violations (${scheme})`, async ({ launchApp }) => {
    const { page } = await launchApp({ colorScheme: scheme });
    await openArticle(page);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('axe: Bookmarks, the help overlay, the palette, the keymap editor and the Big picture', async ({ launchApp }) => {
  // Five full axe runs on two cores take longer than the default test timeout.
  test.setTimeout(120_000);
  const { page } = await launchApp();
  await openArticle(page);
  await page.keyboard.press('b');
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page.locator('bs-article-list').getByRole('option')).toHaveCount(1);
  expect(await seriousViolations(page), 'bookmarks').toEqual([]);

  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page), 'help').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible();
  expect(await seriousViolations(page), 'palette').toEqual([]);
  await page.keyboard.type('customize');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: 'Customize keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page), 'keymap editor').toEqual([]);
  await page.keyboard.press('Escape');

  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page.locator('bs-big-picture')).toBeVisible();
  await expect(page.locator('bs-big-picture')).not.toHaveAttribute('state', 'loading');
  expect(await seriousViolations(page), 'big picture').toEqual([]);
});

test('semantic roles: listbox with selection, article, complementary sidebar, modal dialogs', async ({ launchApp }) => {
  const { page } = await launchApp();
  await openArticle(page);
  const listbox = page.locator('bs-article-list').getByRole('listbox');
  await expect(listbox).toHaveAttribute('aria-activedescendant', /article-\d+/);
  await expect(listbox.getByRole('option', { selected: true })).toHaveCount(1);
  await expect(page.locator('bs-reading-pane').getByRole('article')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Related stories' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Views and sources' })).toBeVisible();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  // A modal dialog: everything behind it is inert, so Tab cannot leave it.
  expect(await dialog.evaluate((d) => (d as HTMLDialogElement).matches(':modal'))).toBe(true);
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press('Tab');
    // Focus is inside the dialog, or briefly in the browser's own UI, never on the page behind.
    const where = await dialog.evaluate((d) => {
      const active = (d.getRootNode() as ShadowRoot).activeElement;
      if (active && d.contains(active)) return 'dialog';
      return document.activeElement === document.body || document.activeElement === null ? 'browser' : 'page';
    });
    expect(where).not.toBe('page');
  }
});

test('the selected article is scrolled into view as the selection moves', async ({ launchApp }) => {
  const { page } = await launchApp();
  await openArticle(page);
  await page.locator('bs-article-list').getByRole('listbox').focus();
  for (let i = 0; i < 25; i++) await page.keyboard.press('j');
  const selected = page.locator('bs-article-list [role="option"][aria-selected="true"]');
  await expect(selected).toBeInViewport();
});

test('forced colours and reduced motion are honoured', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.emulateMedia({ forcedColors: 'active', reducedMotion: 'reduce' });
  await openArticle(page);
  // Focus stays visible in forced colours: the outline uses a system colour.
  await page.locator('bs-article-list').getByRole('listbox').focus();
  await page.keyboard.press('l');
  const outline = await page.locator('bs-reading-pane').evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).toBe('solid');
  await page.keyboard.press('?');
  const animation = await page.locator('bs-help dialog').evaluate((el) => getComputedStyle(el).animationName);
  expect(animation).toBe('none');
  expect(await seriousViolations(page)).toEqual([]);
});

test('layout holds at 200% zoom: nothing cut off, no sideways scrolling of the page', async ({ launchApp }) => {
  const { page } = await launchApp();
  // 200% zoom of the 1400×900 test window is a 700×450 CSS-pixel viewport at twice the pixel density.
  await page.setViewportSize({ width: 700, height: 450 });
  await page.evaluate(() => (document.documentElement.style.zoom = '1'));
  await openArticle(page).catch(() => {});
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toBeVisible();
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
    masthead: (() => {
      const header = document.querySelector('bs-app')!.shadowRoot!.querySelector('bs-masthead')!;
      return header.scrollWidth - header.clientWidth;
    })(),
  }));
  expect(overflow.page).toBeLessThanOrEqual(0);
  expect(overflow.masthead).toBeLessThanOrEqual(0);
  // The search field, the reading pane's headline and the listen bar are all reachable on screen.
  await expect(page.locator('bs-masthead input[type="search"]')).toBeInViewport();
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toBeInViewport();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(700);
  expect(box.y + box.height).toBeLessThanOrEqual(450);
});
