// Hostile article bodies and titles, stored as a refresh stores them (the feed's
// markup as it came, through the real ingest) and as the main process's
// sanitizer leaves them (exports, offline copies), opened one by one in the
// reading pane, which sanitizes on the browser's own parser: nothing may run and
// no dialog may appear. The HTML bookmark export of the same corpus is then
// opened in Chromium with its CSP taken out, so its sanitizing alone is tested.
import { join } from 'node:path';
import { openLibraryCore } from '../../electron/core/library-core.ts';
import { JsonFilePreferences } from '../../electron/core/kernel/preferences.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';
import { ingestEntries } from '../../electron/core/feeds/ingest.ts';
import { chromium } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from '../fixtures/chromium-path.ts';
import { SENTINEL, XSS_BODIES, XSS_TITLES } from '../../electron/core/offline/testing/xss-corpus.ts';
import { expect, test } from '../fixtures/launch-app.ts';
import { libraryDirOf, ROOT } from '../fixtures/hosts.ts';

async function plantCorpus(profileDir: string): Promise<{ labels: string[]; exported: string }> {
  const core = openLibraryCore({
    libraryDir: libraryDirOf(profileDir),
    assetsDir: join(ROOT, 'assets'),
    preferences: new JsonFilePreferences(join(profileDir, 'preferences.json')),
    platform: { openExternal: async () => {} },
  });
  const sourceId = core.store.addSource({ title: 'Hostile Wire', feedUrl: 'https://hostile.example/feed' });
  // Each payload on its own row to be opened: one source's look-alike items may fold into one story (issue #17).
  core.handlers.preferences.set({ foldStories: false });
  const labels: string[] = [];
  const future = Date.now() + 3600_000;
  XSS_BODIES.forEach((body, i) => {
    // The label first: through the ingest a title's markup is read as text, and an unclosed <svg> swallows what follows it.
    const title = `payload-${i} ${XSS_TITLES[i % XSS_TITLES.length]}`;
    const url = `https://hostile.example/${i}`;
    if (i % 2 === 0) {
      // Even articles through the refresh's own ingest: stored as the feed sent them, so the pane's fences stand alone.
      const entry = { id: `xss-${i}`, url, title, author: null, published: future - i * 1000, summaryHtml: '', contentHtml: body, contentBase: url, image: null, enclosures: [], categories: [] };
      ingestEntries(core.store, sourceId, { entries: [entry], lang: null }, Date.now());
    } else {
      const clean = sanitizeArticle(body, 'https://hostile.example/a');
      core.store.upsertArticle({ sourceId, guid: `xss-${i}`, url, title, html: clean.html, text: clean.text || `payload ${i}`, published: future - i * 1000 });
    }
    labels.push(`payload-${i}`);
  });
  for (const { id } of core.store.list({ view: 'all', sourceId, limit: 500 }).items) core.store.setBookmarked(id, true);
  try {
    return { labels, exported: await core.handlers.bookmarks.export('html') };
  } finally {
    core.close();
  }
}

test('none of the XSS corpus runs in the reading pane', async ({ launchApp, profileDir }) => {
  test.setTimeout(120_000);
  const { labels, exported } = await plantCorpus(profileDir);
  expect(labels.length).toBeGreaterThanOrEqual(30);
  const { page } = await launchApp();
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const list = page.locator('bs-article-list');
  const pane = page.locator('bs-reading-pane');
  for (const label of labels) {
    await list.getByRole('option').filter({ hasText: new RegExp(`${label}(?!\\d)`) }).click();
    await expect(pane.getByRole('heading', { level: 1 })).toContainText(label);
    // Give any surviving handler its chance: fire the events payloads hook on every element of the body.
    await pane.locator('.body').evaluate((body) => {
      for (const element of body.querySelectorAll('*')) {
        for (const type of ['mouseover', 'click', 'focus', 'toggle', 'error', 'load', 'start', 'close']) {
          element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
        }
      }
    });
    await page.waitForTimeout(50);
    const ran = await page.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, SENTINEL);
    expect(ran, `${label} ran`).toBeNull();
  }
  expect(dialogs).toEqual([]);
  // The hostile markup in titles stayed text.
  await expect(pane.getByRole('heading', { level: 1 })).toContainText('<');
});

test('the HTML bookmark export of the corpus runs nothing in a browser, even without its CSP', async ({ profileDir }) => {
  test.setTimeout(60_000);
  const { labels, exported } = await plantCorpus(profileDir);
  expect((exported.match(/<article>/g) ?? []).length).toBe(labels.length);
  const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_FLAGS });
  try {
    const viewer = await browser.newPage();
    const dialogs: string[] = [];
    viewer.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    // Nothing leaves this page: the corpus's addresses are fictional, and it must not fetch them anyway.
    await viewer.route('**/*', (route) => route.abort());
    await viewer.setContent(exported.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''));
    await viewer.evaluate(() => {
      // Links stay where they are (the export's own links are real); handlers on them still hear the click.
      document.addEventListener('click', (event) => event.preventDefault(), true);
      for (const element of document.body.querySelectorAll('*')) {
        for (const type of ['mouseover', 'click', 'focus', 'toggle', 'error', 'load', 'start', 'close']) {
          element.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true }));
        }
      }
    });
    await viewer.waitForTimeout(200);
    expect(await viewer.evaluate((name) => (window as unknown as Record<string, unknown>)[name] ?? null, SENTINEL)).toBeNull();
    expect(dialogs).toEqual([]);
  } finally {
    await browser.close();
  }
});
