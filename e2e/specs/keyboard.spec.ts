// Keyboard-first: every journey here uses page.keyboard only, never a click.
import type { Page } from '@playwright/test';
import { bindingLabel, COMMANDS, effectiveKeymap } from '../../electron/shared/commands.ts';
import { installFakeSpeech } from '../fixtures/fake-speech.ts';
import { unfoldStories } from '../fixtures/stories.ts';
import { expect, test } from '../fixtures/launch-app.ts';

const headline = (page: Page) => page.locator('bs-reading-pane').getByRole('heading', { level: 1 });
const status = (page: Page) => page.locator('bs-app').getByRole('status').last();
const selectedTitle = (page: Page) => page.locator('bs-article-list [role="option"][aria-selected="true"] .title');

/** Describes where focus is: the deepest focused element's tag plus the component it sits in. */
async function focusedIn(page: Page): Promise<string> {
  return page.evaluate(() => {
    let active = document.activeElement;
    const path: string[] = [];
    while (active) {
      path.push(active.tagName.toLowerCase());
      active = active.shadowRoot?.activeElement ?? null;
    }
    return path.join(' > ');
  });
}

async function appReady(page: Page): Promise<void> {
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
}

test('keyboard-only journey: read three articles, bookmark one, find it, search, open a related story, change the theme', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);

  // Read three articles.
  const read: string[] = [];
  for (let i = 0; i < 3; i++) {
    await page.keyboard.press('j');
    await expect(headline(page)).toHaveText((await selectedTitle(page).textContent())!.trim());
    read.push((await headline(page).textContent())!.trim());
  }
  expect(new Set(read).size).toBe(3);
  const third = read[2]!;

  // Bookmark the third, then find it in Bookmarks (g then b).
  await page.keyboard.press('b');
  await expect(status(page)).toHaveText('Bookmarked');
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page.locator('bs-article-list').getByRole('listbox')).toHaveAccessibleName('Bookmarks');
  await expect(page.locator('bs-article-list').getByRole('option')).toHaveCount(1);
  await expect(page.locator('bs-article-list').getByRole('option')).toContainText(third);
  expect(await focusedIn(page)).toContain('bs-article-list');

  // Back to all articles and search for a word of the first headline; Enter goes to the results.
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await expect(page.locator('bs-article-list').getByRole('listbox')).toHaveAccessibleName('All articles');
  const word = read[0]!.split(/\W+/).sort((a, b) => b.length - a.length)[0]!;
  await page.keyboard.press('/');
  expect(await focusedIn(page)).toContain('input');
  await page.keyboard.type(word);
  await page.keyboard.press('Enter');
  await expect(page.locator('bs-article-list').getByRole('listbox')).toHaveAccessibleName(`Search: ${word}`);
  expect(await focusedIn(page)).toContain('bs-article-list');
  await page.keyboard.press('Enter');
  expect(await focusedIn(page)).toMatch(/bs-reading-pane$/);
  await expect(headline(page)).toHaveText((await selectedTitle(page).textContent())!.trim());

  // Open a related story: ] focuses the first one in the sidebar, Enter opens it.
  await page.keyboard.press(']');
  const related = page.locator('bs-related button[data-article-id]').first();
  await expect(related).toBeFocused();
  const relatedTitle = (await related.locator('.headline').textContent())!.trim();
  await page.keyboard.press('Enter');
  await expect(headline(page)).toHaveText(relatedTitle);

  // Change the theme through the command palette.
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('theme dark');
  await page.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(status(page)).toHaveText('Dark theme');
  // And back with t (the next theme after dark is "follow the system").
  await page.keyboard.press('t');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', /./);
});

test('the help overlay lists every command of the table with its keys, and gives focus back on Escape', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('j');
  await page.locator('bs-article-list').getByRole('listbox').focus();
  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  const rows = help.locator('tr[data-command]');
  await expect(rows).toHaveCount(COMMANDS.length);
  const keymap = effectiveKeymap();
  for (const command of COMMANDS) {
    const row = help.locator(`tr[data-command="${command.id}"]`);
    await expect(row.getByRole('rowheader')).toHaveText(command.title);
    const keys = (await row.locator('td').innerText()).replace(/\s+/g, ' ');
    for (const binding of keymap[command.id]) {
      for (const chord of bindingLabel(binding).split(' then ')) expect(keys, command.id).toContain(chord);
    }
  }
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  expect(await focusedIn(page)).toContain('bs-article-list');
});

test('a dialog opened from the command palette gives focus back to where it was before the palette, not to the page', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('j');
  await page.locator('bs-article-list').getByRole('listbox').focus();
  await page.keyboard.press('ControlOrMeta+k');
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await expect(palette).toBeVisible();
  await page.keyboard.type('preferences');
  await page.keyboard.press('Enter');
  const preferences = page.getByRole('dialog', { name: 'Preferences' });
  await expect(preferences).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(preferences).toBeHidden();
  await expect.poll(() => focusedIn(page)).toContain('bs-article-list');
  // And the keys go on working from there.
  const before = await selectedTitle(page).textContent();
  await page.keyboard.press('j');
  await expect(selectedTitle(page)).not.toHaveText(before!);
});

test('keys do nothing while typing in a text field', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('/');
  await page.keyboard.type('jbm?');
  await expect(page.locator('bs-masthead input[type="search"]')).toHaveValue('jbm?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await expect(page.locator('bs-article-list [aria-selected="true"]')).toHaveCount(0);
  await expect(status(page)).toHaveText('');
});

test('n and p skip to unread articles; m toggles read; Space pages the article, then moves to the next unread', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  const options = page.locator('bs-article-list').getByRole('option');
  await page.keyboard.press('j');
  await page.keyboard.press('j');
  await page.keyboard.press('k');
  // Articles 1 and 2 are read now; the next unread is the third.
  const thirdTitle = (await options.nth(2).locator('.title').textContent())!.trim();
  await page.keyboard.press('n');
  await expect(headline(page)).toHaveText(thirdTitle);
  await page.keyboard.press('m');
  await expect(status(page)).toHaveText('Marked as unread');
  await expect(options.nth(2)).toHaveClass(/unread/);
  await page.keyboard.press('m');
  await expect(status(page)).toHaveText('Marked as read');

  // Space from the top of a long article scrolls it; held long enough it reaches the next unread.
  const pane = page.locator('bs-reading-pane');
  const before = await headline(page).textContent();
  await page.keyboard.press('Space');
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
  await page.keyboard.press('Shift+Space');
  await expect.poll(() => pane.evaluate((el) => el.scrollTop)).toBe(0);
  for (let i = 0; i < 30 && (await headline(page).textContent()) === before; i++) {
    await page.keyboard.press('Space');
    await page.waitForTimeout(60);
  }
  await expect(headline(page)).not.toHaveText(before!);
});

test('h and l move focus between sources, articles, the reading pane and related stories', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.keyboard.press('j');
  await page.locator('bs-article-list').getByRole('listbox').focus();
  await page.keyboard.press('l');
  expect(await focusedIn(page)).toMatch(/bs-reading-pane$/);
  await page.keyboard.press('ArrowRight');
  expect(await focusedIn(page)).toContain('bs-related');
  await page.keyboard.press('l');
  expect(await focusedIn(page)).toContain('bs-nav');
  await page.keyboard.press('h');
  expect(await focusedIn(page)).toContain('bs-related');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('h');
  expect(await focusedIn(page)).toContain('bs-article-list');
  // Escape from the reading pane goes back to the list.
  await page.keyboard.press('l');
  await page.keyboard.press('Escape');
  expect(await focusedIn(page)).toContain('bs-article-list');
});

test('focus is never lost to the page body after an action', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  // The first article must have related stories for ] below: every article on its own row.
  await unfoldStories(page);
  const notBody = async () => expect.poll(() => page.evaluate(() => document.activeElement !== document.body && document.activeElement !== null)).toBe(true);
  await page.keyboard.press('j');
  await page.keyboard.press('b');
  await page.keyboard.press('g');
  await page.keyboard.press('b');
  await expect(page.locator('bs-article-list').getByRole('option')).toHaveCount(1);
  await notBody();
  // Removing the only bookmark empties the list that had focus.
  await page.keyboard.press('b');
  await expect(page.locator('bs-article-list')).toContainText('No bookmarks yet');
  await notBody();
  // From a related story, moving to the next article replaces the sidebar's buttons.
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await page.keyboard.press('j');
  await page.keyboard.press(']');
  await expect(page.locator('bs-related button[data-article-id]').first()).toBeFocused();
  await page.keyboard.press('j');
  await expect(headline(page)).toHaveText((await selectedTitle(page).textContent())!.trim());
  await notBody();
  // Marking everything read empties the Unread view.
  await page.keyboard.press('g');
  await page.keyboard.press('u');
  await page.keyboard.press('Shift+A');
  // More than a screenful: asked first, and Enter goes ahead.
  await expect(page.getByRole('dialog', { name: 'Mark all as read?' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/articles? marked as read/);
  await expect(page.locator('bs-article-list')).toContainText('All caught up');
  await notBody();
});

test('v opens the original, r refreshes, font keys resize, g p goes to the Big picture', async ({ launchApp }) => {
  const app = await launchApp();
  const { page } = app;
  await appReady(page);
  await page.keyboard.press('j');
  await page.keyboard.press('v');
  await expect(status(page)).toHaveText('Opened in your browser');
  expect((await app.externalUrls()).length).toBe(1);

  await page.keyboard.press('r');
  await expect(status(page)).toHaveText(/new article|No new articles|could not be refreshed/);

  const size = () => page.locator('bs-reading-pane article').evaluate((el) => getComputedStyle(el).fontSize);
  const start = await size();
  await page.keyboard.press('+');
  await expect.poll(size).not.toBe(start);
  await page.keyboard.press('0');
  await expect.poll(size).toBe('18px');
  await page.keyboard.press('-');
  await expect.poll(size).toBe('17px');

  await page.keyboard.press('g');
  await page.keyboard.press('p');
  await expect(page.locator('bs-big-picture')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('bs-article-list')).toBeVisible();
});

test('a menu command reaches the renderer and runs like its key', async ({ launchApp }) => {
  const app = await launchApp();
  const { page } = app;
  await appReady(page);
  await app.chooseMenuCommand('app.help');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
});

test('rebinding a key: conflicts are caught, the new key works, it survives a restart, and reset restores it', async ({ launchApp }) => {
  let app = await launchApp();
  let page = app.page;
  await appReady(page);
  await page.keyboard.press('j');
  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('customize');
  await page.keyboard.press('Enter');
  const editor = page.getByRole('dialog', { name: 'Customize keyboard shortcuts' });
  await expect(editor).toBeVisible();

  // Give "Mark read or unread" the key b, which bookmarks: the clash is shown before anything changes.
  await editor.getByRole('button', { name: 'Add a key for Mark read or unread' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('b');
  const alert = editor.getByRole('alert');
  await expect(alert).toContainText('already used by “Bookmark or remove bookmark”');
  await page.keyboard.press('Enter'); // "Use it for …" has focus
  await expect(editor.getByRole('status')).toContainText('removed from “Bookmark or remove bookmark”');
  await page.keyboard.press('Escape');
  await expect(editor).toBeHidden();

  await page.keyboard.press('b');
  await expect(status(page)).toHaveText(/Marked as (un)?read/);
  await app.close();

  app = await launchApp();
  page = app.page;
  await appReady(page);
  await page.keyboard.press('j');
  await page.keyboard.press('b');
  await expect(status(page)).toHaveText(/Marked as (un)?read/);
  await page.keyboard.press('?');
  await expect(page.locator('bs-help tr[data-command="article.toggleBookmark"] td')).toHaveText('no key');
  await page.keyboard.press('Escape');

  await page.keyboard.press('ControlOrMeta+k');
  await page.keyboard.type('customize');
  await page.keyboard.press('Enter');
  const reopened = page.getByRole('dialog', { name: 'Customize keyboard shortcuts' });
  await expect(reopened.locator('tr[data-command="article.toggleRead"]')).toContainText('(changed)');
  await reopened.getByRole('button', { name: 'Reset all' }).focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await page.keyboard.press('b');
  await expect(status(page)).toHaveText(/Bookmark/);
});

test('listening by keyboard: Shift+L plays and pauses, } and { move by paragraph, > speeds up; the paragraph is highlighted', async ({ launchApp }) => {
  const { page } = await launchApp();
  await page.addInitScript(installFakeSpeech);
  await page.reload();
  await appReady(page);
  await page.keyboard.press('j');
  await expect(headline(page)).toBeVisible();
  const listen = page.locator('bs-listen');
  await expect(listen.getByRole('button', { name: /Listen/ })).toBeVisible();

  await page.keyboard.press('Shift+L');
  await expect(status(page)).toHaveText('Listening');
  const current = page.locator('bs-reading-pane [data-listening]');
  await expect(current).toHaveCount(1);
  await expect(current).toHaveId('headline');
  await page.keyboard.press('}');
  await expect(status(page)).toHaveText(/Paragraph 2 of \d+/);
  await expect(current).not.toHaveId('headline');
  await page.keyboard.press('{');
  await expect(status(page)).toHaveText(/Paragraph 1 of \d+/);
  await page.keyboard.press('>');
  await expect(status(page)).toHaveText('Speed 1.25×');
  await expect(listen.locator('.time')).toContainText(/elapsed.*remaining/);
  await page.keyboard.press('Shift+L');
  await expect(status(page)).toHaveText('Paused');
  // Opening another article stops reading the first.
  await page.keyboard.press('j');
  await expect(current).toHaveCount(0);
  await expect(listen.getByRole('button', { name: /Listen/ })).toHaveAttribute('aria-pressed', 'false');
});

test('each list in the sidebar is one Tab stop; arrow keys move within it and Enter chooses', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  const nav = page.locator('bs-nav');
  const views = nav.locator('ul').first().getByRole('button');
  await expect(views.and(page.locator('[tabindex="0"]'))).toHaveCount(1);
  await expect(nav.locator('ul').nth(1).locator('button[tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press('g');
  await page.keyboard.press('a');
  await page.keyboard.press('h'); // from the article list to the sources
  await expect(views.filter({ hasText: 'All articles' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(views.filter({ hasText: 'Unread' })).toBeFocused();
  await page.keyboard.press('End');
  await expect(views.filter({ hasText: 'Big picture' })).toBeFocused();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(page.locator('bs-article-list').getByRole('listbox')).toHaveAccessibleName('Unread');
  await expect(views.filter({ hasText: 'Unread' })).toHaveAttribute('tabindex', '0');
});

test('a rebound key replaces the old one everywhere, the focused article list included', async ({ launchApp }) => {
  const { page } = await launchApp();
  await appReady(page);
  await page.evaluate(() =>
    (window as unknown as { broadsheet: { preferences: { set(p: unknown): Promise<unknown> } } }).broadsheet.preferences.set({ keymap: { 'article.next': ['x', 'ArrowDown'] } }),
  );
  await page.reload();
  await appReady(page);
  await page.keyboard.press('x');
  const first = (await selectedTitle(page).textContent())!;
  await page.locator('bs-article-list [role="listbox"]').focus();
  await page.keyboard.press('j');
  await expect(selectedTitle(page)).toHaveText(first);
  await page.keyboard.press('x');
  await expect(selectedTitle(page)).not.toHaveText(first);
});
