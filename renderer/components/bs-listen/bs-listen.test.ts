import { expect, test, type Page } from '@playwright/test';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';
import { installFakeSpeech, type FakeSpeechHandle } from '../../../e2e/fixtures/fake-speech.ts';
import { toneWav } from '../../../e2e/fixtures/wav.ts';

const words = (n: number, word: string) => Array.from({ length: n }, () => word).join(' ');
// 170 words take a minute at speed 1 (WORDS_PER_MINUTE), so the times below are exact.
const PARAGRAPHS = [words(170, 'alpha'), words(85, 'beta'), words(34, 'gamma')];

async function mountListen(page: Page): Promise<void> {
  await page.evaluate((paragraphs) => {
    const stage = document.getElementById('stage')!;
    stage.replaceChildren();
    const article = document.createElement('div');
    article.id = 'article';
    const root = article.attachShadow({ mode: 'open' });
    for (const text of paragraphs) root.append(Object.assign(document.createElement('p'), { textContent: text }));
    const listen = document.createElement('bs-listen') as HTMLElement & { paragraphSource: () => HTMLElement[]; articleId: number };
    listen.articleId = 1;
    listen.paragraphSource = () => [...root.querySelectorAll('p')];
    stage.append(listen, article);
  }, PARAGRAPHS);
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { __speech: FakeSpeechHandle }).__speech.spoken.map((s) => ({ text: s.text.split(' ')[0], rate: s.rate })));
const highlighted = (page: Page) =>
  page.evaluate(() => [...document.getElementById('article')!.shadowRoot!.querySelectorAll('p')].map((p) => p.hasAttribute('data-listening')));
const finish = (page: Page) => page.evaluate(() => (window as unknown as { __speech: FakeSpeechHandle }).__speech.finish());

test('with the browser’s own speech engine: the control offers listening, and no note sits on top of the article', async ({ page }) => {
  await openComponentPage(page);
  // Chromium fills its voice list asynchronously, so ask the real API the same way the controller does.
  const voices = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        if (!('speechSynthesis' in window)) return resolve(0);
        if (speechSynthesis.getVoices().length) return resolve(speechSynthesis.getVoices().length);
        speechSynthesis.addEventListener('voiceschanged', () => resolve(speechSynthesis.getVoices().length));
        setTimeout(() => resolve(speechSynthesis.getVoices().length), 2000);
      }),
  );
  await mountListen(page);
  const listen = page.locator('bs-listen');
  // With no system voice (this machine) the bundled voice is offered instead of a permanent note.
  await page.waitForTimeout(voices === 0 ? 1600 : 0);
  await expect(listen.getByRole('button', { name: /Listen/ })).toBeVisible();
  await expect(listen.getByRole('note')).toHaveCount(0);
  await expect(listen.getByRole('status')).toHaveCount(0);
});

/** Mounts the listen bar with no system voice and a bundled voice that answers each sentence with a short tone. */
async function mountBundled(page: Page, lang: string | null, paragraphs: string[]): Promise<void> {
  await page.addInitScript(() => {
    // No system voice, as on most Linux desktops.
    Object.defineProperty(window, 'speechSynthesis', { value: undefined });
  });
  await openComponentPage(page);
  const wav = toneWav(0.3).toString('base64');
  await page.evaluate(
    async ({ wav, lang, paragraphs }) => {
      const w = window as unknown as { __asked: string[] };
      w.__asked = [];
      const stage = document.getElementById('stage')!;
      stage.replaceChildren();
      const article = document.createElement('div');
      article.id = 'article';
      const root = article.attachShadow({ mode: 'open' });
      for (const text of paragraphs) root.append(Object.assign(document.createElement('p'), { textContent: text }));
      const listen = document.createElement('bs-listen') as unknown as HTMLElement & Record<string, unknown>;
      Object.assign(listen, {
        articleId: 1,
        articleLang: lang,
        paragraphSource: () => [...root.querySelectorAll('p')],
        bundledSpeech: {
          languages: ['en'],
          synthesize: async (text: string) => {
            w.__asked.push(text);
            return Uint8Array.from(atob(wav), (c) => c.charCodeAt(0)).buffer;
          },
        },
      });
      stage.append(listen, article);
    },
    { wav, lang, paragraphs },
  );
}

test('with no system voice, the bundled voice reads English sentence by sentence, asking for the next while one plays', async ({ page }) => {
  await mountBundled(page, 'en-GB', ['The ferry left at nine. It came back at ten.', 'Nobody saw the harbour master.']);
  const listen = page.locator('bs-listen');
  const play = listen.getByRole('button', { name: /Listen|Pause|Resume/ });
  await expect(play).toHaveText(/Listen/);
  await play.click();
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  await expect(listen.getByText('Bundled voice')).toBeVisible();
  const asked = () => page.evaluate(() => (window as unknown as { __asked: string[] }).__asked);
  // The first sentence and the one after it are asked for at once.
  await expect.poll(asked).toEqual(['The ferry left at nine.', 'It came back at ten.']);
  await expect.poll(() => highlighted(page)).toEqual([true, false]);
  // Each clip plays to its end in Web Audio, then the next; the next paragraph follows.
  await expect.poll(asked, { timeout: 10_000 }).toEqual(['The ferry left at nine.', 'It came back at ten.', 'Nobody saw the harbour master.']);
  await expect(play).toHaveText(/Listen/, { timeout: 10_000 });
  await expect(listen.getByRole('status')).toHaveCount(0);
});

test('a language no voice speaks is said plainly, once, only when asked to listen', async ({ page }) => {
  await mountBundled(page, 'de', ['Die Fähre fuhr um neun ab.']);
  const listen = page.locator('bs-listen');
  await expect(listen.getByRole('button', { name: /Listen/ })).toBeVisible();
  await expect(listen.getByRole('status')).toHaveCount(0);
  const said = await listen.evaluate((el) => (el as unknown as { toggle(): string }).toggle());
  expect(said).toBe('There is no voice for German on this system, so this article cannot be read aloud.');
  await expect(listen.getByRole('status')).toHaveText(said);
  expect(await page.evaluate(() => (window as unknown as { __asked: string[] }).__asked)).toEqual([]);
  // A new article clears it.
  await listen.evaluate(async (el) => {
    (el as unknown as { articleId: number }).articleId = 2;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  });
  await expect(listen.getByRole('status')).toHaveCount(0);
});

test('play, next paragraph, automatic advance, pause, speed, highlight and time, against a stubbed speech engine', async ({ page }) => {
  await page.addInitScript(installFakeSpeech);
  await openComponentPage(page);
  await mountListen(page);
  const listen = page.locator('bs-listen');
  const play = listen.getByRole('button', { name: /Listen|Pause|Resume/ });
  await expect(play).toHaveText(/Listen/);

  await play.click();
  expect(await spoken(page)).toEqual([{ text: 'alpha', rate: 1 }]);
  await expect(play).toHaveAttribute('aria-pressed', 'true');
  expect(await highlighted(page)).toEqual([true, false, false]);
  await expect(listen.locator('.time')).toContainText(/0:0[01] elapsed/);
  await expect(listen.locator('.time')).toContainText(/1:4[12] remaining/);

  await listen.getByRole('button', { name: 'Next paragraph' }).click();
  expect((await spoken(page)).at(-1)).toEqual({ text: 'beta', rate: 1 });
  expect(await highlighted(page)).toEqual([false, true, false]);
  await expect(listen.locator('.time')).toContainText(/1:0[01] elapsed/);

  // The engine finishing a paragraph moves on to the next one by itself.
  await finish(page);
  expect((await spoken(page)).at(-1)).toEqual({ text: 'gamma', rate: 1 });
  expect(await highlighted(page)).toEqual([false, false, true]);

  await listen.getByRole('button', { name: 'Previous paragraph' }).click();
  expect((await spoken(page)).at(-1)).toEqual({ text: 'beta', rate: 1 });

  await play.click();
  await expect(play).toHaveText(/Resume/);
  expect(await page.evaluate(() => (window as unknown as { __speech: FakeSpeechHandle }).__speech.paused)).toBe(true);
  await play.click();
  await expect(play).toHaveText(/Pause/);

  // A new speed restarts the current paragraph at that speed; times shrink to match.
  await listen.getByLabel('Speed').selectOption('2');
  expect((await spoken(page)).at(-1)).toEqual({ text: 'beta', rate: 2 });
  await expect(listen.locator('.time')).toContainText(/0:3[01] elapsed/);

  await finish(page);
  await finish(page);
  await expect(play).toHaveText(/Listen/);
  expect(await highlighted(page)).toEqual([false, false, false]);
});

test('a new article stops playback', async ({ page }) => {
  await page.addInitScript(installFakeSpeech);
  await openComponentPage(page);
  await mountListen(page);
  const listen = page.locator('bs-listen');
  await listen.getByRole('button', { name: /Listen/ }).click();
  await listen.evaluate(async (el) => {
    (el as unknown as { articleId: number }).articleId = 2;
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  });
  await expect(listen.getByRole('button', { name: /Listen/ })).toHaveAttribute('aria-pressed', 'false');
  expect(await highlighted(page)).toEqual([false, false, false]);
});

test('the paragraph buttons draw their icons instead of relying on ⏮ ⏭, which common Linux fonts lack', async ({ page }) => {
  await openComponentPage(page);
  await mountListen(page);
  const listen = page.locator('bs-listen');
  for (const name of ['Previous paragraph', 'Next paragraph']) {
    const button = listen.getByRole('button', { name });
    await expect(button).toBeVisible();
    // No character for the font to miss: the button's only content is a drawn, visible icon.
    await expect(button).toHaveText('');
    const icon = button.locator('svg');
    await expect(icon).toBeVisible();
    const box = (await icon.boundingBox())!;
    expect(box.width).toBeGreaterThan(8);
    expect(box.height).toBeGreaterThan(8);
  }
});
