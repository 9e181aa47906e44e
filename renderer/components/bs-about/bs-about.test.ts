import { expect, test } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

test('shows what the library holds, its size on disk and its folder, asked anew each time it opens', async ({ page }) => {
  await mount(page, 'bs-about');
  await page.evaluate(async () => {
    const about = document.querySelector('bs-about')!;
    let bookmarks = 12;
    about.api = {
      library: {
        stats: async () => ({
          articles: 104_213,
          unread: 2_050,
          bookmarks: bookmarks++,
          sources: 41,
          mediaFiles: 1,
          databaseBytes: 1_912_000_000,
          mediaBytes: 84_300_000,
          libraryDir: '/home/ada/.config/Broadsheet/library',
          backups: { count: 3, bytes: 5_736_000_000, newest: Date.UTC(2026, 10, 30, 9) },
          backupProblem: null,
        }),
      },
    } as never;
    await about.show();
  });
  const dialog = page.getByRole('dialog', { name: 'About Broadsheet' });
  await expect(dialog).toBeVisible();
  await expect(dialog.locator('dd').nth(0)).toHaveText('104,213 (2,050 unread)');
  await expect(dialog.locator('dd').nth(1)).toHaveText('12');
  await expect(dialog.locator('dd').nth(3)).toHaveText('2.0 GB — database 1.9 GB, 1 saved image 84 MB');
  await expect(dialog.locator('dd').nth(4)).toContainText('3 kept, 5.7 GB; newest ');
  await expect(dialog.locator('dd').nth(5)).toHaveText('/home/ada/.config/Broadsheet/library');
  await expect(dialog.getByRole('alert')).toHaveCount(0);
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.evaluate(() => document.querySelector('bs-about')!.show());
  await expect(dialog.locator('dd').nth(1)).toHaveText('13');
});

test('a library that cannot be read says so in the dialog', async ({ page }) => {
  await mount(page, 'bs-about');
  await page.evaluate(async () => {
    const about = document.querySelector('bs-about')!;
    about.api = { library: { stats: async () => Promise.reject(new Error('The library file is locked by another program.')) } } as never;
    await about.show();
  });
  await expect(page.getByRole('dialog', { name: 'About Broadsheet' }).getByRole('alert')).toHaveText(
    'Could not read the library: The library file is locked by another program.',
  );
});

test('a daily backup that could not be made is said plainly, with why', async ({ page }) => {
  await mount(page, 'bs-about');
  await page.evaluate(async () => {
    const about = document.querySelector('bs-about')!;
    about.api = {
      library: {
        stats: async () => ({
          articles: 1_000_000,
          unread: 0,
          bookmarks: 0,
          sources: 120,
          mediaFiles: 0,
          databaseBytes: 17_500_000_000,
          mediaBytes: 0,
          libraryDir: '/home/ada/.config/Broadsheet/library',
          backups: { count: 0, bytes: 0, newest: null },
          backupProblem: 'There is not enough free space for a backup of your library: a copy takes about 17 GB.',
        }),
      },
    } as never;
    await about.show();
  });
  const dialog = page.getByRole('dialog', { name: 'About Broadsheet' });
  await expect(dialog.locator('dd').nth(4)).toHaveText('None yet');
  await expect(dialog.getByRole('alert')).toHaveText(
    'The last daily backup was not made. There is not enough free space for a backup of your library: a copy takes about 17 GB.',
  );
});
