import { expect, test, type Page } from '@playwright/test';
import { mount, openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

const ACCOUNT = {
  service: 'greader',
  serverUrl: 'https://rss.example.net/api/greader.php',
  user: 'ada',
  lastSync: '2026-11-30T09:15:00.000Z',
  lastError: null,
  nextAttempt: null,
  pendingChanges: 0,
  secretStorage: 'the system keychain',
  canSubscribe: true,
  syncing: false,
  progress: null,
};

/** Mounts the dialog over a fake library whose sync group records what it was sent; `window.emitSync` pushes syncChanged. */
async function mountWith(page: Page, options: { account?: Record<string, unknown> | null } = {}) {
  await mount(page, 'bs-account');
  await page.evaluate((initial) => {
    const w = window as unknown as Record<string, unknown>;
    const calls: unknown[][] = [];
    let account = initial as Record<string, unknown> | null;
    const listeners: ((payload: unknown) => void)[] = [];
    let release: (() => void) | null = null;
    w.calls = calls;
    w.emitSync = (payload: unknown) => listeners.forEach((l) => l(payload));
    w.finishSync = () => release?.();
    const element = document.querySelector('bs-account')!;
    element.api = {
      on: (name: string, listener: (payload: unknown) => void) => {
        if (name === 'syncChanged') listeners.push(listener);
        return () => {};
      },
      sync: {
        account: async () => account,
        test: async (input: { password: string }) => {
          calls.push(['test', input]);
          return input.password === 'right'
            ? { ok: true, message: 'Connected to the Google Reader API at rss.example.net as ada. 12 subscriptions on the server.' }
            : { ok: false, message: 'rss.example.net refused the user name or password (HTTP 401).' };
        },
        addAccount: async (input: Record<string, unknown>) => {
          calls.push(['addAccount', input]);
          if (input.password !== 'right') throw new Error('rss.example.net refused the user name or password (HTTP 401).');
          account = { ...(initial ?? {}), service: input.service, serverUrl: input.serverUrl, user: input.user, lastSync: null, lastError: null, nextAttempt: null, pendingChanges: 0, secretStorage: 'the system keychain', canSubscribe: true, syncing: false, progress: null };
          return account;
        },
        now: async () => {
          calls.push(['now']);
          await new Promise<void>((resolve) => (release = resolve));
          account = { ...account!, lastSync: '2026-11-30T10:00:00.000Z', pendingChanges: 0, lastError: null };
          return { ok: true, newArticles: 3, sent: 2, pending: 0, marksFromServer: 1, sourcesAdded: 1, sourcesRemoved: 0, error: null };
        },
        removeAccount: async () => {
          calls.push(['removeAccount']);
          const unsent = (account?.pendingChanges as number) ?? 0;
          account = null;
          return { unsentChanges: unsent };
        },
      },
    } as never;
  }, options.account === undefined ? null : options.account);
  await page.evaluate(() => document.querySelector('bs-account')!.show());
  return page.getByRole('dialog', { name: 'Sync account' });
}

test('adding an account: the fields, Test connection, a refused password kept for correcting, then the first sync with its progress', async ({ page }) => {
  const dialog = await mountWith(page);
  await expect(dialog.getByLabel('Service')).toBeFocused();
  await dialog.getByLabel('Service').selectOption('greader');
  await expect(dialog.getByText(/FreshRSS: …\/api\/greader\.php/)).toBeVisible();
  // Nothing typed: the form says what is missing, and asks the library nothing.
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('Enter the server address.');
  await dialog.getByLabel('Server address').fill('https://rss.example.net/api/greader.php');
  await dialog.getByLabel('User').fill('ada');
  await dialog.getByLabel('Password or API key').fill('wrong');
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('status')).toHaveText('rss.example.net refused the user name or password (HTTP 401).');
  await dialog.getByRole('button', { name: 'Add account' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('rss.example.net refused the user name or password (HTTP 401).');
  await expect(dialog.getByLabel('Server address')).toHaveValue('https://rss.example.net/api/greader.php');
  await dialog.getByLabel('Password or API key').fill('right');
  await dialog.getByRole('button', { name: 'Test connection' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Connected to the Google Reader API/);
  await dialog.getByRole('button', { name: 'Add account' }).click();
  // The account is added, and its first sync runs with its progress shown.
  await expect(dialog.getByRole('button', { name: 'Syncing…' })).toBeDisabled();
  await page.evaluate(() => (window as unknown as { emitSync: (p: unknown) => void }).emitSync({
    service: 'greader', serverUrl: 'https://rss.example.net/api/greader.php', user: 'ada', lastSync: null, lastError: null, nextAttempt: null, pendingChanges: 0,
    secretStorage: 'the system keychain', canSubscribe: true, syncing: true, progress: { phase: 'articles', message: 'Fetching articles: 400 so far…', done: 400, total: null },
  }));
  await expect(dialog.getByRole('status')).toHaveText('Fetching articles: 400 so far…');
  await page.evaluate(() => (window as unknown as { finishSync: () => void }).finishSync());
  await expect(dialog.getByRole('status')).toHaveText('Synced: 3 new articles, 2 changes sent.');
  await expect(dialog.locator('dd').nth(0)).toHaveText('Google Reader API');
  await expect(dialog.locator('dd').nth(3)).toHaveText('Kept in the system keychain');
  await expect(dialog).not.toContainText('right');
  const calls = (await page.evaluate(() => (window as unknown as { calls: unknown[][] }).calls)) as [string, Record<string, unknown>?][];
  expect(calls.map((c) => c[0])).toEqual(['test', 'addAccount', 'test', 'addAccount', 'now']);
  expect(calls[3]![1]).toEqual({ service: 'greader', serverUrl: 'https://rss.example.net/api/greader.php', user: 'ada', password: 'right' });
});

test('an account with a problem and waiting changes says so; removing it asks first, names what is dropped, and tells the app', async ({ page }) => {
  const dialog = await mountWith(page, {
    account: { ...ACCOUNT, pendingChanges: 2, lastError: '127.0.0.1:8280 refused the connection: the server is not running or not reachable. Broadsheet will try again.', nextAttempt: '2026-11-30T10:05:00.000Z' },
  });
  await expect(dialog.getByRole('button', { name: 'Sync now' })).toBeFocused();
  await expect(dialog.locator('dd').nth(5)).toHaveText('2 changes');
  await expect(dialog.locator('dd.problem')).toContainText('refused the connection');
  await expect(dialog.locator('dd.problem')).toContainText('Next try');
  const changed = page.evaluate(() => new Promise((resolve) => document.addEventListener('account-changed', (e) => resolve((e as CustomEvent).detail), { once: true })));
  await dialog.getByRole('button', { name: 'Remove account…' }).click();
  await expect(dialog.getByRole('group')).toContainText('Remove the account? Its sources and articles stay here and Broadsheet fetches those feeds itself. 2 changes not yet sent will be dropped.');
  await dialog.getByRole('button', { name: 'Keep account' }).click();
  await expect(dialog.getByRole('group')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Remove account…' }).click();
  await dialog.getByRole('button', { name: 'Remove account', exact: true }).click();
  expect(await changed).toEqual({ account: null });
  await expect(dialog.getByRole('status')).toHaveText(/^Account removed\. .* 2 changes not yet sent were dropped\.$/);
  await expect(dialog.getByLabel('Service')).toBeFocused();
});

test('closing the dialog forgets a typed password', async ({ page }) => {
  const dialog = await mountWith(page);
  await dialog.getByLabel('Password or API key').fill('secret');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.evaluate(() => document.querySelector('bs-account')!.show());
  await expect(dialog.getByLabel('Password or API key')).toHaveValue('');
});
