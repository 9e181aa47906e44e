import { expect, test } from '../fixtures/launch-app.ts';

test('a bookmark survives a restart, and the last article is still open', async ({ launchApp }) => {
  let app = await launchApp();
  const list = app.page.locator('bs-article-list');
  const option = list.getByRole('option').nth(2);
  const headline = (await option.locator('.title').textContent())!.trim();
  await option.click();
  const pane = app.page.locator('bs-reading-pane');
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(headline);
  await pane.getByRole('button', { name: 'Bookmark', exact: false }).click();
  await expect(pane.getByRole('button', { name: /Bookmarked/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.page.getByRole('status')).toHaveText('Bookmarked');

  await app.page.locator('bs-nav').getByRole('button', { name: /Bookmarks/ }).click();
  await expect(list.getByRole('option')).toHaveCount(1);
  await expect(list.getByRole('option')).toContainText(headline);
  await app.close();

  app = await launchApp();
  await expect(app.page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(app.page.locator('bs-reading-pane').getByRole('button', { name: /Bookmarked/ })).toBeVisible();
  // The Bookmarks view was the last one open, and still holds the article.
  await expect(app.page.locator('bs-article-list').getByRole('option')).toHaveCount(1);
  await expect(app.page.locator('bs-article-list').getByRole('option')).toContainText(headline);
});

test('an empty Bookmarks view says how to add one', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.locator('bs-nav').getByRole('button', { name: /Bookmarks/ }).click();
  await expect(page.locator('bs-article-list')).toContainText('No bookmarks yet');
});
