import { expect, test } from '../fixtures/launch-app.ts';

const paper = (page: import('@playwright/test').Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system and can be overridden, and the choice is kept', async ({ launchApp }) => {
  let app = await launchApp({ colorScheme: 'light' });
  await expect(app.page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  const light = await paper(app.page);
  await app.page.locator('bs-masthead').getByLabel('Theme').selectOption('dark');
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect.poll(() => paper(app.page)).not.toBe(light);
  const dark = await paper(app.page);
  await app.close();

  app = await launchApp({ colorScheme: 'light' });
  await expect(app.page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await paper(app.page)).toBe(dark);
  await app.page.locator('bs-masthead').getByLabel('Theme').selectOption('system');
  await expect(app.page.locator('html')).not.toHaveAttribute('data-theme', /.+/);
  await expect.poll(() => paper(app.page)).toBe(light);
});

test('a dark system theme is followed when no override is set', async ({ launchApp }) => {
  const light = await launchApp({ colorScheme: 'light' });
  const lightPaper = await paper(light.page);
  await light.close();
  const dark = await launchApp({ colorScheme: 'dark' });
  await expect.poll(() => paper(dark.page)).not.toBe(lightPaper);
});

test('text size buttons change the reading pane font size', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.locator('bs-article-list').getByRole('option').first().click();
  const size = () => page.locator('bs-reading-pane .body').evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const before = await size();
  await page.locator('bs-masthead').getByRole('button', { name: 'Larger text' }).click();
  await expect.poll(size).toBeGreaterThan(before);
});
