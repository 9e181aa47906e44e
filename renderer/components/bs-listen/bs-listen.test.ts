import { expect, test, type Page } from '@playwright/test';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';
import { installFakeSpeech, type FakeSpeechHandle } from '../../../e2e/fixtures/fake-speech.ts';

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

test('with the browser’s own speech engine: the control offers listening, or says no voice is installed', async ({ page }) => {
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
  if (voices === 0) {
    await expect(listen.getByRole('note')).toHaveText('Listening is not available: this system has no speech voice installed.');
    expect(await page.locator('bs-listen').evaluate((el) => (el as unknown as { toggle(): string }).toggle())).toContain('no speech voice');
  } else {
    await expect(listen.getByRole('button', { name: /Listen/ })).toBeVisible();
  }
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
