// Offline reading: after a refresh kept an article in full with its images,
// the network goes away (the fixture server stops; the Chromium host aborts
// every route but the app's own) and the article still reads, with pictures.
import { join } from 'node:path';
import { openLibraryCore } from '../../electron/core/library-core.ts';
import { JsonFilePreferences } from '../../electron/core/kernel/preferences.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';
import { startNewsServer } from '../../electron/core/offline/testing/fixture-server.ts';
import { expect, test } from '../fixtures/launch-app.ts';
import { libraryDirOf, ROOT } from '../fixtures/hosts.ts';

const TITLE = 'Council agrees budget (kept offline)';

async function keepArticleThenCutNetwork(profileDir: string): Promise<void> {
  const server = await startNewsServer();
  const core = openLibraryCore({
    libraryDir: libraryDirOf(profileDir),
    assetsDir: join(ROOT, 'assets'),
    preferences: new JsonFilePreferences(join(profileDir, 'preferences.json')),
    platform: { openExternal: async () => {} },
  });
  try {
    const sourceId = core.store.addSource({ title: 'Metro Daily', feedUrl: server.url('/feed') });
    const url = server.url('/article/council-budget');
    const feed = sanitizeArticle('<p>The council approved its budget after a long session…</p>', url);
    const id = core.store.upsertArticle({ sourceId, guid: 'budget', url, title: TITLE, html: feed.html, text: feed.text, published: Date.now() + 3600_000 });
    const article = await core.handlers.offline.fetchFullText(id);
    expect(article.reader?.showing).toBe('full');
  } finally {
    core.close();
    await server.close();
  }
}

test('a kept article and its images display with the network cut; the reader can switch versions', async ({ launchApp, profileDir }) => {
  await keepArticleThenCutNetwork(profileDir);
  const { page } = await launchApp();
  await page.locator('bs-article-list').getByRole('option', { name: new RegExp(TITLE.replace(/[()]/g, '\\$&')) }).click();
  const pane = page.locator('bs-reading-pane');
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(TITLE);
  await expect(pane.locator('.body')).toContainText('Opposition councillors proposed keeping the libraries open');
  const images = pane.locator('.body img');
  await expect(images).toHaveCount(2);
  for (const img of await images.all()) {
    await expect(img).toHaveAttribute('src', /^\/media\/[0-9a-f]{64}\.(webp|png)$/);
    await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
  }

  const versions = pane.locator('bs-version-switch');
  await expect(versions.getByRole('status')).toContainText('Full article');
  await versions.getByRole('button', { name: 'Feed version' }).click();
  await expect(pane.locator('.body')).toContainText('after a long session');
  await expect(versions.getByRole('button', { name: 'Feed version' })).toHaveAttribute('aria-pressed', 'true');
  await versions.getByRole('button', { name: 'Full article' }).click();
  await expect(pane.locator('.body')).toContainText('Opposition councillors');

  // Search works from the library alone.
  await page.locator('bs-masthead').getByRole('searchbox').fill('councillors reserves');
  await expect(page.locator('bs-article-list').getByRole('option', { name: new RegExp('kept offline') })).toBeVisible();
});

test('the masthead says quietly when the computer goes offline, and stops saying it when it is back', async ({ launchApp }) => {
  const { page } = await launchApp();
  const badge = page.locator('bs-masthead bs-offline-badge');
  await expect(page.locator('bs-reading-pane')).toBeVisible();
  await expect(badge.getByRole('status')).toHaveCount(0);
  await page.context().setOffline(true);
  await expect(badge.getByRole('status')).toHaveText('Offline');
  await page.context().setOffline(false);
  await expect(badge.getByRole('status')).toHaveCount(0);
});
