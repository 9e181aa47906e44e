import { join } from 'node:path';
import { openLibraryCore } from '../../electron/core/library-core.ts';
import { JsonFilePreferences } from '../../electron/core/kernel/preferences.ts';
import { sanitizeArticle } from '../../electron/core/text/sanitize.ts';
import { expect, test } from '../fixtures/launch-app.ts';
import { libraryDirOf, ROOT } from '../fixtures/hosts.ts';

const HOSTILE = `<p>Visible hostile body</p>
<script>window.__pwned = 'script'</script>
<img src="/edition-images/none.svg" onerror="window.__pwned = 'onerror'">
<p onclick="window.__pwned = 'onclick'">Click me</p>
<a id="js" href="javascript:window.__pwned='javascript-link'">A javascript link</a>
<a href="https://outlet.example/story">A real link</a>
<iframe srcdoc="<script>parent.__pwned='iframe'</script>"></iframe>
<form action="https://evil.example"><button>Submit</button></form>
<svg><script>window.__pwned='svg'</script></svg>
<style>body { display: none }</style>`;

/** Writes a hostile article into the profile's library before the app starts, as a feed refresh would. */
function plantHostileArticle(profileDir: string): void {
  const core = openLibraryCore({
    libraryDir: libraryDirOf(profileDir),
    assetsDir: join(ROOT, 'assets'),
    preferences: new JsonFilePreferences(join(profileDir, 'preferences.json')),
    platform: { openExternal: async () => {} },
  });
  const sourceId = core.store.addSource({ title: 'Hostile Times', feedUrl: 'https://hostile.example/feed' });
  const { html, text } = sanitizeArticle(HOSTILE, 'https://hostile.example/a');
  core.store.upsertArticle({ sourceId, guid: 'hostile-1', url: 'https://hostile.example/a', title: '<img src=x onerror=alert(1)>Hostile headline', html, text, published: Date.now() + 60_000 });
  core.close();
}

test('a hostile article renders without running anything', async ({ launchApp, profileDir }) => {
  plantHostileArticle(profileDir);
  const { page, externalUrls } = await launchApp();
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.locator('bs-article-list').getByRole('option').filter({ hasText: 'Hostile headline' }).click();
  const pane = page.locator('bs-reading-pane');
  await expect(pane.locator('.body')).toContainText('Visible hostile body');
  await pane.getByText('Click me').click();
  await pane.getByText('A javascript link').click();
  await expect(pane.locator('.body script, .body iframe, .body form, .body svg, .body style, .body [onclick], .body [onerror]')).toHaveCount(0);
  expect(await pane.locator('#js, .body a').first().getAttribute('href')).toBeNull();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page.locator('body')).toBeVisible();
  // The title was stored as text: the markup shows literally, nothing runs.
  await expect(pane.getByRole('heading', { level: 1 })).toContainText('Hostile headline');
  // A real link opens in the system browser, never in the app window.
  await pane.getByText('A real link').click();
  await expect.poll(externalUrls).toEqual(['https://outlet.example/story']);
  expect(page.url()).toMatch(/\/index\.html$/);
});

test('the page is served with a strict Content-Security-Policy', async ({ launchApp }) => {
  const { page } = await launchApp();
  const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
  // Episodes play from the app or over https; nothing else (no http:, data:, blob:, wildcard).
  expect(csp).toContain("media-src 'self' https:;");
  const inlineRan = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return (window as unknown as { __inline?: boolean }).__inline === true;
  });
  expect(inlineRan).toBe(false);
});

test('the bridge refuses unknown methods and malformed arguments with typed errors, and keeps working', async ({ launchApp }) => {
  const { page } = await launchApp();
  await expect(page.locator('bs-article-list').getByRole('option').first()).toBeVisible();
  const results = await page.evaluate(async () => {
    const b = (window as unknown as { broadsheet: Record<string, Record<string, (...a: unknown[]) => Promise<{ ok: boolean; error?: { code: string } }>>> }).broadsheet;
    const invoke = (window as unknown as { __broadsheetInvoke?: (m: string, a: unknown) => Promise<{ ok: boolean; error?: { code: string } }> }).__broadsheetInvoke;
    return {
      keys: Object.keys(b).sort(),
      libraryKeys: Object.keys(b.library ?? {}).sort(),
      wrongType: (await b.library!.article!('1')).error?.code,
      oversized: (await b.library!.search!('x'.repeat(100_000))).error?.code,
      unknown: invoke ? (await invoke('dropTables', [])).error?.code : 'UNKNOWN_METHOD',
      stillWorks: (await b.library!.edition!()).ok,
    };
  });
  expect(results.keys).toContain('library');
  expect(results.keys).not.toContain('invoke');
  expect(results.libraryKeys).toContain('article');
  expect(results.libraryKeys).not.toContain('invoke');
  expect(results.wrongType).toBe('INVALID_ARGUMENT');
  expect(results.oversized).toBe('INVALID_ARGUMENT');
  expect(results.unknown).toBe('UNKNOWN_METHOD');
  expect(results.stillWorks).toBe(true);
});
