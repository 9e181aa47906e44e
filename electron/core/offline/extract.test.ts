// Extraction under hostile and odd pages (issue #13 items 1 and 16): depth and
// size caps refuse a page in plain words before any quadratic work starts; a
// failure inside a heuristic falls back to plain Readability; the work runs in
// a worker with a time limit, so the main thread never waits on it.
import assert from 'node:assert/strict';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { after, test } from 'node:test';
import { ArticleExtractor } from './extract-pool.ts';
import { EXTRACT_LIMITS, extractArticle, ExtractionError } from './extract.ts';

const para = (n: number) => `<p>${'Words in a paragraph of a real looking article about the harbour and the storm. '.repeat(6)} (${n})</p>`;
const article = (inner: string) => `<!doctype html><html lang="en"><head><title>Storm</title></head><body><article><h1>Harbour storm</h1>${para(1)}${para(2)}${inner}${para(3)}${para(4)}</article></body></html>`;
const deepPage = (levels: number) => article(`${'<div>'.repeat(levels)}${para(5)}${'</div>'.repeat(levels)}`);

test('a page nested 2,000 and 10,000 deep is refused in plain words within seconds (was 173 s and a stack overflow)', async () => {
  for (const levels of [2000, 10_000]) {
    const started = performance.now();
    await assert.rejects(extractArticle(deepPage(levels), 'https://news.example/deep'), (error: Error) => {
      assert.ok(error instanceof ExtractionError, String(error));
      assert.match(error.message, new RegExp(`nested more than ${EXTRACT_LIMITS.maxDepth} levels`));
      return true;
    });
    assert.ok(performance.now() - started < 5000, `${levels} levels took ${Math.round(performance.now() - started)} ms`);
  }
});

test('a page larger than the size cap is refused in plain words', async () => {
  const huge = article(para(9).repeat(Math.ceil(EXTRACT_LIMITS.maxChars / 400)));
  await assert.rejects(extractArticle(huge, 'https://news.example/huge'), /larger than Broadsheet reads/);
});

test('an inline style that makes the DOM library throw does not lose the page (item 16)', async () => {
  // jsdom's CSS parser throws on this unterminated rgba( while building the tree.
  const page = article(`<div class="share-tools" style="border: 1px solid rgba(0,0,0,.1">Share this</div><figure style="margin:0;border:1px solid rgba(0,0,0,.1"><figcaption>A caption</figcaption></figure>`);
  const extracted = await extractArticle(page, 'https://news.example/odd-style');
  assert.match(extracted.text, /\(1\)[\s\S]*\(4\)/);
});

test('a failure inside the clutter pass falls back to plain Readability (item 16)', async () => {
  const extracted = await extractArticle(article(''), 'https://news.example/clutter', {
    removeClutter: () => {
      throw new SyntaxError('")" is expected');
    },
  });
  assert.match(extracted.text, /\(1\)[\s\S]*\(4\)/);
});

const extractor = new ArticleExtractor();
after(() => extractor.close());

test('extraction runs in a worker: a slow page within the caps does not block the main thread', async () => {
  const slow = deepPage(EXTRACT_LIMITS.maxDepth - 20);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const extracted = await extractor.extract(slow, 'https://news.example/slow');
  const took = performance.now() - started;
  delay.disable();
  assert.match(extracted.text, /\(5\)/);
  const worstMs = delay.max / 1e6;
  assert.ok(worstMs < 400, `the main thread was blocked ${Math.round(worstMs)} ms while extraction took ${Math.round(took)} ms`);
});

test('a worker past its time limit is stopped and the page refused in plain words', async () => {
  const quick = new ArticleExtractor({ timeLimitMs: 300 });
  try {
    await assert.rejects(quick.extract(deepPage(EXTRACT_LIMITS.maxDepth - 5), 'https://news.example/slow'), (error: Error) => error instanceof ExtractionError && /took too long to read/.test(error.message));
  } finally {
    quick.close();
  }
});
