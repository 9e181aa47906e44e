// Subscriptions and bookmarks in and out of the app as a reader does it: an OPML file from
// another reader chosen in the import dialog (palette or File menu), its folders in the source
// list, the subscriptions saved again as OPML, bookmarks saved as Markdown, and a broken file
// refused with a plain message while the library keeps what it had.
import { seriousViolations } from '../fixtures/axe.ts';
import { readFileSync } from 'node:fs';
import type { Download, Page } from '@playwright/test';
import { start, threeFeedRoutes, type FixtureServer } from '../fixtures/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';

let server: FixtureServer;

test.beforeEach(async () => {
  server = await start({ routes: threeFeedRoutes() });
});
test.afterEach(async () => server.close());

const status = (page: Page) => page.locator('bs-app').getByRole('status').last();

async function fromPalette(page: Page, words: string): Promise<void> {
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type(words);
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
}

/**
 * Playwright turns file-chooser interception on when the first listener is added, one round trip
 * behind; a listener for the whole test means no chooser can open natively in that gap.
 */
function interceptFileChoosers(page: Page): void {
  page.on('filechooser', () => {});
}

const savedText = async (download: Download) => readFileSync(await download.path(), 'utf8');

test('subscriptions come in from another reader’s OPML file under their folders, and go out again as OPML', async ({ launchApp }) => {
  // An import, a refresh through the fixture server and an export on two shared cores.
  test.setTimeout(60_000);
  const app = await launchApp();
  const { page } = app;
  interceptFileChoosers(page);
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();

  const opml = `<?xml version="1.0" encoding="UTF-8"?>
<opml version="2.0"><head><title>Exported from another reader</title></head><body>
  <outline text="Morning">
    <outline type="rss" text="The Northern Ledger" xmlUrl="${server.url('/ledger.xml')}"/>
    <outline type="rss" text="River Desk" xmlUrl="${server.url('/river.xml')}"/>
  </outline>
  <outline type="rss" text="Valley Radio" xmlUrl="${server.url('/valley.xml')}"/>
  <outline type="rss" text="Ledger again" xmlUrl="${server.url('/ledger.xml')}"/>
  <outline type="rss" text="Bad scheme" xmlUrl="javascript:alert(1)"/>
</body></opml>`;

  // By keyboard: the palette opens the dialog with its button focused; Enter opens the file chooser.
  await fromPalette(page, 'import subscriptions');
  const dialog = page.getByRole('dialog', { name: 'Import subscriptions' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Choose OPML file…' })).toBeFocused();
  const chooser = page.waitForEvent('filechooser');
  await page.keyboard.press('Enter');
  await (await chooser).setFiles({ name: 'subscriptions.opml', mimeType: 'text/x-opml', buffer: Buffer.from(opml) });

  await expect(dialog.getByRole('status')).toHaveText('Added 3 sources from “subscriptions.opml”.');
  await expect(dialog.getByRole('list', { name: 'What happened' }).getByRole('listitem')).toHaveText(['3 added', '1 already in your library', '1 could not be added']);
  await expect(dialog.getByRole('list', { name: 'Not imported' })).toContainText('"Bad scheme" was skipped: its feed address is not an http or https address.');
  // The summary, with its counts and reasons, has nothing serious or critical for axe. Only the dialog
  // is checked: the page behind a modal is inert and dimmed by its backdrop, which axe reads as low
  // contrast (a status message arriving there failed this check now and then).
  expect(await seriousViolations(page, [['bs-app', 'bs-import-export']])).toEqual([]);
  await dialog.getByRole('button', { name: 'Done' }).click();
  await expect(dialog).toBeHidden();

  // The sources are in the list at once, the two filed under Morning inside its folder, and their articles arrive.
  const nav = page.locator('bs-nav');
  const folder = nav.getByRole('button', { name: /Folder Morning/ });
  await expect(folder).toBeVisible();
  await expect(folder).toHaveAttribute('aria-expanded', 'true');
  const inFolder = nav.locator('li.folder').filter({ has: page.getByRole('button', { name: /Folder Morning/ }) });
  await expect(inFolder.getByRole('button', { name: /The Northern Ledger/ })).toBeVisible();
  await expect(inFolder.getByRole('button', { name: /River Desk/ })).toBeVisible();
  await expect(nav.locator('ul.sources > li > .row > button', { hasText: 'Valley Radio' })).toHaveCount(1);
  await expect(status(page)).toHaveText('All sources: 8 new articles');
  await expect(folder).toContainText('6');

  // Out again from the File menu: a download of OPML holding every feed, the folder kept.
  const download = page.waitForEvent('download');
  await app.chooseMenuCommand('subscriptions.export');
  const saved = await download;
  expect(saved.suggestedFilename()).toBe('broadsheet-subscriptions.opml');
  const exported = await savedText(saved);
  expect(exported).toMatch(/^<\?xml[^>]*\?>\s*<opml version="2.0">/);
  for (const path of ['/ledger.xml', '/river.xml', '/valley.xml']) expect(exported).toContain(`xmlUrl="${server.url(path)}"`);
  expect(exported.match(/xmlUrl=/g)).toHaveLength(3);
  expect(exported).toMatch(/<outline text="Morning"[^>]*>\s*<outline[^>]*xmlUrl="[^"]*\/(ledger|river)\.xml"/);
  await expect(status(page)).toHaveText('Exported 3 subscriptions to broadsheet-subscriptions.opml');
});

test('a bookmarked article is exported as Markdown from the Export bookmarks dialog', async ({ launchApp }) => {
  const { page } = await launchApp();
  const option = page.locator('bs-article-list').getByRole('option').nth(1);
  const headline = (await option.locator('.title').textContent())!.trim();
  await option.click();
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toHaveText(headline);
  await page.keyboard.press('b');
  await expect(status(page)).toHaveText('Bookmarked');

  await fromPalette(page, 'export bookmarks');
  const dialog = page.getByRole('dialog', { name: 'Export bookmarks' });
  await expect(dialog).toHaveAccessibleDescription('1 bookmarked article, each with its full text, saved as one file.');
  await expect(dialog.getByRole('radio', { name: 'Markdown' })).toBeChecked();
  const download = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Export' }).click();
  const saved = await download;
  await expect(dialog).toBeHidden();
  expect(saved.suggestedFilename()).toBe('broadsheet-bookmarks.md');
  const markdown = await savedText(saved);
  expect(markdown).toMatch(/^# Bookmarks from Broadsheet\n\nExported .*\. 1 article\./);
  // Markdown escapes its own punctuation in titles.
  expect(markdown).toContain(`## ${headline.replace(/([\\`*_[\]#<>])/g, '\\$1')}`);
  expect(markdown.match(/^## /gm)).toHaveLength(1);
  await expect(status(page)).toHaveText('Exported 1 bookmark as Markdown to broadsheet-bookmarks.md');
});

test('a malformed or empty OPML file is refused with a plain message, and the library keeps its sources', async ({ launchApp }) => {
  const app = await launchApp();
  const { page } = app;
  interceptFileChoosers(page);
  const nav = page.locator('bs-nav');
  const sources = nav.locator('.row > button');
  await expect(sources.first()).toBeVisible();
  const before = await sources.allTextContents();

  // With the mouse, from the File menu.
  await app.chooseMenuCommand('subscriptions.import');
  const dialog = page.getByRole('dialog', { name: 'Import subscriptions' });
  await expect(dialog).toBeVisible();
  let chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose OPML file…' }).click();
  const broken = `<?xml version="1.0"?><opml version="2.0"><body><outline text="Morning"><outline xmlUrl="${server.url('/ledger.xml')}"`;
  await (await chooser).setFiles({ name: 'broken.opml', mimeType: 'text/x-opml', buffer: Buffer.from(broken) });
  await expect(dialog.getByRole('alert')).toHaveText(
    'This file is not OPML that Broadsheet can read. Export your subscriptions again from the other reader and try that file. Nothing was changed.',
  );
  await expect(dialog.getByRole('list', { name: 'What happened' })).toHaveCount(0);

  chooser = page.waitForEvent('filechooser');
  await dialog.getByRole('button', { name: 'Choose another file…' }).click();
  await (await chooser).setFiles({ name: 'empty.opml', mimeType: 'text/x-opml', buffer: Buffer.alloc(0) });
  await expect(dialog.getByRole('alert')).toHaveText('“empty.opml” is empty. Choose the file your other reader saved. Nothing was changed.');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(sources).toHaveText(before);
  await expect(nav.getByRole('button', { name: /Folder Morning/ })).toHaveCount(0);
  expect(server.requests).toEqual([]);
});
