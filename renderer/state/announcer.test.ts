// The announcer (renderer/state/announcer.ts) on its own: the polite live region a screen reader
// reads results from, in a test host.
import { expect, test } from '@playwright/test';
import { openControllerPage } from './testing/controller-page.ts';

test.beforeEach(async ({ page }) => openControllerPage(page));

test('says a message in a polite live region, and says a repeated message again', async ({ page }) => {
  await page.evaluate(async () => {
    const host = document.createElement('test-announcer-host');
    document.getElementById('stage')!.replaceChildren(host);
    await host.updateComplete;
  });
  const region = page.locator('test-announcer-host').getByRole('status');
  await expect(region).toHaveAttribute('aria-live', 'polite');
  // Every text the region shows, in order: a screen reader reads a change, not a text that stays.
  const shown = await page.evaluate(async () => {
    const host = document.querySelector('test-announcer-host')!;
    const live = host.shadowRoot!.querySelector('bs-toast')!.shadowRoot!.querySelector('[role="status"]')!;
    const seen: string[] = [];
    new MutationObserver(() => seen.push(live.textContent!.trim())).observe(live, { childList: true, characterData: true, subtree: true });
    const frame = () => new Promise(requestAnimationFrame);
    host.announcer.announce('Bookmarked');
    await frame();
    await frame();
    host.announcer.announce('Bookmarked');
    await frame();
    await frame();
    return seen.filter((text, i) => text !== seen[i - 1]);
  });
  expect(shown).toEqual(['Bookmarked', '', 'Bookmarked']);
  await expect(region).toHaveText('Bookmarked');
});

test('the messages of finished actions (an export saved, an open request answered) are announced as their events arrive', async ({ page }) => {
  await page.evaluate(async () => {
    const host = document.createElement('test-announcer-host');
    document.getElementById('stage')!.replaceChildren(host);
    await host.updateComplete;
    window.controllerTest.fire(host, 'export-done', { message: 'Exported 3 bookmarks as Markdown to broadsheet-bookmarks.md' });
  });
  const region = page.locator('test-announcer-host').getByRole('status');
  await expect(region).toHaveText('Exported 3 bookmarks as Markdown to broadsheet-bookmarks.md');
  await page.evaluate(() => window.controllerTest.fire(document.querySelector('test-announcer-host')!, 'open-request-resolved', { message: 'Subscribed to news.example.' }));
  await expect(region).toHaveText('Subscribed to news.example.');
});
