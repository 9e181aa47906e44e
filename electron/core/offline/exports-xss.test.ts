// The XSS corpus through every way an article's markup leaves the library in
// the main process. A refresh stores a feed's markup as it came (feeds/ingest.ts,
// text/feed-markup.ts), so each exit sanitizes: bookmark exports (HTML, JSON,
// Markdown), the offline copy of the feed's version, and the CLI's show --json.
// The reading pane, in the renderer, is e2e/specs/xss.spec.ts.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { runCli } from '../../cli.ts';
import { ingestEntries } from '../feeds/ingest.ts';
import type { FeedEntry } from '../feeds/parse.ts';
import { tempLibrary, type TempLibrary } from '../testing/temp-library.ts';
import { inertProblems } from './testing/inert.ts';
import { XSS_BODIES, XSS_TITLES } from './testing/xss-corpus.ts';

/** The corpus as a refresh stores it: one feed entry per payload, through the real ingest. */
function ingestCorpus(lib: TempLibrary): number[] {
  const sourceId = lib.core.store.addSource({ title: 'Hostile Wire', feedUrl: 'https://hostile.example/feed' });
  const entries: FeedEntry[] = XSS_BODIES.map((body, i) => ({
    id: `xss-${i}`,
    url: `https://hostile.example/${i}`,
    title: `${XSS_TITLES[i % XSS_TITLES.length]} payload-${i}`,
    author: i % 3 === 0 ? `<img src=x onerror=alert(1)>Reporter ${i}` : null,
    published: Date.UTC(2026, 0, 1) + i * 60_000,
    summaryHtml: i % 2 ? body : '',
    contentHtml: i % 2 ? '' : body,
    contentBase: `https://hostile.example/${i}`,
    image: null,
    enclosures: [],
    categories: [],
  }));
  const { added } = ingestEntries(lib.core.store, sourceId, { entries, lang: null }, Date.now());
  assert.equal(added.length, XSS_BODIES.length);
  return added;
}

test('the corpus is stored as the feed sent it, its text and titles hold no markup', () => {
  const lib = tempLibrary();
  try {
    const ids = ingestCorpus(lib);
    // Stored raw: it is the exits below (and the reading pane) that must hold.
    assert.ok(ids.some((id) => /<script/.test(lib.core.store.article(id).html)));
    for (const id of ids) {
      const article = lib.core.store.article(id);
      // Titles and bylines are text (shown as text too): no tag survives, a stray '">' may.
      assert.doesNotMatch(article.title, /<[a-z/!]/i, article.title);
      assert.doesNotMatch(article.byline ?? '', /<[a-z/!]/i);
      assert.doesNotMatch(lib.core.store.text(id), /__xss|<script|onerror/);
    }
  } finally {
    lib.dispose();
  }
});

test('bookmark exports of the corpus run nothing: HTML (even without its CSP), JSON and Markdown', async () => {
  const lib = tempLibrary({ fetchPage: async () => Promise.reject(new Error('no pages in this test')), fetchImage: async () => Promise.reject(new Error('no images in this test')) });
  try {
    const ids = ingestCorpus(lib);
    for (const id of ids) await lib.core.handlers.library.setBookmarked(id, true);
    await lib.core.fullText.idle();

    const page = await lib.core.handlers.bookmarks.export('html');
    const withoutCsp = page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
    assert.deepEqual(inertProblems(withoutCsp, true), []);
    assert.equal((page.match(/<article>/g) ?? []).length, ids.length);

    const json = JSON.parse(await lib.core.handlers.bookmarks.export('json')) as { bookmarks: { html: string; title: string }[] };
    assert.equal(json.bookmarks.length, ids.length);
    for (const bookmark of json.bookmarks) assert.deepEqual(inertProblems(bookmark.html), [], bookmark.title);

    const markdown = await lib.core.handlers.bookmarks.export('markdown');
    // Markdown viewers render inline HTML: none may be left unescaped (autolinks <https://…> are fine).
    assert.doesNotMatch(markdown, /(?<!\\)<(?!https?:\/\/)[a-z!/]/i);
    assert.doesNotMatch(markdown, /__xss/);
  } finally {
    lib.dispose();
  }
});

test('the offline copy of each hostile feed version is stored sanitized', async () => {
  const lib = tempLibrary({ fetchPage: async () => Promise.reject(new Error('no pages in this test')), fetchImage: async () => Promise.reject(new Error('no images in this test')) });
  try {
    const ids = ingestCorpus(lib);
    for (const id of ids) {
      await lib.core.fullText.fetchFullArticle(id);
      const article = lib.core.store.article(id);
      assert.deepEqual(inertProblems(article.html), [], `payload ${ids.indexOf(id)}`);
    }
  } finally {
    lib.dispose();
  }
});

test('show --json prints the article with its markup sanitized', async () => {
  const lib = tempLibrary();
  const ids = ingestCorpus(lib);
  lib.core.close();
  try {
    for (const id of ids) {
      const out: string[] = [];
      const code = await runCli(['--library', `${lib.dir}/library`, '--json', 'show', String(id)], { out: (t) => out.push(t), err: () => {}, env: {} });
      assert.equal(code, 0);
      const shown = JSON.parse(out.join('\n')) as { html: string };
      assert.deepEqual(inertProblems(shown.html), [], `payload ${ids.indexOf(id)}`);
    }
  } finally {
    lib.dispose();
  }
});
