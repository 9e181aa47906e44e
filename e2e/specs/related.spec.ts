import { expect, test } from '../fixtures/launch-app.ts';
import { biggestStory } from '../fixtures/edition.ts';
import { unfoldStories } from '../fixtures/stories.ts';

test('the sidebar lists other outlets covering the same story, and opens one', async ({ launchApp }) => {
  const { page } = await launchApp();
  // Each outlet's article on its own row, so the one to open is in the list.
  await unfoldStories(page);
  const story = biggestStory();
  const [opened, ...siblings] = story.titles;
  await page.locator('bs-article-list').getByRole('option').filter({ hasText: opened! }).click();
  const same = page.locator('bs-related section[data-group="same-story"]');
  await expect(same.getByRole('heading', { name: 'Same story' })).toBeVisible();
  for (const title of siblings) await expect(same.getByRole('button', { name: new RegExp(escape(title)) })).toBeVisible();
  await expect(same).not.toContainText(opened!);

  await same.getByRole('button', { name: new RegExp(escape(siblings[0]!)) }).click();
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toHaveText(siblings[0]!);
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

test('the Big picture shows the biggest story across its sources, and opens one of its articles', async ({ launchApp }) => {
  const { page } = await launchApp();
  const story = biggestStory();
  await page.getByRole('navigation', { name: 'Views and sources' }).getByRole('button', { name: 'Big picture' }).click();
  const region = page.getByRole('region', { name: 'Big picture' });
  const cluster = region.locator('li.cluster', { has: page.locator('.headline', { hasText: new RegExp(story.titles.map(escape).join('|')) }) }).first();
  await expect(cluster).toContainText(`${story.titles.length} sources`);
  // Keyboard only: focus the story, open it (the keyboard moves on to its first article) and open that.
  await cluster.getByRole('button').first().focus();
  await page.keyboard.press('Enter');
  const articles = cluster.getByRole('list').getByRole('button');
  await expect(articles).toHaveCount(story.titles.length);
  await expect(articles.first()).toBeFocused();
  const title = (await articles.first().locator('.title').textContent())!;
  await page.keyboard.press('Enter');
  await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toHaveText(title);
});
