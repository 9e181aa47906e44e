// Search as a reader meets it (issue #15 item 15): highlighted snippets, the
// strongest matches first, the sidebar no longer pointing at the source the
// list showed before, and no page error when a result is opened over what was
// a longer list (launchApp fails any spec whose page throws).
import { expect, test } from '../fixtures/launch-app.ts';

test('results show highlighted snippets, strongest matches first, and open without a page error', async ({ launchApp }) => {
  const { page } = await launchApp();
  const nav = page.locator('bs-nav');
  const list = page.locator('bs-article-list');
  // A source first, so the sidebar has something to keep highlighted by mistake.
  const coastline = nav.getByRole('button', { name: /Coastline Times/ });
  await coastline.click();
  await expect(coastline).toHaveAttribute('aria-current', 'true');
  // Then All, a long list, scrolled to its end: the results replace far more rows than they have.
  await nav.getByRole('button', { name: /^All/ }).click();
  await expect(list.getByRole('listbox')).toHaveAccessibleName('All articles');
  await list.getByRole('option').first().click();
  await page.keyboard.press('End');
  await expect(list.getByRole('option').last()).toHaveAttribute('aria-selected', 'true');

  const search = page.locator('bs-masthead').getByRole('searchbox');
  await search.fill('storm');
  await search.press('Enter');
  await expect(list.getByRole('listbox')).toHaveAccessibleName('Search: storm');
  const results = list.getByRole('option');
  await expect(results.first()).toBeVisible();

  // The sidebar points at nothing while the list shows search results from every source.
  await expect(nav.locator('[aria-current="true"]')).toHaveCount(0);

  // Each result carries a snippet of its text with the matched words marked.
  const snippet = results.first().locator('.snippet');
  await expect(snippet).toBeVisible();
  await expect(snippet.locator('mark').first()).toHaveText(/^storms?$/i);

  // The articles about the storm lead; a novel that mentions "storms" in passing does not come third.
  const titles = (await results.locator('.title').allTextContents()).map((t) => t.trim());
  const weak = titles.findIndex((t) => t.startsWith('Debut novel about lighthouse keepers'));
  const strong = titles.filter((t) => /Storm Maelis|After Maelis/.test(t));
  expect(strong.length).toBeGreaterThanOrEqual(3);
  for (const title of strong) expect(titles.indexOf(title)).toBeLessThan(weak === -1 ? Infinity : weak);

  // Opening results over what was a longer list: no page error (the fixture fails the test on one).
  for (let i = 0; i < Math.min(4, titles.length); i++) {
    await results.nth(i).click();
    await expect(page.locator('bs-reading-pane').getByRole('heading', { level: 1 })).toHaveText(titles[i]!);
  }

  // Escape leaves the search: the list and the sidebar show All again.
  await search.focus();
  await page.keyboard.press('Escape');
  await expect(list.getByRole('listbox')).toHaveAccessibleName('All articles');
  await expect(nav.getByRole('button', { name: /^All/ })).toHaveAttribute('aria-current', 'true');
});
