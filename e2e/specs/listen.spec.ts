// Listen with the bundled voice (issue #15 item 4): with no system voice at all,
// Shift+L reads the open article aloud through the core's Flite worker, sentence
// by sentence, and no note sits on top of the article beforehand.
import { expect, test } from '../fixtures/launch-app.ts';

test('with no system voice, Listen reads the article with the bundled voice', async ({ launchApp }) => {
  const { page } = await launchApp();
  // As on most Linux desktops: no Web Speech voice (this machine has none either; this makes it certain).
  await page.addInitScript(() => Object.defineProperty(window, 'speechSynthesis', { value: undefined }));
  await page.reload();
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  await page.keyboard.press('j');
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toBeVisible();
  const listen = page.locator('bs-listen');
  await expect(listen.getByRole('button', { name: /Listen/ })).toBeVisible();
  await expect(listen.getByRole('note')).toHaveCount(0);

  await page.keyboard.press('Shift+L');
  await expect(page.locator('bs-app').getByRole('status').last()).toHaveText('Listening (bundled voice)');
  await expect(listen.getByText('Bundled voice')).toBeVisible();
  const current = page.locator('bs-reading-pane [data-listening]');
  await expect(current).toHaveId('headline');
  // Real speech from the core plays in Web Audio; when the headline's clip ends, the next paragraph is read.
  await expect(current).not.toHaveId('headline', { timeout: 10_000 });
  await expect(current).toHaveCount(1);
  await expect(listen.locator('.notice')).toHaveCount(0);
  await page.keyboard.press('Shift+L');
  await expect(page.locator('bs-app').getByRole('status').last()).toHaveText('Paused');
});
