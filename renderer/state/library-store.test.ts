// The library store (renderer/state/library-store.ts) on its own, in a test host that shows the
// list, the open article, the counts and the live region, over a fake library client. (The
// components project runs tests under renderer/components only, so bs-app's controllers are
// tested here, beside the element they came out of.)
import { expect, test, type Page } from '@playwright/test';
import { openControllerPage } from './testing/controller-page.ts';

test.beforeEach(async ({ page }) => openControllerPage(page));

const host = (page: Page) => page.locator('test-library-host');
const rows = (page: Page) => host(page).getByRole('listitem');
const status = (page: Page) => host(page).getByRole('status');
const calls = (page: Page, method: string) =>
  page.evaluate((m) => window.controllerTest.calls.filter((c) => c[0] === m).map((c) => c.slice(1)), method);

test('opens in the view and on the article the person left, with the counts', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    el.api = t.fakeApi(
      {
        library: {
          articles: async (q: never) => ((q as { view: string }).view === 'unread' ? { items: [t.summary(1), t.summary(2)], total: 2, next: null } : { items: [t.summary(3)], total: 1, next: null }),
          edition: async () => ({ appName: 'Broadsheet', date: '2026-11-25', articleCount: 3, unreadCount: 2, bookmarkCount: 0, sourceCount: 1 }),
        },
      },
      { lastView: 'unread', lastArticleId: 2 },
    );
    document.getElementById('stage')!.append(el);
    await el.library.start();
  });
  await expect(host(page).getByRole('heading')).toHaveText('Unread');
  await expect(rows(page)).toHaveText(['Headline 1', 'Headline 2']);
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(host(page).locator('.open')).toHaveText('Headline 2');
  await expect(host(page).locator('.counts')).toHaveText('2 unread');
});

test('a slow answer to an earlier search never replaces the answer to a later one', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    el.api = t.fakeApi({
      library: {
        search: async (query: never) => {
          if (query === 'storm') {
            await t.sleep(300);
            t.log.push('storm answered');
            return [t.summary(1, { title: 'Storm warning' })];
          }
          return [t.summary(2, { title: 'Harbour reopens' })];
        },
      },
    });
    document.getElementById('stage')!.append(el);
    await el.library.start();
    t.fire(el, 'search-change', { query: ' storm ' });
    t.fire(el, 'search-change', { query: 'harbour' });
  });
  await expect(host(page).getByRole('heading')).toHaveText('Search: harbour');
  await expect(rows(page)).toHaveText(['Harbour reopens']);
  await expect.poll(() => page.evaluate(() => window.controllerTest.log)).toContain('storm answered');
  await expect(rows(page)).toHaveText(['Harbour reopens']);
  expect(await calls(page, 'library.search')).toEqual([['storm', 50], ['harbour', 50]]);
});

test('more rows are added as the list asks for them; a page that arrives after the view changed is dropped', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    const pages: Record<string, { items: number[]; total: number | null; next: string | null }> = {
      'all:': { items: [1, 2], total: 4, next: 'all-2' },
      'all:all-2': { items: [3, 4], total: null, next: null },
      'unread:': { items: [5, 6], total: 3, next: 'unread-2' },
      'unread:unread-2': { items: [7], total: null, next: null },
      'bookmarks:': { items: [9], total: 1, next: null },
    };
    el.api = t.fakeApi({
      library: {
        articles: async (q: never) => {
          const { view, cursor } = q as { view: string; cursor?: string };
          if (cursor === 'unread-2') await t.sleep(300);
          const page = pages[`${view}:${cursor ?? ''}`]!;
          if (cursor === 'unread-2') t.log.push('second unread page answered');
          return { ...page, items: page.items.map((id) => t.summary(id)) };
        },
      },
    });
    document.getElementById('stage')!.append(el);
    await el.library.start();
  });
  await expect(rows(page)).toHaveText(['Headline 1', 'Headline 2']);
  await expect(host(page).locator('.more')).toBeVisible();
  await page.evaluate(() => window.controllerTest.fire(document.querySelector('test-library-host')!, 'list-more'));
  await expect(rows(page)).toHaveText(['Headline 1', 'Headline 2', 'Headline 3', 'Headline 4']);
  await expect(host(page).locator('.more')).toHaveCount(0);

  await page.evaluate(() => {
    const { fire } = window.controllerTest;
    const el = document.querySelector('test-library-host')!;
    fire(el, 'view-select', { view: 'unread', sourceId: null });
  });
  await expect(rows(page)).toHaveText(['Headline 5', 'Headline 6']);
  await page.evaluate(() => {
    const { fire } = window.controllerTest;
    const el = document.querySelector('test-library-host')!;
    fire(el, 'list-more');
    fire(el, 'view-select', { view: 'bookmarks', sourceId: null });
  });
  await expect(host(page).getByRole('heading')).toHaveText('Bookmarks');
  await expect.poll(() => page.evaluate(() => window.controllerTest.log)).toContain('second unread page answered');
  await expect(rows(page)).toHaveText(['Headline 9']);
  // The view chosen is remembered for the next start.
  expect(await calls(page, 'preferences.set')).toEqual([[{ lastView: 'unread' }], [{ lastView: 'bookmarks' }]]);
});

test('a list that cannot be loaded says why, and loads when the person tries again', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    let failures = 1;
    el.api = t.fakeApi({
      library: {
        articles: async () => {
          if (failures-- > 0) throw new Error('The library is busy; try again in a moment.');
          return { items: [t.summary(1)], total: 1, next: null };
        },
      },
    });
    document.getElementById('stage')!.append(el);
    await el.library.start();
  });
  await expect(host(page).locator('.list-state')).toHaveText('Failed: The library is busy; try again in a moment.');
  await page.evaluate(() => window.controllerTest.fire(document.querySelector('test-library-host')!, 'list-retry'));
  await expect(host(page).locator('.list-state')).toHaveText('ready');
  await expect(rows(page)).toHaveText(['Headline 1']);
});

test('library changes: one count refresh after a burst, arrivals shown at the top of a view but not over search results, every change heard', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    let unread = 5;
    let newest = [1];
    const api = t.fakeApi({
      library: {
        articles: async () => ({ items: newest.map((id) => t.summary(id)), total: newest.length, next: null }),
        search: async () => [t.summary(1, { title: 'Found' })],
        edition: async () => ({ appName: 'Broadsheet', date: '2026-11-25', articleCount: 9, unreadCount: unread, bookmarkCount: 0, sourceCount: 1 }),
      },
    });
    el.api = api;
    document.getElementById('stage')!.append(el);
    await el.library.start();
    el.library.on('library-changed', (change) => t.log.push(`heard ${change.reason}`));
    // j j j: three articles marked read in a burst.
    for (const id of [1, 2, 3]) {
      unread--;
      api.emit('libraryChanged', { reason: 'read', articleIds: [id] });
    }
    (window as unknown as { arrive: (ids: number[]) => void }).arrive = (ids) => {
      newest = [...ids, ...newest];
      api.emit('libraryChanged', { reason: 'refresh', articleIds: ids });
    };
  });
  await expect(host(page).locator('.counts')).toHaveText('2 unread');
  expect(await calls(page, 'library.edition')).toHaveLength(2);
  expect(await page.evaluate(() => window.controllerTest.log)).toEqual(['heard read', 'heard read', 'heard read']);

  await page.evaluate(() => (window as unknown as { arrive: (ids: number[]) => void }).arrive([10]));
  await expect(rows(page)).toHaveText(['Headline 10', 'Headline 1']);

  await page.evaluate(() => window.controllerTest.fire(document.querySelector('test-library-host')!, 'search-change', { query: 'found' }));
  await expect(rows(page)).toHaveText(['Found']);
  const listLoads = (await calls(page, 'library.articles')).length;
  await page.evaluate(() => (window as unknown as { arrive: (ids: number[]) => void }).arrive([11]));
  await expect.poll(() => page.evaluate(() => window.controllerTest.log.filter((l) => l === 'heard refresh').length)).toBe(2);
  await expect(rows(page)).toHaveText(['Found']);
  expect(await calls(page, 'library.articles')).toHaveLength(listLoads);
});

test('a chosen theme and text size are stored and heard by listeners; text size stays within its bounds', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    el.api = t.fakeApi({}, { fontSize: 31 });
    document.getElementById('stage')!.append(el);
    el.library.on('preferences-changed', (prefs) => t.log.push(`${prefs.theme} ${prefs.fontSize}px`));
    await el.library.start();
    t.fire(el, 'theme-change', { theme: 'dark' });
    await t.sleep(0);
    t.fire(el, 'font-size-change', { delta: 1 });
    await t.sleep(0);
    t.fire(el, 'font-size-change', { delta: 1 });
    await t.sleep(0);
    await el.library.changeFontSize(0);
  });
  expect(await page.evaluate(() => window.controllerTest.log)).toEqual(['system 31px', 'dark 31px', 'dark 32px', 'dark 32px', 'dark 18px']);
  expect(await calls(page, 'preferences.set')).toEqual([[{ theme: 'dark' }], [{ fontSize: 32 }], [{ fontSize: 32 }], [{ fontSize: 18 }]]);
});

test('removing a bookmark updates the row and the open article, says so, and Bookmarks no longer lists it', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    let bookmarked = true;
    el.api = t.fakeApi(
      {
        library: {
          articles: async () => ({ items: bookmarked ? [t.summary(1, { bookmarked: true, read: true })] : [], total: bookmarked ? 1 : 0, next: null }),
          article: async (id: never) => ({ ...t.summary(id as number, { bookmarked, read: true, title: bookmarked ? 'Headline 1 (kept)' : 'Headline 1' }), html: '<p>Body.</p>', lang: 'en', dir: 'ltr', wordCount: 2 }),
          setBookmarked: async (id: never, value: never) => ((bookmarked = value as boolean), t.summary(id as number, { bookmarked, read: true })),
        },
      },
      { lastView: 'bookmarks' },
    );
    document.getElementById('stage')!.append(el);
    await el.library.start();
    el.library.select(1);
  });
  await expect(rows(page)).toHaveText(['Headline 1 ★']);
  await expect(host(page).locator('.open')).toHaveText('Headline 1 (kept)');
  await page.evaluate(() => window.controllerTest.fire(document.querySelector('test-library-host')!, 'bookmark-toggle', { id: 1, bookmarked: false }));
  await expect(status(page)).toHaveText('Bookmark removed');
  await expect(host(page).locator('.open')).toHaveText('Headline 1');
  await expect(rows(page)).toHaveCount(0);
});

test('mark all as read over search results marks only the rows shown, and says how many', async ({ page }) => {
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    el.api = t.fakeApi({
      library: {
        search: async () => [t.summary(1), t.summary(2, { read: true }), t.summary(3)],
        setReadMany: async (ids: never) => (ids as number[]).length,
        markAllRead: async () => [99],
      },
    });
    document.getElementById('stage')!.append(el);
    await el.library.start();
    await el.library.search('ledger');
    await el.library.markAllRead();
  });
  expect(await calls(page, 'library.setReadMany')).toEqual([[[1, 3], true]]);
  expect(await calls(page, 'library.markAllRead')).toEqual([]);
  await expect(status(page)).toHaveText('2 articles marked as read');
});
