import { expect, test, type Page } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';
import { DEFAULT_PREFERENCES } from '../../../electron/shared/preferences.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

/** A fake api in the page holding preferences; `failSet` makes every set refuse. */
async function mountWithFakeApi(page: Page, options: { failSet?: boolean } = {}): Promise<void> {
  await mount(page, 'bs-preferences');
  await page.evaluate(
    ([opts, defaults]) => {
      const w = window as unknown as { prefs: Record<string, unknown>; calls: unknown[]; saved: unknown[] };
      w.prefs = { ...defaults };
      w.calls = [];
      w.saved = [];
      const el = document.querySelector('bs-preferences')!;
      el.addEventListener('preferences-saved', (e) => w.saved.push((e as CustomEvent).detail.foldStories));
      el.api = {
        preferences: {
          get: async () => ({ ...w.prefs }),
          set: async (patch: Record<string, unknown>) => {
            w.calls.push(patch);
            if (opts.failSet) throw new Error('The preferences file is read-only.');
            w.prefs = { ...w.prefs, ...patch };
            return { ...w.prefs };
          },
        },
        on: () => () => {},
      } as never;
    },
    [options, DEFAULT_PREFERENCES] as const,
  );
}

const state = (page: Page) =>
  page.evaluate(() => {
    const w = window as unknown as { prefs: { foldStories: boolean }; calls: unknown[]; saved: unknown[] };
    return { prefs: w.prefs, calls: w.calls, saved: w.saved };
  });

test('view.toggleFolding turns folding off and on again from what is stored', async ({ page }) => {
  await mountWithFakeApi(page);
  expect(DEFAULT_PREFERENCES.foldStories).toBe(true);
  await page.evaluate(() => document.querySelector('bs-preferences')!.toggleFolding());
  expect((await state(page)).prefs.foldStories).toBe(false);
  await page.evaluate(() => document.querySelector('bs-preferences')!.toggleFolding());
  const after = await state(page);
  expect(after.calls).toEqual([{ foldStories: false }, { foldStories: true }]);
  expect(after.saved).toEqual([false, true]);
});

test('a refused toggle changes nothing and fires nothing', async ({ page }) => {
  await mountWithFakeApi(page, { failSet: true });
  await page.evaluate(() => document.querySelector('bs-preferences')!.toggleFolding());
  const after = await state(page);
  expect(after.prefs.foldStories).toBe(true);
  expect(after.saved).toEqual([]);
});

test('the dialog shows folding as a toggle and saves it at once', async ({ page }) => {
  await mountWithFakeApi(page);
  await page.evaluate(() => document.querySelector('bs-preferences')!.show());
  const dialog = page.getByRole('dialog');
  const fold = dialog.getByRole('checkbox', { name: /Show one row per story/ });
  await expect(fold).toBeChecked();
  await fold.uncheck();
  await expect.poll(async () => (await state(page)).calls).toEqual([{ foldStories: false }]);
  await expect(fold).not.toBeChecked();
});
