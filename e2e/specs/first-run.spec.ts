import { expect, test } from '../fixtures/launch-app.ts';
import { edition } from '../fixtures/edition.ts';
import { unfoldStories } from '../fixtures/stories.ts';

test('first run shows the bundled sample edition with no network', async ({ launchApp }) => {
  const { page } = await launchApp();
  const masthead = page.locator('bs-masthead');
  await expect(masthead.getByRole('heading', { name: 'Broadsheet' })).toBeVisible();
  const today = new Date().toLocaleDateString('en-US', { weekday: 'long', year: 'numeric', month: 'long', day: 'numeric' });
  await expect(masthead).toContainText(today);
  await expect(masthead).toContainText(`${edition.articles.length} articles`);

  const list = page.locator('bs-article-list');
  await expect(list.getByRole('option').first()).toBeVisible();
  await expect(list.locator('.heading')).toContainText(String(edition.articles.length));
  const nav = page.locator('bs-nav');
  for (const outlet of edition.outlets) await expect(nav.getByRole('button', { name: new RegExp(outlet.name) })).toBeVisible();
  await expect(page.locator('bs-reading-pane')).toContainText('Choose an article');
});

test('opening an article shows its headline, byline, reading time and body, and marks it read', async ({ launchApp }) => {
  const { page } = await launchApp();
  const first = page.locator('bs-article-list').getByRole('option').first();
  const headline = (await first.locator('.title').textContent())!.trim();
  const article = edition.articles.find((a) => a.title === headline)!;
  await first.click();
  const pane = page.locator('bs-reading-pane');
  await expect(pane.getByRole('heading', { level: 1 })).toHaveText(headline);
  await expect(pane).toContainText(article.byline);
  await expect(pane).toContainText(/\d+ min read/);
  const firstParagraph = /<p>(.*?)<\/p>/.exec(article.html)![1]!.replace(/<[^>]+>/g, '').slice(0, 40);
  await expect(pane.locator('.body')).toContainText(firstParagraph);
  await expect(first).toHaveClass(/\bread\b/);
  await expect(page.locator('bs-nav').getByRole('button', { name: /Unread/ })).toContainText(String(edition.articles.length - 1));
});

test('images in articles are served by the app itself', async ({ launchApp }) => {
  const { page } = await launchApp();
  // The article with an image may be one of a folded story's other reports.
  await unfoldStories(page);
  const withImage = edition.articles.find((a) => a.image)!;
  await page.locator('bs-article-list').getByRole('option').filter({ hasText: withImage.title }).click();
  const img = page.locator('bs-reading-pane img').first();
  await expect(img).toBeVisible();
  expect(await img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0)).toBe(true);
});
