import { expect, test, type Page } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const ledger = {
  id: 4,
  title: 'Harbour Ledger',
  siteUrl: 'https://ledger.example/',
  feedUrl: 'https://ledger.example/rss.xml',
  folder: 'Morning',
  unread: 5,
  total: 9,
  lastSuccess: new Date(Date.now() - 2 * 3600_000).toISOString(),
  lastError: 'The site had a problem of its own (HTTP 500).',
  gone: false,
  refreshMinutes: null,
};

/**
 * A fake api in the page that records calls. `failSaves` makes setSourceRefresh refuse that many times;
 * `failUnsubscribe` makes unsubscribe refuse.
 */
async function mountWithFakeApi(page: Page, options: { failSaves?: number; failUnsubscribe?: boolean; failLead?: boolean; source?: Record<string, unknown> } = {}): Promise<void> {
  await mount(page, 'bs-source-settings', { defaultMinutes: 30 });
  await page.evaluate(
    ([opts, base]) => {
      const w = window as unknown as { calls: unknown[][]; events: unknown[][] };
      w.calls = [];
      w.events = [];
      let failures = opts.failSaves ?? 0;
      const el = document.querySelector('bs-source-settings')!;
      el.addEventListener('source-changed', (e) => {
        const changed = (e as CustomEvent).detail.source;
        w.events.push(['source-changed', 'storyLead' in changed ? { storyLead: changed.storyLead } : changed.refreshMinutes]);
      });
      el.addEventListener('source-removed', (e) => w.events.push(['source-removed', (e as CustomEvent).detail]));
      el.api = {
        feeds: {
          setRefresh: async (id: number, minutes: number | null) => {
            w.calls.push(['setSourceRefresh', id, minutes]);
            if (failures-- > 0) throw new Error('The library is busy; try again in a moment.');
            return { ...base, ...opts.source, refreshMinutes: minutes };
          },
          unsubscribe: async (id: number) => {
            w.calls.push(['unsubscribe', id]);
            if (opts.failUnsubscribe) throw new Error('Source 4 is not in the library.');
            return true;
          },
        },
        related: {
          setStoryLead: async (id: number, lead: boolean) => {
            w.calls.push(['setStoryLead', id, lead]);
            if (opts.failLead) throw new Error('Source 4 is not in the library.');
            return lead;
          },
        },
        on: () => () => {},
      } as never;
      void el.show({ ...base, ...opts.source } as never);
    },
    [options, ledger] as const,
  );
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls);
const events = (page: Page) => page.evaluate(() => (window as unknown as { events: unknown[][] }).events);

test('shows the feed address, last success, last problem and the interval it follows', async ({ page }) => {
  await mountWithFakeApi(page);
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription('Harbour Ledger');
  await expect(dialog.getByRole('definition').filter({ hasText: 'https://ledger.example/rss.xml' })).toBeVisible();
  await expect(dialog).toContainText('2 hours ago');
  await expect(dialog).toContainText('The site had a problem of its own (HTTP 500).');
  await expect(dialog).toContainText('Morning');
  const interval = dialog.getByLabel('Refresh every');
  await expect(interval).toBeFocused();
  await expect(interval.locator('option:checked')).toHaveText('Follow the preference (every 30 minutes)');
});

test('a chosen interval is saved for this source and the dialog closes', async ({ page }) => {
  await mountWithFakeApi(page);
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await dialog.getByLabel('Refresh every').selectOption({ label: '1 hour' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['setSourceRefresh', 4, 60]]);
  expect(await events(page)).toEqual([['source-changed', 60]]);
});

test('a failed save says why, keeps the dialog and the choice, and saving again works', async ({ page }) => {
  await mountWithFakeApi(page, { failSaves: 1 });
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await dialog.getByLabel('Refresh every').selectOption({ label: '6 hours' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('The refresh interval could not be saved: The library is busy; try again in a moment.');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Refresh every').locator('option:checked')).toHaveText('6 hours');
  expect(await events(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['setSourceRefresh', 4, 360], ['setSourceRefresh', 4, 360]]);
});

test('a source with its own interval shows it, and can go back to the preference', async ({ page }) => {
  await mountWithFakeApi(page, { source: { refreshMinutes: 45, lastError: null } });
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  // 45 minutes (set from the CLI) is not a preset, and is offered as it is.
  await expect(dialog.getByLabel('Refresh every').locator('option:checked')).toHaveText('45 minutes');
  await expect(dialog).toContainText('None: the last refresh worked.');
  await dialog.getByLabel('Refresh every').selectOption({ label: 'Follow the preference (every 30 minutes)' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['setSourceRefresh', 4, null]]);
});

test('unsubscribing asks first; keeping it changes nothing, confirming removes the source', async ({ page }) => {
  await mountWithFakeApi(page);
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await dialog.getByRole('button', { name: 'Unsubscribe…' }).click();
  const confirm = dialog.getByRole('group', { name: /Unsubscribe from Harbour Ledger\?/ });
  await expect(confirm).toContainText('Its articles leave your library; your bookmarks keep their title and link.');
  await expect(confirm.getByRole('button', { name: 'Keep subscription' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
  expect(await calls(page)).toEqual([]);

  await dialog.getByRole('button', { name: 'Unsubscribe…' }).click();
  await dialog.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['unsubscribe', 4]]);
  expect(await events(page)).toEqual([['source-removed', { sourceId: 4, title: 'Harbour Ledger' }]]);
});

test('a failed unsubscribe is explained and the source is kept', async ({ page }) => {
  await mountWithFakeApi(page, { failUnsubscribe: true });
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await dialog.getByRole('button', { name: 'Unsubscribe…' }).click();
  await dialog.getByRole('button', { name: 'Unsubscribe', exact: true }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Could not unsubscribe: Source 4 is not in the library.');
  await expect(dialog).toBeVisible();
  expect(await events(page)).toEqual([]);
});

test('a sample-edition source has no feed: no interval to set and nothing to unsubscribe', async ({ page }) => {
  await mountWithFakeApi(page, { source: { feedUrl: null, folder: 'Sample edition', lastSuccess: undefined, lastError: undefined, refreshMinutes: undefined } });
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog).toContainText('part of the sample edition');
  await expect(dialog.getByLabel('Refresh every')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: /Unsubscribe/ })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test("'Prefer as the story's lead' is saved when ticked and unticked, and the dialog stays open", async ({ page }) => {
  await mountWithFakeApi(page);
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  const lead = dialog.getByRole('checkbox', { name: "Prefer as the story's lead" });
  await expect(lead).not.toBeChecked();
  await expect(lead).toHaveAccessibleDescription(/the list shows this source's version first/);
  await lead.check();
  await expect(lead).toBeChecked();
  await expect(lead).toBeEnabled();
  await lead.uncheck();
  await expect(lead).not.toBeChecked();
  await expect(lead).toBeEnabled();
  await expect(dialog).toBeVisible();
  expect(await calls(page)).toEqual([['setStoryLead', 4, true], ['setStoryLead', 4, false]]);
  expect(await events(page)).toEqual([['source-changed', { storyLead: true }], ['source-changed', { storyLead: false }]]);
});

test("a source that already leads shows it ticked; a failed change says why and leaves the box as it was", async ({ page }) => {
  await mountWithFakeApi(page, { source: { storyLead: true }, failLead: true });
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  const lead = dialog.getByRole('checkbox', { name: "Prefer as the story's lead" });
  await expect(lead).toBeChecked();
  await lead.click();
  await expect(dialog.getByRole('alert')).toHaveText('The story lead could not be changed: Source 4 is not in the library.');
  await expect(lead).toBeChecked();
  expect(await events(page)).toEqual([]);
});

test("a sample-edition source can lead its stories too", async ({ page }) => {
  await mountWithFakeApi(page, { source: { feedUrl: null, folder: 'Sample edition', lastSuccess: undefined, lastError: undefined, refreshMinutes: undefined } });
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await dialog.getByRole('checkbox', { name: "Prefer as the story's lead" }).check();
  expect(await calls(page)).toEqual([['setStoryLead', 4, true]]);
});

/** A fake api for renaming, moving, keeping one of two copies of a feed and removing the sample edition. */
async function mountForManaging(page: Page, source: Record<string, unknown>): Promise<void> {
  await mount(page, 'bs-source-settings', { defaultMinutes: 30 });
  await page.evaluate(
    ([base, extra]) => {
      const w = window as unknown as { calls: unknown[][]; events: unknown[][] };
      w.calls = [];
      w.events = [];
      const el = document.querySelector('bs-source-settings')!;
      el.addEventListener('source-changed', (e) => w.events.push(['source-changed', (e as CustomEvent).detail.source.title, (e as CustomEvent).detail.source.folder]));
      el.addEventListener('source-removed', (e) => w.events.push(['source-removed', (e as CustomEvent).detail]));
      const shown = { ...base, ...extra };
      el.api = {
        feeds: {
          updateSource: async (id: number, change: Record<string, unknown>) => {
            w.calls.push(['updateSource', id, change]);
            return { ...shown, ...change, folder: change.folder === undefined ? shown.folder : change.folder || null };
          },
          setRefresh: async (id: number, minutes: number | null) => (w.calls.push(['setRefresh', id, minutes]), { ...shown, refreshMinutes: minutes }),
          unsubscribe: async (id: number) => (w.calls.push(['unsubscribe', id]), true),
        },
        library: { removeSampleEdition: async () => (w.calls.push(['removeSampleEdition']), { sources: 5, articles: 50 }) },
        on: () => () => {},
      } as never;
      void el.show(shown as never);
    },
    [ledger, source] as const,
  );
}

test('a source is renamed and moved to another folder, saved with Save', async ({ page }) => {
  await mountForManaging(page, {});
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog.getByLabel('Name')).toHaveValue('Harbour Ledger');
  await expect(dialog.getByLabel('Folder')).toHaveValue('Morning');
  await dialog.getByLabel('Name').fill('The Ledger');
  await dialog.getByLabel('Folder').fill('Evening papers');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['updateSource', 4, { title: 'The Ledger', folder: 'Evening papers' }]]);
  expect(await events(page)).toEqual([['source-changed', 'The Ledger', 'Evening papers']]);
  // Out of every folder: an empty folder field.
  await mountForManaging(page, {});
  await dialog.getByLabel('Folder').fill('');
  await dialog.getByRole('button', { name: 'Save' }).click();
  expect(await calls(page)).toEqual([['updateSource', 4, { folder: null }]]);
  // A blank name is not sent.
  await mountForManaging(page, {});
  await dialog.getByLabel('Name').fill('  ');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('A source needs a name.');
  expect(await calls(page)).toEqual([]);
});

test('a sample-edition source can be renamed and moved too, and the whole sample edition removed after a confirmation', async ({ page }) => {
  const edition = { feedUrl: null, folder: 'Sample edition', lastSuccess: undefined, lastError: undefined, refreshMinutes: undefined, sampleEdition: true };
  await mountForManaging(page, edition);
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await dialog.getByLabel('Folder').fill('Samples');
  await dialog.getByRole('button', { name: 'Save' }).click();
  expect(await calls(page)).toEqual([['updateSource', 4, { folder: 'Samples' }]]);

  await mountForManaging(page, edition);
  await dialog.getByRole('button', { name: 'Remove the sample edition…' }).click();
  await expect(dialog.getByRole('group')).toContainText('Remove the sample edition?');
  await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  expect(await calls(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Remove the sample edition…' }).click();
  await dialog.getByRole('button', { name: 'Remove the sample edition', exact: true }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['removeSampleEdition']]);
});

test('the same feed at a second address: the dialog says so and keeps the copy chosen', async ({ page }) => {
  const twin = { sameFeedAs: { id: 9, title: 'Harbour Ledger (mirror)' } };
  await mountForManaging(page, twin);
  const dialog = page.getByRole('dialog', { name: 'Source settings' });
  await expect(dialog.getByRole('group', { name: /same feed/i })).toContainText('Harbour Ledger (mirror)');
  await dialog.getByRole('button', { name: 'Keep this one' }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['unsubscribe', 9]]);
  expect(await events(page)).toEqual([['source-removed', { sourceId: 9, title: 'Harbour Ledger (mirror)' }]]);

  await mountForManaging(page, twin);
  await dialog.getByRole('button', { name: 'Keep “Harbour Ledger (mirror)”' }).click();
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['unsubscribe', 4]]);
  expect(await events(page)).toEqual([['source-removed', { sourceId: 4, title: 'Harbour Ledger' }]]);
  // A source with no twin says nothing about it.
  await mountForManaging(page, {});
  await expect(dialog.getByRole('group', { name: /same feed/i })).toHaveCount(0);
});
