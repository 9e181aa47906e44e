// Renders the main views through the e2e Chromium host (real core, real
// renderer) to PNG files in docs/screenshots/.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, ROOT } from '../e2e/fixtures/hosts.ts';

const out = join(ROOT, 'docs', 'screenshots');
mkdirSync(out, { recursive: true });

async function shoot(name: string, colorScheme: 'light' | 'dark', prepare: (page: import('@playwright/test').Page) => Promise<void>) {
  const profileDir = mkdtempSync(join(tmpdir(), 'broadsheet-shots-'));
  const app = await launch({ profileDir, colorScheme });
  try {
    await app.page.setViewportSize({ width: 1440, height: 900 });
    await app.page.locator('bs-article-list').getByRole('option').first().waitFor();
    await prepare(app.page);
    await app.page.waitForTimeout(300);
    const file = join(out, `${name}.png`);
    await app.page.screenshot({ path: file });
    console.log(`wrote ${file}`);
  } finally {
    await app.close();
    rmSync(profileDir, { recursive: true, force: true });
  }
}

/** Opens the first article that belongs to a multi-outlet story, so the sidebar has work to show. */
async function openStory(page: import('@playwright/test').Page) {
  await page.locator('bs-article-list').getByRole('option').filter({ hasText: 'Storm Maelis' }).first().click();
  await page.locator('bs-related section[data-group="same-story"]').waitFor();
}

await shoot('reader-light', 'light', openStory);
await shoot('reader-dark', 'dark', openStory);
await shoot('bookmarks', 'light', async (page) => {
  await openStory(page);
  await page.locator('bs-reading-pane').getByRole('button', { name: /Bookmark/ }).click();
  await page.locator('bs-nav').getByRole('button', { name: /Bookmarks/ }).click();
  await page.locator('bs-article-list').getByRole('option').first().click();
});
