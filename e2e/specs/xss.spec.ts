// Hostile article bodies and titles, stored as a careless feed would store them
// (raw) and as Broadsheet's own ingest stores them (sanitized), opened one by
// one in the reading pane: nothing may run and no dialog may appear.
import { join } from 'node:path';
import { openLibraryCore } from '../../electron/core/library-core.ts';
import { JsonFilePreferences } from '../../electron/core/kernel/preferences.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';
import { SENTINEL, XSS_BODIES, XSS_TITLES } from '../../electron/core/offline/testing/xss-corpus.ts';
import { expect, test } from '../fixtures/launch-app.ts';
import { libraryDirOf, ROOT } from '../fixtures/hosts.ts';

function plantCorpus(profileDir: string): string[] {
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
    // Even articles skip the ingest's sanitizer, so the reading pane's own fences are tested alone.
    const clean = i % 2 === 0 ? { html: body, text: `payload ${i}` } : sanitizeArticle(body, 'https://hostile.example/a');
    const title = `${XSS_TITLES[i % XSS_TITLES.length]} payload-${i}`;
    core.store.upsertArticle({ sourceId, guid: `xss-${i}`, url: `https://hostile.example/${i}`, title, html: clean.html, text: clean.text || `payload ${i}`, published: future - i * 1000 });
    labels.push(`payload-${i}`);
  });
  core.close();
  return labels;
}

test('none of the XSS corpus runs in the reading pane', async ({ launchApp, profileDir }) => {
  test.setTimeout(120_000);
  const labels = plantCorpus(profileDir);
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
