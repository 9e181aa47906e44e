// The library store's part in folded stories (issue #17): the list is asked for folded pages as
// the preferences say, opening a story's lead reads the story once, Shift+A on a story's row
// marks that story, and articles joining stories reload the list in place.
import { expect, test, type Page } from '@playwright/test';
import { openControllerPage } from './testing/controller-page.ts';

test.beforeEach(async ({ page }) => openControllerPage(page));

const host = (page: Page) => page.locator('test-library-host');
const rows = (page: Page) => host(page).getByRole('listitem');
const calls = (page: Page, method: string) =>
  page.evaluate((m) => window.controllerTest.calls.filter((c) => c[0] === m).map((c) => c.slice(1)), method);

/** A list whose first row leads story 7 (articles 1, 2 and 3, all unread), then article 4 on its own. */
async function mountStory(page: Page, preferences: Record<string, unknown> = {}): Promise<void> {
  await page.evaluate(async (prefs) => {
    const t = window.controllerTest;
    const el = document.createElement('test-library-host');
    const marked = new Set<number>();
    const lead = () => {
      const readIn = (s: ReturnType<typeof t.summary>) => (marked.has(s.id) ? { ...s, read: true } : s);
      const others = [readIn(t.summary(2, { source: { id: 2, title: 'Meridian Post' } })), readIn(t.summary(3, { source: { id: 3, title: 'Capital Wire' } }))];
      const unread = [1, 2, 3].filter((id) => !marked.has(id)).length;
      return { ...readIn(t.summary(1)), story: { id: 7, others, unread } };
    };
    el.api = t.fakeApi(
      {
        library: {
          articles: async (q: never) => {
            const folded = (q as { fold?: boolean }).fold;
            const items = folded ? [lead(), t.summary(4)] : [t.summary(1), t.summary(2), t.summary(3), t.summary(4)];
            return { items, total: items.length, next: null };
          },
          markAllRead: async () => [4],
        },
        related: {
          markStoryRead: async (id: never) => {
            t.log.push(`markStoryRead ${id}`);
            for (const m of [1, 2, 3]) marked.add(m);
            return [1, 2, 3];
          },
        },
      },
      { lastView: 'all', ...prefs },
    );
    document.getElementById('stage')!.append(el);
    await el.library.start();
  }, preferences);
  await expect(rows(page)).not.toHaveCount(0);
}

const articleQueries = (page: Page) => calls(page, 'library.articles').then((c) => c.map(([q]) => q as { view: string; fold?: boolean; storyOrder?: string }));

test('the list is asked for folded pages while folding is on, in the chosen story order, and again unfolded when it is turned off', async ({ page }) => {
  await mountStory(page, { storyOrder: 'latest' });
  await expect(rows(page)).toHaveText(['Headline 1', 'Headline 4']);
  expect((await articleQueries(page))[0]).toMatchObject({ view: 'all', fold: true, storyOrder: 'latest' });

  await page.evaluate(async () => {
    const el = document.querySelector('test-library-host')!;
    const prefs = await el.api!.preferences.get();
    (el.api as unknown as { emit(e: string, p: unknown): void }).emit('preferencesChanged', { ...prefs, foldStories: false });
  });
  await expect(rows(page)).toHaveText(['Headline 1', 'Headline 2', 'Headline 3', 'Headline 4']);
  const last = (await articleQueries(page)).at(-1)!;
  expect(last.fold).toBeUndefined();
});

test('Bookmarks are never folded', async ({ page }) => {
  await mountStory(page);
  await page.evaluate(() => document.querySelector('test-library-host')!.library.selectView({ view: 'bookmarks', sourceId: null }));
  await expect.poll(async () => (await articleQueries(page)).at(-1)).toMatchObject({ view: 'bookmarks' });
  expect((await articleQueries(page)).at(-1)!.fold).toBeUndefined();
});

test("opening a story's lead reads the whole story once; an article on its own row reads only itself", async ({ page }) => {
  await mountStory(page);
  await page.evaluate(() => document.querySelector('test-library-host')!.library.select(1));
  await expect.poll(() => page.evaluate(() => window.controllerTest.log)).toEqual(['markStoryRead 1']);
  await expect(rows(page).first()).toHaveClass('read');
  const story = await page.evaluate(() => document.querySelector('test-library-host')!.library.items[0]!.story);
  expect(story!.unread).toBe(0);
  expect(story!.others.every((o) => o.read)).toBe(true);
  // The article on its own row is not part of any story.
  await page.evaluate(() => document.querySelector('test-library-host')!.library.select(4));
  expect(await page.evaluate(() => window.controllerTest.log)).toEqual(['markStoryRead 1']);
});

test('with read-once off, opening the lead reads only the lead', async ({ page }) => {
  await mountStory(page, { readStoryOnce: false });
  await page.evaluate(() => document.querySelector('test-library-host')!.library.select(1));
  await expect(rows(page).first()).toHaveClass('read');
  expect(await page.evaluate(() => window.controllerTest.log)).toEqual([]);
});

test('Shift+A on a folded story\'s row marks that story; pressed again, with the story read, it marks the list', async ({ page }) => {
  await mountStory(page, { markReadOnOpen: false });
  await page.evaluate(async () => {
    const el = document.querySelector('test-library-host')!;
    // The story's row, not expanded.
    el.library.select(1);
    await el.library.markAllRead();
  });
  expect(await page.evaluate(() => window.controllerTest.log)).toEqual(['markStoryRead 1']);
  expect(await calls(page, 'library.markAllRead')).toEqual([]);
  await expect(rows(page).first()).toHaveClass('read');
  await page.evaluate(() => document.querySelector('test-library-host')!.library.markAllRead());
  expect(await calls(page, 'library.markAllRead')).toHaveLength(1);
  expect(await page.evaluate(() => window.controllerTest.log)).toEqual(['markStoryRead 1']);
});

test('Shift+A on an open story marks that story; elsewhere it marks the list', async ({ page }) => {
  await mountStory(page, { markReadOnOpen: false });
  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.querySelector('test-library-host')!;
    t.fire(el, 'story-toggle', { storyId: 7, open: true });
    el.library.select(2);
    await el.library.markAllRead();
  });
  expect(await page.evaluate(() => window.controllerTest.log)).toEqual(['markStoryRead 1']);
  expect(await calls(page, 'library.markAllRead')).toEqual([]);

  await page.evaluate(async () => {
    const t = window.controllerTest;
    const el = document.querySelector('test-library-host')!;
    t.fire(el, 'story-toggle', { storyId: 7, open: false });
    await el.library.markAllRead();
  });
  expect(await calls(page, 'library.markAllRead')).toHaveLength(1);
});

test('articles joining stories reload the folded list in place, keeping the selection', async ({ page }) => {
  await mountStory(page, { markReadOnOpen: false });
  await page.evaluate(() => document.querySelector('test-library-host')!.library.select(4));
  const before = (await articleQueries(page)).length;
  await page.evaluate(() => {
    const el = document.querySelector('test-library-host')!;
    (el.api as unknown as { emit(e: string, p: unknown): void }).emit('libraryChanged', { reason: 'stories', articleIds: [2, 3] });
  });
  await expect.poll(async () => (await articleQueries(page)).length).toBe(before + 1);
  await expect(rows(page).nth(1)).toHaveAttribute('aria-selected', 'true');
});
