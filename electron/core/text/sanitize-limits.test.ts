// The sanitizer's caps (issue #13 item 2): jsdom's tree building and DOMPurify
// grow quadratically with nesting depth, so HTML nested past the cap, or larger
// than the size cap, is kept as its text only, with a note saying why. Never an
// empty article without a reason.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { htmlDepth, SANITIZE_LIMITS } from './limits.ts';
import { plainText, sanitizeArticle } from './sanitize.ts';

const nested = (levels: number, inner = '<p>The text at the bottom of the well.</p>') => `<p>Opening words.</p>${'<div>'.repeat(levels)}${inner}${'</div>'.repeat(levels)}<p>Closing words.</p>`;

test('depth is measured as the HTML parser builds the tree, fast even for 100,000 levels', () => {
  assert.equal(htmlDepth('<p>a</p><p>b</p>'), 1);
  assert.equal(htmlDepth(nested(3)), 4);
  // Unclosed <p>s close each other: no depth.
  assert.equal(htmlDepth('<p>a<p>b<p>c<p>d'), 1);
  const started = performance.now();
  assert.equal(htmlDepth(nested(100_000)), 100_001);
  assert.ok(performance.now() - started < 5000, `measuring took ${Math.round(performance.now() - started)} ms`);
});

test('10,000 and 20,000 levels: text kept with a note, in seconds not minutes (was 17.6 s, and 60 s to an empty article)', () => {
  for (const levels of [10_000, 20_000]) {
    const started = performance.now();
    const clean = sanitizeArticle(nested(levels), 'https://news.example/a');
    const ms = performance.now() - started;
    assert.ok(ms < 3000, `${levels} levels took ${Math.round(ms)} ms`);
    assert.match(clean.text, /Opening words\.\nThe text at the bottom of the well\.\nClosing words\./);
    assert.match(clean.html, /nested more than 512 levels/);
    assert.doesNotMatch(clean.text, /nested more than/, 'the note is not part of the searchable text');
    assert.doesNotMatch(clean.html, /<div/);
  }
});

test('the text-only fallback is inert: markup in the deep text comes out escaped, scripts and styles dropped', () => {
  const hostile = nested(SANITIZE_LIMITS.maxDepth + 10, '<p>1 &lt; 2 &amp; <b onclick="alert(1)">bold</b><script>alert(1)</script><style>p{}</style><img src=x onerror=alert(1)></p>');
  const clean = sanitizeArticle(hostile);
  assert.match(clean.text, /1 < 2 & bold/);
  assert.doesNotMatch(clean.html, /<script|<style|onerror|onclick|<img|<b[ >]/);
  assert.match(clean.html, /1 &lt; 2 &amp; bold/);
});

test('HTML within the caps is sanitized as before; oversized HTML is kept as text with a note', () => {
  const normal = sanitizeArticle(nested(200), 'https://news.example/a');
  assert.match(normal.html, /<div>/);
  assert.doesNotMatch(normal.html, /nested more than/);
  const huge = `<p>${'word '.repeat(SANITIZE_LIMITS.maxChars / 5 + 10)}</p>`;
  const started = performance.now();
  const clean = sanitizeArticle(huge);
  assert.ok(performance.now() - started < 5000);
  assert.match(clean.html, /larger than/);
  assert.ok(clean.text.length > SANITIZE_LIMITS.maxChars * 0.9);
});

test('plain-text fields nested past the cap are flattened quickly too', () => {
  const started = performance.now();
  assert.equal(plainText(`${'<b>'.repeat(20_000)}A title${'</b>'.repeat(20_000)}`), 'A title');
  assert.ok(performance.now() - started < 3000);
});
