import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { serveAppRequest } from '../host/app-protocol.ts';
import { tempLibrary, type TempLibrary } from '../testing/temp-library.ts';
import { sanitizeArticle } from '../text/sanitize.ts';
import { extractArticle } from './extract.ts';
import { mediaDir } from '../kernel/paths.ts';
import { checkImage, ImageRejected, sniffImageType } from './media.ts';
import { startNewsServer, type NewsServer } from './testing/fixture-server.ts';
import { gif, jpeg, png, svg, webp } from './testing/images.ts';
import { LABELLED_PAGES, wordF1 } from './testing/news-pages.ts';

let server: NewsServer;
before(async () => {
  server = await startNewsServer();
});
after(async () => {
  await server.close();
});

function addFeedArticle(lib: TempLibrary, path: string, feedHtml = '<p>A short summary from the feed…</p>', guid = path): number {
  const sourceId = lib.core.store.addSource({ title: 'Fixture News', feedUrl: server.url(`/feed-${guid}`) });
  const clean = sanitizeArticle(feedHtml, server.url(path));
  return lib.core.store.upsertArticle({ sourceId, guid, url: server.url(path), title: `Story at ${path}`, html: clean.html, text: clean.text, published: Date.now() });
}

describe('extraction', () => {
  test('scores at least 0.94 word-level F1 on the labelled fixture pages, with either DOM', async () => {
    for (const dom of ['jsdom', 'linkedom'] as const) {
      const scores: number[] = [];
      for (const page of LABELLED_PAGES) {
        const article = await extractArticle(page.html, server.url(`/article/${page.name}`), { dom });
        const { f1 } = wordF1(article.text, page.body.join('\n'));
        assert.ok(f1 >= 0.9, `${dom} ${page.name}: F1 ${f1.toFixed(3)}`);
        scores.push(f1);
      }
      const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
      assert.ok(mean >= 0.94, `${dom} mean F1 ${mean.toFixed(3)}`);
    }
  });

  test('keeps byline, site name, published time, language, lead image, and drops page scripts and clutter', async () => {
    const page = LABELLED_PAGES.find((p) => p.name === 'harbour-storm')!;
    const article = await extractArticle(page.html, server.url('/article/harbour-storm'));
    assert.equal(article.byline, 'Tom Reyes');
    assert.equal(article.siteName, 'The Northern Courier');
    assert.equal(article.publishedTime, '2026-03-03T06:40:00.000Z');
    assert.equal(article.lang, 'en');
    assert.equal(article.leadImage, server.url('/img/harbour.png'));
    assert.doesNotMatch(article.html, /<script|cookie|newsletter|Subscribe|Reply/i);
    assert.deepEqual(article.images, [server.url('/img/lifeboat.jpg')]);
    const french = await extractArticle(LABELLED_PAGES.find((p) => p.name === 'night-train-review')!.html, server.url('/article/x'));
    assert.equal(french.lang, 'fr');
  });

  test('each labelled page keeps the images of its article body, choosing srcset and <picture> candidates for the reading width', async () => {
    for (const page of LABELLED_PAGES) {
      const article = await extractArticle(page.html, server.url(`/article/${page.name}`));
      for (const path of page.expectedImages.filter((p) => p !== '/img/harbour.png')) {
        assert.ok(article.images.includes(server.url(path)), `${page.name} keeps ${path}: ${article.images.join(', ')}`);
      }
    }
  });
});

describe('sanitizing images', () => {
  test('lazy-load attributes replace placeholders; srcset and <picture> collapse to one src', () => {
    const { html } = sanitizeArticle(
      `<img src="data:image/gif;base64,R0lGOD" data-src="/a.jpg" alt="a">
       <img data-srcset="/b-400.jpg 400w, /b-1600.jpg 1600w" src="/spacer.gif">
       <img srcset="/c.png 1x, /c@2x.png 2x, /c@3x.png 3x">
       <picture><source type="image/jxl" srcset="/d.jxl"><source srcset="/d-800.webp 800w, /d-2000.webp 2000w" type="image/webp"><img src="/d.jpg"></picture>`,
      'https://news.example/story/',
    );
    assert.match(html, /src="https:\/\/news\.example\/a\.jpg"/);
    assert.match(html, /src="https:\/\/news\.example\/b-1600\.jpg"/);
    assert.match(html, /src="https:\/\/news\.example\/c@2x\.png"/);
    assert.match(html, /src="https:\/\/news\.example\/d-2000\.webp"/);
    assert.doesNotMatch(html, /srcset|data-src|<source|jxl/);
  });
});

describe('image checks', () => {
  test('recognises real image bytes and refuses liars', () => {
    assert.equal(sniffImageType(png()), 'image/png');
    assert.equal(sniffImageType(jpeg()), 'image/jpeg');
    assert.equal(sniffImageType(webp()), 'image/webp');
    assert.equal(sniffImageType(svg()), 'image/svg+xml');
    assert.equal(sniffImageType(gif()), 'image/gif');
    assert.equal(sniffImageType(Buffer.from('<!doctype html><html>')), null);
    assert.equal(checkImage(png(), 'image/png', 'https://x.example/a'), 'image/png');
    assert.equal(checkImage(jpeg(), 'application/octet-stream', 'https://x.example/a.jpg'), 'image/jpeg');
    assert.throws(() => checkImage(png(), 'image/jpeg', 'https://x.example/a.jpg'), ImageRejected);
    assert.throws(() => checkImage(Buffer.from('<html><script>alert(1)</script>'), 'image/png', 'https://x.example/a.png'), ImageRejected);
    assert.throws(() => checkImage(png(), 'text/html', 'https://x.example/a.png'), ImageRejected);
    assert.throws(() => checkImage(png(), null, 'https://x.example/a.gif'), ImageRejected);
  });
});

describe('full articles kept locally', () => {
  test('fetches, extracts, stores images under /media and serves them with their type; search covers the full text', async () => {
    const lib = tempLibrary();
    try {
      const ctx = lib.core.context;
      const id = addFeedArticle(lib, '/article/council-budget');
      const outcome = await lib.core.fullText.fetchFullArticle(id);
      assert.equal(outcome.status, 'ok');
      assert.equal(outcome.showing, 'full');
      const article = lib.core.handlers.library.article(id) as Awaited<ReturnType<typeof lib.core.handlers.library.article>>;
      assert.equal(article.reader?.showing, 'full');
      assert.equal(article.reader?.hasFull, true);
      assert.match(article.html, /Opposition councillors proposed/);
      const srcs = [...article.html.matchAll(/src="([^"]+)"/g)].map((m) => m[1]!);
      assert.equal(srcs.length, 2);
      for (const src of srcs) assert.match(src, /^\/media\/[0-9a-f]{64}\.(webp|png)$/);
      const roots = { renderer: lib.dir, editionImages: lib.dir, media: mediaDir(ctx.libraryDir) };
      const served = await serveAppRequest(roots, srcs[0]!);
      assert.equal(served.status, 200);
      assert.equal(served.headers['content-type'], 'image/webp');
      assert.equal((await serveAppRequest(roots, '/media/../library.db')).status, 404);
      assert.deepEqual(lib.core.store.search('opposition councillors reserves').map((a) => a.id), [id]);
    } finally {
      lib.dispose();
    }
  });

  test('SVG is stored and served under a sandboxing CSP; lying and oversized images are refused', async () => {
    server.route('/article/liars', {
      type: 'text/html',
      body: `<html><body><article><h1>Liars</h1><p>${'An article paragraph about images that lie about what they are. '.repeat(12)}</p>
        <img src="/img/chart.svg"><img src="/img/png-as-jpeg.jpg"><img src="/img/html-as-png.png"><img src="/img/huge.png">
        <p>${'Another paragraph so that the article is long enough to be read. '.repeat(10)}</p></article></body></html>`,
    });
    const lib = tempLibrary();
    try {
      const ctx = lib.core.context;
      const id = addFeedArticle(lib, '/article/liars');
      const outcome = await lib.core.fullText.fetchFullArticle(id);
      const failedPaths = outcome.imageFailures.map((f) => new URL(f.url).pathname).sort();
      assert.deepEqual(failedPaths, ['/img/html-as-png.png', '/img/huge.png', '/img/png-as-jpeg.jpg']);
      const html = lib.core.store.article(id).html;
      const svgSrc = /src="(\/media\/[0-9a-f]{64}\.svg)"/.exec(html)?.[1];
      assert.ok(svgSrc, html);
      const served = await serveAppRequest({ renderer: lib.dir, editionImages: lib.dir, media: mediaDir(ctx.libraryDir) }, svgSrc);
      assert.equal(served.headers['content-type'], 'image/svg+xml');
      assert.match(served.headers['content-security-policy']!, /sandbox/);
      // Refused images are never kept or served: they keep their web address, which the pane shows as a link only.
      for (const name of ['png-as-jpeg.jpg', 'html-as-png.png', 'huge.png']) assert.match(html, new RegExp(`src="${server.url(`/img/${name}`)}"`));
    } finally {
      lib.dispose();
    }
  });

  test('a feed refresh rewriting the article keeps the full text shown and the new feed version beside it; the reader can switch', async () => {
    const lib = tempLibrary();
    try {
      const id = addFeedArticle(lib, '/article/village-shop', '<p>Villagers buy their shop…</p>', 'shop');
      await lib.core.fullText.fetchFullArticle(id);
      assert.match(lib.core.store.article(id).html, /Jean Cole/);
      // What the feeds ingest does on the next refresh: upsert the feed's item again, now changed.
      const sourceId = (lib.core.db.prepare('SELECT source_id FROM articles WHERE id = ?').get(id) as { source_id: number }).source_id;
      const changed = sanitizeArticle('<p>Villagers buy their shop, updated summary…</p>');
      lib.core.store.upsertArticle({ sourceId, guid: 'shop', url: server.url('/article/village-shop'), title: 'Shop saved', html: changed.html, text: changed.text, published: Date.now() });
      assert.match(lib.core.store.article(id).html, /Jean Cole/, 'full text still shown');
      lib.core.library.readerCopies.setVersion(id, 'feed');
      assert.match(lib.core.store.article(id).html, /updated summary/);
      assert.deepEqual(lib.core.store.search('updated summary').map((a) => a.id), [id]);
      lib.core.library.readerCopies.setVersion(id, 'full');
      assert.match(lib.core.store.article(id).html, /Jean Cole/);
    } finally {
      lib.dispose();
    }
  });

  test('a page that cannot be read leaves the feed version, says why, and still keeps the feed images', async () => {
    server.route('/article/empty', { type: 'text/html', body: '<html><body><nav>Home</nav></body></html>' });
    const lib = tempLibrary();
    try {
      const id = addFeedArticle(lib, '/article/empty', `<p>Feed text.</p><img src="${server.url('/img/feed-photo.png')}">`);
      const outcome = await lib.core.fullText.fetchFullArticle(id);
      assert.equal(outcome.status, 'failed');
      const article = lib.core.handlers.library.article(id) as Awaited<ReturnType<typeof lib.core.handlers.library.article>>;
      assert.equal(article.reader?.showing, 'feed');
      assert.equal(article.reader?.fullStatus, 'failed');
      assert.ok(article.reader?.fullError);
      assert.match(article.html, /src="\/media\/[0-9a-f]{64}\.png"/);
    } finally {
      lib.dispose();
    }
  });
});

describe('bookmarks', () => {
  test('bookmarking fetches the full copy; exports carry the full text; JSON imports into another library', async () => {
    const lib = tempLibrary();
    const other = tempLibrary();
    try {
      const id = addFeedArticle(lib, '/article/night-watchman');
      await lib.core.handlers.library.setBookmarked(id, true);
      await lib.core.fullText.idle();
      assert.match(lib.core.store.article(id).html, /It never is/);
      const markdown = await lib.core.handlers.bookmarks.export('markdown');
      assert.match(markdown, /## Story at \/article\/night-watchman/);
      assert.match(markdown, /People think the night is empty/);
      const html = await lib.core.handlers.bookmarks.export('html');
      assert.match(html, /<h2>Story at \/article\/night-watchman<\/h2>/);
      assert.match(html, new RegExp(`src="${server.url('/img/watchman.webp')}"`), 'images point back at their original address');
      const json = await lib.core.handlers.bookmarks.export('json');
      const result = await other.core.handlers.bookmarks.import(json);
      assert.deepEqual(result, { imported: 1, matched: 0, problems: [] });
      const imported = (await other.core.handlers.library.articles({ view: 'bookmarks' })).items;
      assert.equal(imported.length, 1);
      assert.match(other.core.store.article(imported[0]!.id).html, /It never is/);
      await other.core.fullText.idle();
      assert.equal((await other.core.handlers.bookmarks.import(json)).matched, 1);
      await assert.rejects(async () => other.core.handlers.bookmarks.import('{"not":"ours"}'), /not a Broadsheet bookmarks export/);
    } finally {
      lib.dispose();
      other.dispose();
    }
  });

  test('images of bookmarked articles survive a purge; those of deleted articles are collected', async () => {
    const lib = tempLibrary();
    try {
      const ctx = lib.core.context;
      const kept = addFeedArticle(lib, '/article/harbour-storm', '<p>x…</p>', 'kept');
      const dropped = addFeedArticle(lib, '/article/reef-study', '<p>y…</p>', 'dropped');
      await lib.core.fullText.fetchFullArticle(kept);
      await lib.core.fullText.fetchFullArticle(dropped);
      lib.core.store.setBookmarked(kept, true);
      const before = readdirSync(mediaDir(ctx.libraryDir)).length;
      // What the feeds' retention does: delete old articles, never bookmarked ones.
      lib.core.db.prepare('DELETE FROM articles WHERE id NOT IN (SELECT article_id FROM bookmarks WHERE article_id IS NOT NULL)').run();
      const purged = lib.core.library.media.collectUnused();
      assert.equal(purged.files, 1, 'the reef chart');
      assert.equal(readdirSync(mediaDir(ctx.libraryDir)).length, before - 1);
      for (const [src] of lib.core.store.article(kept).html.matchAll(/\/media\/[0-9a-f]{64}\.\w+/g)) {
        assert.ok(existsSync(join(ctx.libraryDir, src)), src);
      }
    } finally {
      lib.dispose();
    }
  });
});

describe('connectivity', () => {
  test('failures at two hosts mean offline; queued work waits and runs when the network returns', async () => {
    const lib = tempLibrary();
    try {
      const changes: unknown[] = [];
      lib.core.onEvent((name, payload) => name === 'connectivityChanged' && changes.push(payload));
      const offline = lib.core.fullText;
      const connectivity = lib.core.connectivity;
      connectivity.noteFailure('http://127.0.0.1:9/a');
      assert.equal(connectivity.online, true, 'one dead host is not a dead network');
      connectivity.noteFailure('http://127.0.0.2:9/b');
      assert.equal(connectivity.online, false);
      assert.equal((await lib.core.handlers.offline.connectivity()).reason, 'requests-failing');
      const id = addFeedArticle(lib, '/article/reef-study');
      await lib.core.handlers.library.setBookmarked(id, true);
      let done = false;
      void offline.idle().then(() => (done = true));
      await new Promise((r) => setTimeout(r, 50));
      assert.equal(done, false, 'waits while offline');
      await lib.core.handlers.offline.reportNetworkStatus(false);
      assert.equal((await lib.core.handlers.offline.connectivity()).reason, 'system-offline');
      await lib.core.handlers.offline.reportNetworkStatus(true);
      await offline.idle();
      assert.match(lib.core.store.article(id).html, /parrotfish/);
      assert.deepEqual(changes.map((c) => (c as { online: boolean }).online), [false, true]);
    } finally {
      lib.dispose();
    }
  });
});


describe('the XSS corpus through the ingest sanitizer', () => {
  test('no script, frame, form, event handler or javascript:/data: URL survives in any payload', async () => {
    const { XSS_BODIES, XSS_TITLES } = await import('./testing/xss-corpus.ts');
    const { plainText } = await import('../text/sanitize.ts');
    assert.ok(XSS_BODIES.length >= 30);
    for (const body of XSS_BODIES) {
      const { html } = sanitizeArticle(body, 'https://hostile.example/a');
      assert.doesNotMatch(html, /<(script|iframe|object|embed|form|input|button|select|textarea|style|link|meta|base|svg|math|template|dialog)\b/i, body);
      assert.doesNotMatch(html, /\son\w+\s*=/i, body);
      assert.doesNotMatch(html, /(href|src|action)\s*=\s*"\s*(javascript|data|vbscript):/i, body);
    }
    for (const title of XSS_TITLES) assert.doesNotMatch(plainText(title), /</);
  });
});

test('bundled sample-edition articles are complete: bookmarking one fetches nothing', async () => {
  const requested: string[] = [];
  const lib = tempLibrary({
    seed: true,
    fetchPage: async (url) => {
      requested.push(url);
      throw new Error('no network in tests');
    },
  });
  try {
    const [first] = lib.core.store.list({ view: 'all', limit: 1 }).items;
    await lib.core.handlers.library.setBookmarked(first!.id, true);
    const outcome = await lib.core.fullText.fetchFullArticle(first!.id);
    assert.equal(outcome.status, 'ok');
    assert.deepEqual(requested, []);
  } finally {
    lib.dispose();
  }
});
