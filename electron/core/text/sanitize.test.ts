import assert from 'node:assert/strict';
import { test } from 'node:test';
import { plainText, sanitizeArticle } from './sanitize.ts';

test('scripts, event handlers, frames, forms and styles are removed; text is kept', () => {
  const { html, text } = sanitizeArticle(
    `<p onclick="x()">Hello <b>world</b></p><script>alert(1)</script><iframe src="https://e.example"></iframe>
     <form><input name=q></form><style>*{}</style><p style="background:url(https://t.example/p.gif)">Styled</p>
     <svg onload="alert(1)"><circle/></svg><object data="x.swf"></object>`,
  );
  for (const banned of ['<script', 'onclick', '<iframe', '<form', '<input', '<style', 'style=', '<svg', '<object', 'url(']) {
    assert.ok(!html.includes(banned), `${banned} survived: ${html}`);
  }
  assert.match(html, /<p>Hello <b>world<\/b><\/p>/);
  assert.equal(text, 'Hello world\nStyled');
});

test('javascript: and data: links lose their href; http(s) links resolve against the page', () => {
  const { html } = sanitizeArticle(
    '<a href="javascript:alert(1)">a</a><a href="JaVaScRiPt&colon;alert(1)">b</a><a href="data:text/html,<script>1</script>">c</a><a href="../story?id=2">d</a><a href="mailto:desk@e.example">e</a>',
    'https://news.example/section/page.html',
  );
  assert.equal((html.match(/href=/g) ?? []).length, 2, html);
  assert.match(html, /href="https:\/\/news\.example\/story\?id=2" rel="noopener noreferrer"/);
  assert.match(html, /href="mailto:desk@e\.example"/);
});

test('images keep app paths and absolute http(s) sources only', () => {
  const { html } = sanitizeArticle(
    '<img src="/edition-images/storm.svg"><img src="pic.jpg"><img src="data:image/png;base64,AAAA"><img src="javascript:1"><img src="file:///etc/passwd">',
    'https://news.example/a/',
  );
  assert.match(html, /src="\/edition-images\/storm\.svg"/);
  assert.match(html, /src="https:\/\/news\.example\/a\/pic\.jpg"/);
  assert.equal((html.match(/src=/g) ?? []).length, 2, html);
});

test('without a base URL, relative links are dropped rather than guessed', () => {
  const { html } = sanitizeArticle('<a href="/relative">x</a>');
  assert.equal(html, '<a>x</a>');
});

test('plainText strips all markup from titles', () => {
  assert.equal(plainText('<img src=x onerror=alert(1)>Storm <b>hits</b>   coast'), 'Storm hits coast');
  assert.equal(plainText('Fish &amp; chips'), 'Fish & chips');
});

test('a huge body is handled without crashing', () => {
  const big = '<p>word </p>'.repeat(200_000);
  const { text } = sanitizeArticle(big);
  assert.ok(text.length > 900_000);
});

test('plain text ends a line after each block, nested blocks included, and keeps inline text on its line', () => {
  const { text } = sanitizeArticle('<h2>Head</h2><ul><li><p>one</p></li><li>two <em>2</em></li></ul><table><tr><td>a</td><td>b</td></tr></table>tail <div>x<div>y</div></div>z');
  assert.equal(text, 'Head\none\ntwo 2\na\nb\ntail xyz');
});

test('titles and article bodies keep their own rules whichever is sanitized first', () => {
  assert.equal(plainText('<b>Storm</b> warning'), 'Storm warning');
  assert.equal(sanitizeArticle('<b>Storm</b> warning').html, '<b>Storm</b> warning');
  assert.equal(plainText('<i>Flood</i> <a href="https://e.example">watch</a>'), 'Flood watch');
});
