import { expect, test } from '@playwright/test';
import { mount, openComponentPage, summary } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

function article(html: string, overrides: Record<string, unknown> = {}) {
  return { ...summary(7), html, lang: 'en', dir: 'ltr', wordCount: 900, ...overrides };
}

test('shows headline, byline, source, date, reading time and body', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>First paragraph.</p><h2>Sub</h2><p>Second.</p>') });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Headline number 7');
  await expect(page.getByText('Ada Quill')).toBeVisible();
  await expect(page.getByText('4 min read')).toBeVisible();
  await expect(page.getByText('Second.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Open original/ })).toBeVisible();
});

test('bookmark button reflects state and asks to toggle', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>x</p>', { bookmarked: true }) });
  const button = page.getByRole('button', { name: /Bookmarked/ });
  await expect(button).toHaveAttribute('aria-pressed', 'true');
  const detail = page.evaluate(
    () => new Promise((resolve) => document.querySelector('bs-reading-pane')!.addEventListener('bookmark-toggle', (e) => resolve((e as CustomEvent).detail))),
  );
  await button.click();
  expect(await detail).toEqual({ id: 7, bookmarked: false });
});

test('hostile markup handed to the pane does not run', async ({ page }) => {
  await mount(page, 'bs-reading-pane', {
    state: 'ready',
    article: article(
      '<p>Safe text</p><img src="x" onerror="window.__pwned=1"><script>window.__pwned=2</script>' +
        '<a href="javascript:window.__pwned=3">link</a><iframe srcdoc="<script>parent.__pwned=4</script>"></iframe>',
    ),
  });
  await expect(page.getByText('Safe text')).toBeVisible();
  await page.getByText('link').click();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const body = page.locator('bs-reading-pane .body');
  await expect(body.locator('script, iframe')).toHaveCount(0);
  await expect(body.locator('[onerror]')).toHaveCount(0);
});

test('raw feed markup gets the library\'s article rules in the pane: no forms, styles or foreign links; relative links and lazy images settled', async ({ page }) => {
  // A refresh stores a feed's markup as it came (electron/core/text/feed-markup.ts): this is where it is cleaned.
  await mount(page, 'bs-reading-pane', {
    state: 'ready',
    article: article(
      '<p style="position:fixed" class="x" id="y">Styled</p><form action="https://evil.example"><input value="pw"><button>go</button></form>' +
        '<textarea>typed</textarea><select><option>o</option></select><a href="/story/2" target="_blank">relative</a>' +
        '<a href="data:text/html,<b>x</b>">data</a><a href="vbscript:x">vb</a><img src="data:image/gif;base64,R0lGOD" data-src="/media/abc.png" alt="lazy">' +
        '<video src="https://v.example/a.mp4"></video><svg><circle r="1"/></svg>',
      { url: 'https://news.example/section/page.html' },
    ),
  });
  const body = page.locator('bs-reading-pane .body');
  await expect(body.getByText('Styled')).toBeVisible();
  await expect(body.locator('form, input, button, textarea, select, video, svg, [style], [class]:not(.image-placeholder):not(.image-placeholder *), [id], [target]')).toHaveCount(0);
  await expect(body.getByRole('link', { name: 'relative' })).toHaveAttribute('href', 'https://news.example/story/2');
  await expect(body.getByRole('link', { name: 'relative' })).toHaveAttribute('rel', 'noopener noreferrer');
  for (const name of ['data', 'vb']) expect(await body.getByText(name, { exact: true }).getAttribute('href')).toBeNull();
  // The lazy-load placeholder gave way to the real (kept) picture.
  await expect(body.locator('img')).toHaveAttribute('src', '/media/abc.png');
});

test('right-to-left articles are laid out right to left', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>مرحبا</p>', { lang: 'ar', dir: 'rtl' }) });
  await expect(page.locator('bs-reading-pane article')).toHaveAttribute('dir', 'rtl');
});

test('empty and error states explain themselves', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'empty' });
  await expect(page.getByText('Choose an article')).toBeVisible();
  await mount(page, 'bs-reading-pane', { state: 'error', errorMessage: 'Article 9 is not in the library.' });
  await expect(page.getByRole('alert')).toContainText('Article 9 is not in the library.');
});

test('the summary is shown only when it is not the start of the body', async ({ page }) => {
  const first = 'NASA’s Perseverance rover has found rocks in Jezero Crater that may hold signs of ancient microbial life.';
  const body = `<p>${first} The samples were sealed on Tuesday.</p><p>Second paragraph.</p>`;
  // The Verge, NASA, podcasts: the description is the first paragraph, whole or cut short.
  for (const summary of [first, `${first.slice(0, 60)}…`, `${first} The samples were sealed on Tuesday.`]) {
    await mount(page, 'bs-reading-pane', { state: 'ready', article: article(body, { summary }) });
    await expect(page.locator('bs-reading-pane .body')).toContainText('Second paragraph.');
    await expect(page.locator('bs-reading-pane .standfirst')).toHaveCount(0);
  }
  // Also after a picture and its caption at the top of the body.
  await mount(page, 'bs-reading-pane', {
    state: 'ready',
    article: article(`<figure><img src="/edition-images/books-lamp.svg" alt=""><figcaption>Credit: NASA/JPL-Caltech</figcaption></figure>${body}`, { summary: first }),
  });
  await expect(page.locator('bs-reading-pane .standfirst')).toHaveCount(0);
  // A real standfirst stays.
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article(body, { summary: 'Samples that could settle whether Mars was ever alive.' }) });
  await expect(page.locator('bs-reading-pane .standfirst')).toHaveText('Samples that could settle whether Mars was ever alive.');
});

test('an untitled item shows its text once: no standfirst, and its headline (made from the text) is not shown again above it', async ({ page }) => {
  const text = 'Live at the Roundhouse, 12 March 1994: the full set, remastered from the desk tape, with the encore that was cut from the broadcast.';
  await mount(page, 'bs-reading-pane', {
    state: 'ready',
    article: article(`<p>${text}</p>`, { title: `${text.slice(0, 78)}…`, summary: text, section: null }),
  });
  const pane = page.locator('bs-reading-pane');
  const shown = await pane.locator('article').evaluate((el) => (el as HTMLElement).innerText);
  expect(shown.split('Live at the Roundhouse').length - 1).toBe(1);
  // Still named for assistive technology, and not read aloud twice.
  await expect(pane.getByRole('article')).toHaveAccessibleName(`${text.slice(0, 78)}…`);
  const listened = await pane.evaluate((el) => (el as unknown as { paragraphs(): HTMLElement[] }).paragraphs().map((p) => p.textContent));
  expect(listened).toEqual([text]);
  // A headline that is not the body's start is shown as ever.
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article(`<p>${text}</p>`, { title: 'Roundhouse, 1994', summary: '' }) });
  await expect(pane.getByRole('heading', { level: 1 })).toBeVisible();
});

test('headings inside the body are set below the headline', async ({ page }) => {
  await mount(page, 'bs-reading-pane', {
    state: 'ready',
    article: article('<h1>23 Things That Will Make You Say Yes</h1><p>Intro.</p><h2>1. This lamp</h2><p>Text.</p><h3>Why</h3><h4>Small</h4><h5>Smaller</h5><h6>Smallest</h6>'),
  });
  const size = (selector: string) => page.locator(`bs-reading-pane ${selector}`).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  const headline = await size('#headline');
  const paragraph = await size('.body p >> nth=0');
  const sizes = [];
  for (const level of [1, 2, 3, 4, 5, 6]) sizes.push(await size(`.body h${level}`));
  for (const s of sizes) {
    expect(s).toBeLessThan(headline * 0.7);
    expect(s).toBeGreaterThanOrEqual(paragraph);
  }
  for (let i = 1; i < sizes.length; i++) expect(sizes[i]).toBeLessThanOrEqual(sizes[i - 1]!);
});

test('an image that was not kept offline is a designed placeholder with a link, never a broken image', async ({ page }) => {
  await mount(page, 'bs-reading-pane', {
    state: 'ready',
    article: article(
      '<p>Before.</p><figure><img src="https://images.example/rover.jpg" alt="The rover on the crater rim"><figcaption>The rover, sol 1,200.</figcaption></figure>' +
        '<p><img src="https://images.example/inline.png" alt=""></p>' +
        // A figure whose picture was taken out earlier: its caption is not left on its own.
        '<figure><figcaption>Orphan caption.</figcaption></figure><p>After.</p>',
    ),
  });
  const body = page.locator('bs-reading-pane .body');
  await expect(body.locator('img')).toHaveCount(0);
  const placeholders = body.locator('.image-placeholder');
  await expect(placeholders).toHaveCount(3);
  await expect(placeholders.nth(0)).toContainText('Image not kept offline');
  await expect(placeholders.nth(0)).toContainText('The rover on the crater rim');
  await expect(body.locator('figure').nth(0).locator('figcaption')).toHaveText('The rover, sol 1,200.');
  await expect(placeholders.nth(2)).toContainText('Image not kept offline');
  await expect(placeholders.nth(2).getByRole('link')).toHaveCount(0);
  const opened = page.evaluate(
    () => new Promise((resolve) => document.querySelector('bs-reading-pane')!.addEventListener('open-original', (e) => resolve((e as CustomEvent).detail.url))),
  );
  await placeholders.nth(0).getByRole('link', { name: /Open the image/ }).click();
  expect(await opened).toBe('https://images.example/rover.jpg');
  // Images the app keeps are shown as they are.
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p><img src="/edition-images/books-lamp.svg" alt="A lamp"></p>') });
  await expect(page.locator('bs-reading-pane .body img')).toBeVisible();
  await expect(page.locator('bs-reading-pane .image-placeholder')).toHaveCount(0);
});

test('the feed’s own image leads the article: shown when kept, a placeholder with its link when not, never twice', async ({ page }) => {
  const pane = page.locator('bs-reading-pane');
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>Text only.</p>', { image: '/edition-images/books-lamp.svg' }) });
  await expect(pane.locator('figure.lead img')).toBeVisible();
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p>Text only.</p>', { image: 'https://images.example/apod.jpg' }) });
  await expect(pane.locator('figure.lead img')).toHaveCount(0);
  await expect(pane.locator('figure.lead .image-placeholder')).toContainText('Image not kept offline');
  await expect(pane.locator('figure.lead').getByRole('link', { name: /Open the image/ })).toHaveAttribute('href', 'https://images.example/apod.jpg');
  // The same picture in the body is not repeated as the lead.
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article('<p><img src="/edition-images/books-lamp.svg" alt=""></p>', { image: '/edition-images/books-lamp.svg' }) });
  await expect(pane.locator('figure.lead')).toHaveCount(0);
  await expect(pane.locator('img')).toHaveCount(1);
});

test('the close button (×) asks to close the article and stays in view as the article scrolls', async ({ page }) => {
  await mount(page, 'bs-reading-pane', { state: 'ready', article: article(`<p>${'Long paragraph. '.repeat(400)}</p>`) });
  const close = page.getByRole('button', { name: 'Close article' });
  await expect(close).toBeVisible();
  await page.locator('bs-reading-pane').evaluate((el) => el.scrollTo({ top: 2000 }));
  await expect(close).toBeInViewport();
  const closed = page.evaluate(() => new Promise((resolve) => document.querySelector('bs-reading-pane')!.addEventListener('article-close', () => resolve(true))));
  await close.click();
  expect(await closed).toBe(true);
  await mount(page, 'bs-reading-pane', { state: 'empty' });
  await expect(page.getByRole('button', { name: 'Close article' })).toHaveCount(0);
});
