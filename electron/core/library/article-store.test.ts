import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { addArticles, tempLibrary } from '../testing/temp-library.ts';
import { PREFIX_EXPANSION } from './article-store.ts';

const lib = tempLibrary();
after(() => lib.dispose());
const now = Date.now();
const harbour = addArticles(
  lib.core,
  'Harbour Ledger',
  Array.from({ length: 25 }, (_, i) => ({ title: `Harbour item ${i}`, body: `Body number ${i} about tides and ferries.`, hoursAgo: i })),
  now,
);
const courier = addArticles(
  lib.core,
  'Northgate Courier',
  Array.from({ length: 10 }, (_, i) => ({ title: `Courier item ${i}`, body: `Courier text ${i} on rail timetables.`, hoursAgo: i + 0.5 })),
  now,
);
const store = lib.core.store;

test('keyset pages cover every article exactly once, newest first', () => {
  const seen: number[] = [];
  let cursor: string | null = null;
  let pages = 0;
  let lastPublished = Infinity;
  do {
    const page = store.list({ view: 'all', limit: 7, cursor });
    if (pages === 0) assert.equal(page.total, 35);
    else assert.equal(page.total, null);
    for (const item of page.items) {
      const t = Date.parse(item.published);
      assert.ok(t <= lastPublished, 'not in date order');
      lastPublished = t;
      seen.push(item.id);
    }
    cursor = page.next;
    pages++;
  } while (cursor);
  assert.equal(pages, 5);
  assert.deepEqual([...seen].sort((a, b) => a - b), [...harbour, ...courier].sort((a, b) => a - b));
});

test('filtering by source and unread', () => {
  const bySource = store.list({ view: 'all', sourceId: store.sources().find((s) => s.title === 'Northgate Courier')!.id, limit: 100 });
  assert.deepEqual(new Set(bySource.items.map((a) => a.source.title)), new Set(['Northgate Courier']));
  assert.equal(bySource.total, 10);
  store.setRead(harbour[0]!, true);
  store.setRead(harbour[1]!, true);
  const unread = store.list({ view: 'unread', limit: 100 });
  assert.equal(unread.total, 33);
  assert.ok(!unread.items.some((a) => a.id === harbour[0] || a.id === harbour[1]));
  store.setRead(harbour[0]!, false);
  assert.equal(store.list({ view: 'unread' }).total, 34);
});

test('a tampered cursor is a clear error, not a crash', () => {
  assert.throws(() => store.list({ view: 'all', cursor: 'bm90LWEtY3Vyc29y' }), /cursor/);
});

test('bookmarks list newest bookmark first and survive the article being removed', () => {
  store.setBookmarked(courier[3]!, true);
  store.setBookmarked(harbour[5]!, true);
  const page = store.list({ view: 'bookmarks' });
  assert.deepEqual(page.items.map((a) => a.id), [harbour[5], courier[3]]);
  assert.ok(page.items.every((a) => a.bookmarked));
  assert.equal(store.summary(courier[3]!).bookmarked, true);

  lib.core.db.prepare('DELETE FROM articles WHERE id = ?').run(courier[3]!);
  const kept = lib.core.db.prepare('SELECT title, article_id FROM bookmarks WHERE guid LIKE ?').get('Northgate Courier-3-%') as { title: string; article_id: number | null };
  assert.equal(kept.title, 'Courier item 3');
  assert.equal(kept.article_id, null);
  store.setBookmarked(harbour[5]!, false);
  assert.equal(store.list({ view: 'bookmarks' }).total, 0);
});

test('updating an article by guid keeps its read and bookmark state', () => {
  const id = harbour[7]!;
  store.setRead(id, true);
  store.setBookmarked(id, true);
  const sourceId = store.summary(id).source.id;
  const again = store.upsertArticle({ sourceId, guid: 'Harbour Ledger-7-Harbour item 7', url: null, title: 'Harbour item 7 (updated)', html: '<p>new</p>', text: 'new', published: now });
  assert.equal(again, id);
  const summary = store.summary(id);
  assert.equal(summary.title, 'Harbour item 7 (updated)');
  assert.equal(summary.read, true);
  assert.equal(summary.bookmarked, true);
});

test('search finds words in titles and bodies, prefix on the last word, and ignores FTS syntax', () => {
  assert.ok(store.search('ferries').length >= 20);
  const courierId = store.sources().find((s) => s.title === 'Northgate Courier')!.id;
  assert.equal(store.search('rail timeta').length, store.list({ view: 'all', sourceId: courierId }).total);
  assert.deepEqual(store.search('"unbalanced AND ( NEAR'), []);
  assert.deepEqual(store.search('   '), []);
});

test('a last word typed in part finds every word it starts, few or many', () => {
  const other = tempLibrary();
  try {
    // "tram…" starts three words; "zeta…" starts more than the expansion takes, so it stays a prefix term.
    const words = ['tram', 'trams', 'tramline', ...Array.from({ length: PREFIX_EXPANSION + 4 }, (_, i) => `zeta${i}x`)];
    addArticles(other.core, 'Wire', words.map((w, i) => ({ title: `Item ${i}`, body: `City council news about ${w} today.` })));
    addArticles(other.core, 'Desk', [{ title: 'Council budget', body: 'Nothing about transport at all.' }]);
    const found = (q: string) => other.core.store.search(q, 100).map((a) => a.title).sort();
    assert.deepEqual(found('tram'), ['Item 0', 'Item 1', 'Item 2']);
    assert.deepEqual(found('council tram'), ['Item 0', 'Item 1', 'Item 2']);
    assert.equal(found('zeta').length, PREFIX_EXPANSION + 4);
    assert.deepEqual(found('tramx'), []);
  } finally {
    other.dispose();
  }
});

test('an unknown article is NOT_FOUND', () => {
  assert.throws(() => store.article(999_999), (e: Error & { code?: string }) => e.code === 'NOT_FOUND');
});
