import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => {
  // Interception is on from the start, so no chooser can open natively before a test's waitForEvent takes effect.
  page.on('filechooser', () => {});
  await openComponentPage(page);
});

interface FakeOptions {
  /** What importOpml answers; a string makes it refuse with that message. */
  opml?: { added: number; skipped: number; problems: string[] } | string;
  bookmarks?: { imported: number; matched: number; problems: string[] } | string;
  bookmarkTotal?: number;
  exportedOpml?: string;
}

/** Mounts the element with a fake api in the page that records every call and every event. */
async function mountWithFakeApi(page: Page, options: FakeOptions = {}): Promise<void> {
  await mount(page, 'bs-import-export');
  await page.evaluate((opts) => {
    const w = window as unknown as { calls: unknown[][]; events: unknown[][] };
    w.calls = [];
    w.events = [];
    const el = document.querySelector('bs-import-export')!;
    el.addEventListener('library-imported', (e) => w.events.push(['library-imported', (e as CustomEvent).detail]));
    el.addEventListener('export-done', (e) => w.events.push(['export-done', (e as CustomEvent).detail.message]));
    const answer = <T,>(value: T | string | undefined, fallback: T) => {
      if (typeof value === 'string') throw new Error(value);
      return value ?? fallback;
    };
    el.api = {
      feeds: {
        importOpml: async (text: string) => {
          w.calls.push(['importOpml', text.length]);
          return answer(opts.opml, { added: 0, skipped: 0, problems: [] });
        },
        exportOpml: async () => {
          w.calls.push(['exportOpml']);
          return opts.exportedOpml ?? '<?xml version="1.0"?><opml version="2.0"><head/><body></body></opml>';
        },
      },
      bookmarks: {
        import: async (text: string) => {
          w.calls.push(['importBookmarks', text.length]);
          return answer(opts.bookmarks, { imported: 0, matched: 0, problems: [] });
        },
        export: async (format: string) => {
          w.calls.push(['exportBookmarks', format]);
          return format === 'json' ? '{"format":"broadsheet-bookmarks"}' : `# Bookmarks (${format})`;
        },
      },
      library: { articles: async () => ({ items: [], total: opts.bookmarkTotal ?? 0, next: null }) },
      on: () => () => {},
    } as never;
  }, options);
}

const calls = (page: Page) => page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls);
const events = (page: Page) => page.evaluate(() => (window as unknown as { events: unknown[][] }).events);

async function chooseFile(page: Page, dialogButton: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('dialog').getByRole('button', { name: dialogButton }).click();
  await (await chooser).setFiles(file);
}

const opmlFile = (body: string, name = 'feeds.opml') => ({ name, mimeType: 'text/x-opml', buffer: Buffer.from(body) });

test('importing OPML: the chooser takes OPML files, and the summary counts what was added, already there and refused, with reasons', async ({ page }) => {
  await mountWithFakeApi(page, { opml: { added: 3, skipped: 1, problems: ['"Bad scheme" was skipped: its feed address is not an http or https address.'] } });
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showImportSubscriptions());
  const dialog = page.getByRole('dialog', { name: 'Import subscriptions' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(/OPML file exported from another feed reader/);
  const choose = dialog.getByRole('button', { name: 'Choose OPML file…' });
  await expect(choose).toBeFocused();

  const chooser = page.waitForEvent('filechooser');
  await choose.press('Enter');
  const fileChooser = await chooser;
  expect(fileChooser.isMultiple()).toBe(false);
  expect(await fileChooser.element().getAttribute('accept')).toBe('.opml,.xml,text/x-opml,application/xml');
  const xml = readFileSync(new URL('../../../e2e/fixtures/feeds/opml-nested.opml', import.meta.url), 'utf8');
  await fileChooser.setFiles(opmlFile(xml, 'from-other-reader.opml'));

  await expect(dialog.getByRole('status')).toHaveText('Added 3 sources from “from-other-reader.opml”.');
  const counts = dialog.getByRole('list', { name: 'What happened' });
  await expect(counts.getByRole('listitem')).toHaveText(['3 added', '1 already in your library', '1 could not be added']);
  await expect(dialog.getByRole('list', { name: 'Not imported' })).toHaveText(/"Bad scheme" was skipped: its feed address is not an http or https address\./);
  expect(await calls(page)).toEqual([['importOpml', xml.length]]);
  expect(await events(page)).toEqual([['library-imported', { kind: 'subscriptions', added: 3 }]]);

  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();
});

test('a file that is not OPML gets the library’s plain message, says nothing changed, and another file can be chosen', async ({ page }) => {
  await mountWithFakeApi(page, { opml: 'This file is not OPML that Broadsheet can read. Export your subscriptions again from the other reader and try that file.' });
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showImportSubscriptions());
  const dialog = page.getByRole('dialog', { name: 'Import subscriptions' });
  await chooseFile(page, 'Choose OPML file…', opmlFile('<opml version="2.0"><body><outline text="a"', 'broken.opml'));
  await expect(dialog.getByRole('alert')).toHaveText(
    'This file is not OPML that Broadsheet can read. Export your subscriptions again from the other reader and try that file. Nothing was changed.',
  );
  await expect(dialog.getByRole('list', { name: 'What happened' })).toHaveCount(0);
  expect(await events(page)).toEqual([]);
  await expect(dialog.getByRole('button', { name: 'Choose another file…' })).toBeEnabled();
});

test('an empty file and a file over MAX_OPML are refused before the library is asked', async ({ page }) => {
  await mountWithFakeApi(page);
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showImportSubscriptions());
  const dialog = page.getByRole('dialog', { name: 'Import subscriptions' });
  await chooseFile(page, 'Choose OPML file…', opmlFile('  \n', 'empty.opml'));
  await expect(dialog.getByRole('alert')).toHaveText('“empty.opml” is empty. Choose the file your other reader saved. Nothing was changed.');

  await chooseFile(page, 'Choose another file…', opmlFile('x'.repeat(6.5 * 1024 * 1024), 'huge.opml'));
  await expect(dialog.getByRole('alert')).toHaveText('“huge.opml” is 6.5 MB, larger than the 5 MB an OPML subscription list can be. It is probably not one. Nothing was changed.');
  expect(await calls(page)).toEqual([]);
});

test('an OPML with no feeds, or only feeds already followed, says so plainly', async ({ page }) => {
  await mountWithFakeApi(page, { opml: { added: 0, skipped: 2, problems: [] } });
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showImportSubscriptions());
  const dialog = page.getByRole('dialog', { name: 'Import subscriptions' });
  await chooseFile(page, 'Choose OPML file…', opmlFile('<opml/>', 'again.opml'));
  await expect(dialog.getByRole('status')).toHaveText('Nothing new in “again.opml”: you already follow all 2 of its feeds.');

  await mountWithFakeApi(page, { opml: { added: 0, skipped: 0, problems: [] } });
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showImportSubscriptions());
  await chooseFile(page, 'Choose OPML file…', opmlFile('<opml version="2.0"><head/><body/></opml>', 'bare.opml'));
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('“bare.opml” lists no feeds, so nothing was added.');
  expect(await events(page)).toEqual([]);
});

test('an ISO-8859-1 OPML is read in the encoding it declares', async ({ page }) => {
  await mountWithFakeApi(page, { opml: { added: 1, skipped: 0, problems: [] } });
  await page.evaluate(() => {
    const el = document.querySelector('bs-import-export')!;
    const api = el.api as unknown as { feeds: Record<string, unknown> };
    api.feeds.importOpml = async (text: string) => {
      (window as unknown as { calls: unknown[][] }).calls.push(['importOpml', text.match(/text="([^"]+)"/)![1]]);
      return { added: 1, skipped: 0, problems: [] };
    };
    void el.showImportSubscriptions();
  });
  const latin1 = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><opml version="2.0"><body><outline text="Café Crème" xmlUrl="https://cafe.example/rss"/></body></opml>', 'latin1');
  await chooseFile(page, 'Choose OPML file…', { name: 'latin1.opml', mimeType: 'text/x-opml', buffer: latin1 });
  await expect(page.getByRole('dialog').getByRole('status')).toHaveText('Added 1 source from “latin1.opml”.');
  expect(await calls(page)).toEqual([['importOpml', 'Café Crème']]);
});

test('exporting subscriptions downloads broadsheet-subscriptions.opml; with no feeds nothing is downloaded and the reason is given', async ({ page }) => {
  const opml = '<?xml version="1.0"?><opml version="2.0"><head><title>Broadsheet subscriptions</title></head><body><outline text="News"><outline type="rss" text="Ledger" xmlUrl="https://ledger.example/rss.xml"/></outline><outline type="rss" text="Orbit" xmlUrl="https://orbit.example/feed.json"/></body></opml>';
  await mountWithFakeApi(page, { exportedOpml: opml });
  const download = page.waitForEvent('download');
  const message = await page.evaluate(() => document.querySelector('bs-import-export')!.exportSubscriptions());
  expect(message).toBe('Exported 2 subscriptions to broadsheet-subscriptions.opml');
  const file = await download;
  expect(file.suggestedFilename()).toBe('broadsheet-subscriptions.opml');
  expect(readFileSync(await file.path(), 'utf8')).toBe(opml);

  await mountWithFakeApi(page);
  let downloaded = false;
  page.on('download', () => (downloaded = true));
  expect(await page.evaluate(() => document.querySelector('bs-import-export')!.exportSubscriptions())).toBe(
    'There are no feed subscriptions to export yet: the sample edition’s sources have no feeds.',
  );
  await page.waitForTimeout(200);
  expect(downloaded).toBe(false);
});

test('exporting bookmarks: choose a format by keyboard, the file downloads with its name, and the dialog closes', async ({ page }) => {
  await mountWithFakeApi(page, { bookmarkTotal: 2 });
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showExportBookmarks());
  const dialog = page.getByRole('dialog', { name: 'Export bookmarks' });
  await expect(dialog).toHaveAccessibleDescription('2 bookmarked articles, each with its full text, saved as one file.');
  const markdown = dialog.getByRole('radio', { name: 'Markdown' });
  await expect(markdown).toBeChecked();
  await expect(markdown).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'HTML' })).toBeChecked();
  await page.keyboard.press('ArrowDown');
  await expect(dialog.getByRole('radio', { name: 'JSON' })).toBeChecked();
  await expect(dialog.getByRole('radio', { name: 'JSON' })).toHaveAccessibleDescription(/Import bookmarks brings them back/);

  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('broadsheet-bookmarks.json');
  expect(readFileSync(await file.path(), 'utf8')).toBe('{"format":"broadsheet-bookmarks"}');
  await expect(dialog).toBeHidden();
  expect(await calls(page)).toEqual([['exportBookmarks', 'json']]);
  expect(await events(page)).toEqual([['export-done', 'Exported 2 bookmarks as JSON to broadsheet-bookmarks.json']]);
});

test('with no bookmarks the export dialog says how to make one and cannot export', async ({ page }) => {
  await mountWithFakeApi(page, { bookmarkTotal: 0 });
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showExportBookmarks());
  const dialog = page.getByRole('dialog', { name: 'Export bookmarks' });
  await expect(dialog).toHaveAccessibleDescription('You have no bookmarks yet. Press b on an article to keep it; then you can export it here.');
  await expect(dialog.getByRole('button', { name: 'Export' })).toBeDisabled();
});

test('importing bookmarks takes JSON and reports new, matched and unusable entries', async ({ page }) => {
  await mountWithFakeApi(page, { bookmarks: { imported: 2, matched: 1, problems: ['Entry 4 has no title or address.'] } });
  await page.evaluate(() => void document.querySelector('bs-import-export')!.showImportBookmarks());
  const dialog = page.getByRole('dialog', { name: 'Import bookmarks' });
  const chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose JSON file…' }).click();
  const fileChooser = await chooser;
  expect(await fileChooser.element().getAttribute('accept')).toBe('.json,application/json');
  await fileChooser.setFiles({ name: 'saved.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"broadsheet-bookmarks"}') });
  await expect(dialog.getByRole('status')).toHaveText('Bookmarked 3 articles from “saved.json”.');
  await expect(dialog.getByRole('list', { name: 'What happened' }).getByRole('listitem')).toHaveText(['2 added to your library', '1 already in your library', '1 could not be used']);
  await expect(dialog.getByRole('list', { name: 'Not imported' })).toHaveText('Entry 4 has no title or address.');
  expect(await events(page)).toEqual([['library-imported', { kind: 'bookmarks', added: 3 }]]);
});
