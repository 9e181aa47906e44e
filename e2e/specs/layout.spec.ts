// Issue #15, "Layout at every size" and the design brief's page: every pane reachable at every
// width from 800 px and at 200% zoom (a window at 200% lays out like one of half its size in CSS
// pixels, so 1440×900 at 200% is a 720×450 viewport), panes that fold away and come back, pane
// widths the person drags and keeps, the masthead's tagline and the reading pane's close button.
import { seriousViolations } from '../fixtures/axe.ts';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../fixtures/launch-app.ts';

const SIZES = [
  { name: '800×600', width: 800, height: 600 },
  { name: '1024×700', width: 1024, height: 700 },
  { name: '1440×900', width: 1440, height: 900 },
  { name: '1440×900 at 200% zoom', width: 720, height: 450 },
  { name: '1024×700 at 200% zoom', width: 512, height: 350 },
];

/** The pane's box lies inside the viewport and has room to show something. */
async function onScreen(page: Page, pane: Locator): Promise<void> {
  await expect(pane).toBeVisible();
  const box = (await pane.boundingBox())!;
  const viewport = page.viewportSize()!;
  expect(box.width).toBeGreaterThan(150);
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(viewport.width + 1);
}

/** The preferences as the library stored them (what a restart starts from). */
const stored = (page: Page) =>
  page.evaluate(async () => {
    const bridge = (window as unknown as { broadsheet: { preferences: { get(): Promise<{ ok: boolean; value: Record<string, unknown> }> } } }).broadsheet;
    return (await bridge.preferences.get()).value;
  });

const toggle = (page: Page, name: 'Sources' | 'Related stories') => page.locator('bs-masthead').getByRole('button', { name, exact: true });

/** Shows a side pane: already shown, or through its masthead toggle. */
async function reveal(page: Page, name: 'Sources' | 'Related stories', pane: Locator): Promise<void> {
  if (!(await pane.isVisible())) {
    await toggle(page, name).click();
    await expect(toggle(page, name)).toHaveAttribute('aria-expanded', 'true');
  }
  await onScreen(page, pane);
}

for (const size of SIZES) {
  test(`every pane is reachable at ${size.name}, nothing scrolls sideways, and axe finds nothing serious`, async ({ launchApp }) => {
    test.setTimeout(90_000);
    const { page } = await launchApp();
    await page.setViewportSize({ width: size.width, height: size.height });
    const list = page.locator('bs-article-list');
    const pane = page.locator('bs-reading-pane');
    const nav = page.locator('bs-nav');
    const related = page.locator('bs-related');
    await expect(list.getByRole('option').first()).toBeVisible();
    await onScreen(page, list);

    // The sources, with everything the sidebar offers.
    await reveal(page, 'Sources', nav);
    for (const name of [/^All articles/, /^Unread/, /^Bookmarks/, /^Big picture/, /^\+ Add source$/, /^Refresh$/]) {
      await expect(nav.getByRole('button', { name })).toBeInViewport();
    }
    expect(await seriousViolations(page), 'with the sources shown').toEqual([]);
    // Choosing a view brings the list back (over a narrow window, the sources step aside).
    await nav.getByRole('button', { name: /Unread/ }).click();
    await expect(list.getByRole('listbox')).toHaveAccessibleName('Unread');
    await onScreen(page, list);

    // An article: beside the list when there is room, else the whole width.
    await list.getByRole('option').first().click();
    await expect(pane.getByRole('heading', { level: 1 })).toBeVisible();
    await onScreen(page, pane);
    if (await list.isVisible()) {
      const [listBox, paneBox] = [(await list.boundingBox())!, (await pane.boundingBox())!];
      expect(paneBox.width, 'the reading column is never narrower than the list').toBeGreaterThanOrEqual(listBox.width);
    }

    // Related stories, for the open article.
    await reveal(page, 'Related stories', related);
    await expect(related.getByRole('heading', { name: 'Related stories' })).toBeInViewport();
    expect(await seriousViolations(page), 'with an article and related stories').toEqual([]);

    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    const masthead = await page.locator('bs-masthead').evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(masthead).toBeLessThanOrEqual(0);
  });
}

test('on a narrow window the list and the article take the whole width in turn; Enter opens, Escape and × go back with the article closed', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.setViewportSize({ width: 512, height: 350 });
  const list = page.locator('bs-article-list');
  const pane = page.locator('bs-reading-pane');
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(pane).toBeHidden();
  await list.getByRole('listbox').focus();
  await page.keyboard.press('j');
  await page.keyboard.press('Enter');
  await expect(pane.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(list).toBeHidden();
  expect((await pane.boundingBox())!.width).toBeGreaterThan(480);
  await page.keyboard.press('Escape');
  await expect(list).toBeVisible();
  await expect(pane).toBeHidden();
  // h and l walk into the article and back out again.
  await page.keyboard.press('o');
  await expect(pane).toBeVisible();
  await page.keyboard.press('h');
  await expect(list).toBeVisible();
  await page.keyboard.press('l');
  await expect(pane).toBeVisible();
  await pane.getByRole('button', { name: 'Close article' }).click();
  await expect(list).toBeVisible();
  await expect(list.getByRole('listbox')).toBeFocused();
});

test('the close button and Escape close the article: the list keeps its place, the pane is empty', async ({ launchApp }) => {
  const { page } = await launchApp();
  const list = page.locator('bs-article-list');
  const pane = page.locator('bs-reading-pane');
  await expect(list.getByRole('option').first()).toBeVisible();
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  const title = (await list.locator('[role="option"][aria-selected="true"] .title').textContent())!.trim();
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(title);
  await pane.getByRole('button', { name: 'Close article' }).click();
  await expect(pane.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(pane).toContainText('Choose an article');
  await expect(list.getByRole('listbox')).toBeFocused();
  // The list remembers where it was: Enter opens the same article again.
  await page.keyboard.press('Enter');
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(title);
  await page.keyboard.press('Escape');
  await expect(pane.getByRole('heading', { level: 1 })).toHaveCount(0);
  await expect(list.getByRole('listbox')).toBeFocused();
});

test('panes fold away and come back by toggle and by key, and stay folded after a restart', async ({ launchApp, profileDir }) => {
  let app = await launchApp();
  let page = app.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  const nav = () => page.locator('bs-nav');
  const related = () => page.locator('bs-related');
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await expect(nav()).toBeVisible();
  await expect(related()).toBeVisible();
  await toggle(page, 'Sources').click();
  await expect(nav()).toBeHidden();
  await expect(toggle(page, 'Sources')).toHaveAttribute('aria-expanded', 'false');
  await page.keyboard.press('Shift+R');
  await expect(related()).toBeHidden();
  await expect(page.locator('bs-app').getByRole('status').last()).toHaveText('Related stories hidden');
  await expect.poll(() => stored(page)).toMatchObject({ sourcesCollapsed: true, relatedCollapsed: true });
  await app.close();

  app = await launchApp({ profileDir });
  page = app.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await expect(nav()).toBeHidden();
  await expect(related()).toBeHidden();
  await page.keyboard.press('Shift+S');
  await expect(nav()).toBeVisible();
  await toggle(page, 'Related stories').click();
  await expect(related()).toBeVisible();
});

test('pane widths follow the dividers, by keyboard and by mouse, and are kept', async ({ launchApp, profileDir }) => {
  let app = await launchApp();
  let page = app.page;
  await page.setViewportSize({ width: 1920, height: 1000 });
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  const width = (selector: string) => page.locator(selector).evaluate((el) => Math.round(el.getBoundingClientRect().width));
  const before = await width('bs-nav');
  const divider = page.getByRole('separator', { name: 'Resize sources' });
  await divider.focus();
  for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowRight');
  await expect.poll(() => width('bs-nav')).toBe(before + 80);
  await expect(divider).toHaveAttribute('aria-valuenow', String(before + 80));

  const listDivider = page.getByRole('separator', { name: 'Resize article list' });
  const box = (await listDivider.boundingBox())!;
  const listBefore = await width('bs-article-list');
  await page.mouse.move(box.x + box.width / 2, box.y + 200);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 60, box.y + 200, { steps: 4 });
  await page.mouse.up();
  await expect.poll(() => width('bs-article-list')).toBe(listBefore + 60);
  await expect.poll(() => stored(page)).toMatchObject({ sourcesWidth: before + 80, listWidth: listBefore + 60 });
  await app.close();

  app = await launchApp({ profileDir });
  page = app.page;
  await page.setViewportSize({ width: 1920, height: 1000 });
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await expect.poll(() => width('bs-nav')).toBe(before + 80);
  await expect.poll(() => width('bs-article-list')).toBe(listBefore + 60);
});

test('the masthead carries its tagline, which a preference hides', async ({ launchApp, profileDir }) => {
  let app = await launchApp();
  let page = app.page;
  const tagline = () => page.locator('bs-masthead').getByText('Focus on the big picture.');
  await expect(tagline()).toBeVisible();
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('tagline');
  await page.keyboard.press('Enter');
  await expect(tagline()).toBeHidden();
  await app.close();
  app = await launchApp({ profileDir });
  page = app.page;
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await expect(tagline()).toBeHidden();
});
