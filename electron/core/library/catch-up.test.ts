// Indexing a refresh leaves for later (catch-up.ts): what an article can do
// before its catch-up, that the catch-up leaves the indexes exactly as indexing
// at once would, and that it survives a closed library, reused ids and an
// offline copy made in between.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempLibrary, type TempLibrary } from '../testing/temp-library.ts';
import { readFeedMarkup } from '../text/feed-markup.ts';
import { openLibraryCore } from '../library-core.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { ASSETS_DIR } from '../testing/temp-library.ts';
import { CAUGHT_UP_THROUGH } from './catch-up.ts';

const BODIES = [
  '<p>The harbour council approved the <b>Lindqvist</b> sea wall after the storm surge flooded the quay.</p>',
  '<p>Engineers from Marrow &amp; Sons said the Lindqvist wall would take two winters to build.</p><script>no()</script>',
  '<p>A quiet week at the observatory, where the comet survey resumed.</p>',
];

function store(lib: TempLibrary, sourceId: number, i: number, options: { defer: boolean; guid?: string; body?: string }): number {
  const body = options.body ?? BODIES[i % BODIES.length]!;
  const { html, text } = readFeedMarkup(body, 'https://wire.example/');
  return lib.core.store.upsertArticle({
    sourceId,
    guid: options.guid ?? `g${i}`,
    url: `https://wire.example/${i}`,
    title: `Story ${i} harbour`,
    html,
    text,
    published: Date.UTC(2026, 5, 1, 12, i),
    deferIndexing: options.defer,
  });
}

function ftsIntact(lib: TempLibrary): void {
  // FTS5 compares its index with the content table; a delete of something never indexed would show here.
  lib.core.db.exec(`INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)`);
}

function docs(lib: TempLibrary): number {
  return (lib.core.db.prepare('SELECT count(*) AS n FROM related_docs').get() as { n: number }).n;
}

test('before its catch-up an article is listed, opens with its text and is found by title; after, by its words and related stories, as if indexed at once', () => {
  const deferred = tempLibrary();
  const direct = tempLibrary();
  deferred.core.backfill.close(); // the steps are run by hand here
  try {
    const a = deferred.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
    const b = direct.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
    const ids = BODIES.map((_, i) => store(deferred, a, i, { defer: true }));
    BODIES.forEach((_, i) => store(direct, b, i, { defer: false }));

    assert.equal(deferred.core.store.catchUp.pendingCount(), 3);
    assert.equal(deferred.core.store.list({ view: 'all', sourceId: a }).items.length, 3);
    assert.equal(deferred.core.store.text(ids[1]!), 'Engineers from Marrow & Sons said the Lindqvist wall would take two winters to build.');
    assert.equal(deferred.core.store.article(ids[0]!).readingMinutes, 1);
    assert.deepEqual(deferred.core.store.search('harbour').map((s) => s.id).sort(), [...ids].sort(), 'titles are searchable at once');
    assert.deepEqual(deferred.core.store.search('Lindqvist'), [], 'bodies wait for the catch-up');
    assert.equal(docs(deferred), 0);
    ftsIntact(deferred);

    assert.equal(deferred.core.store.catchUp.catchUp(2), 2);
    assert.equal(deferred.core.store.catchUp.catchUp(10), 1);
    assert.equal(deferred.core.store.catchUp.catchUp(10), 0);
    assert.equal(deferred.core.store.catchUp.pending(), false);
    assert.equal(deferred.core.store.getMeta(CAUGHT_UP_THROUGH), String(ids[2]));

    assert.deepEqual(deferred.core.store.search('Lindqvist').map((s) => s.title).sort(), direct.core.store.search('Lindqvist').map((s) => s.title).sort());
    assert.equal(deferred.core.store.search('Lindqvist').length, 2);
    const terms = (lib: TempLibrary) => (lib.core.db.prepare('SELECT terms FROM related_docs ORDER BY article_id').all() as { terms: string }[]).map((r) => r.terms);
    assert.deepEqual(terms(deferred), terms(direct), 'the same story-index entries');
    assert.equal((deferred.core.db.prepare('SELECT text FROM articles WHERE id = ?').get(ids[2]!) as { text: string }).text, 'A quiet week at the observatory, where the comet survey resumed.');
    ftsIntact(deferred);
  } finally {
    deferred.dispose();
    direct.dispose();
  }
});

test('a refresh that updates an article still waiting, and deleting one, leave the search index whole', () => {
  const lib = tempLibrary();
  lib.core.backfill.close();
  try {
    const source = lib.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
    const [first, second] = [0, 1].map((i) => store(lib, source, i, { defer: true }));
    // Updated before its catch-up (a refresh updates what it already stored: at once, not deferred).
    store(lib, source, 0, { defer: false, body: '<p>Corrected: the Lindqvist wall was approved unanimously.</p>' });
    lib.core.db.prepare('DELETE FROM articles WHERE id = ?').run(second!);
    ftsIntact(lib);
    while (lib.core.store.catchUp.catchUp(10) > 0);
    ftsIntact(lib);
    assert.deepEqual(lib.core.store.search('unanimously').map((s) => s.id), [first]);
    assert.equal(docs(lib), 1);
  } finally {
    lib.dispose();
  }
});

test('what waits survives closing the library, and the next open catches up in the background', async () => {
  const lib = tempLibrary();
  lib.core.backfill.close();
  const source = lib.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
  BODIES.forEach((_, i) => store(lib, source, i, { defer: true }));
  lib.core.close();
  const reopened = openLibraryCore({ libraryDir: `${lib.dir}/library`, assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
  try {
    assert.equal(reopened.store.catchUp.pendingCount(), 3);
    reopened.start();
    await reopened.backfill.idle();
    assert.equal(reopened.store.catchUp.pendingCount(), 0);
    assert.equal(reopened.store.search('Lindqvist').length, 2);
  } finally {
    reopened.close();
    lib.dispose();
  }
});

test('an id at or below the mark (the newest articles were deleted, their ids reused) is indexed at once', () => {
  const lib = tempLibrary();
  lib.core.backfill.close();
  try {
    const source = lib.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
    const ids = BODIES.map((_, i) => store(lib, source, i, { defer: true }));
    while (lib.core.store.catchUp.catchUp(10) > 0);
    lib.core.db.prepare('DELETE FROM articles WHERE id = ?').run(ids[2]!);
    const again = store(lib, source, 5, { defer: true, guid: 'reused', body: '<p>The comet survey found Lindqvist’s comet.</p>' });
    assert.equal(again, ids[2], 'SQLite gave the deleted id again');
    assert.equal(lib.core.store.catchUp.pending(), false);
    assert.deepEqual(lib.core.store.search('comet').map((s) => s.id), [again]);
    assert.ok(lib.core.store.storyIndex.loadDoc(again));
    ftsIntact(lib);
  } finally {
    lib.dispose();
  }
});

test('an offline copy captured before the catch-up gets its feed text too', () => {
  const lib = tempLibrary();
  lib.core.backfill.close();
  try {
    const source = lib.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
    const id = store(lib, source, 0, { defer: true });
    lib.core.library.readerCopies.captureFeedVersion(id);
    while (lib.core.store.catchUp.catchUp(10) > 0);
    const row = lib.core.db.prepare('SELECT text, feed_text FROM articles WHERE id = ?').get(id) as { text: string; feed_text: string };
    assert.match(row.text, /Lindqvist sea wall/);
    assert.equal(row.feed_text, row.text);
    ftsIntact(lib);
  } finally {
    lib.dispose();
  }
});

test('a catch-up step that fails after SQLite rolled back itself (a full disk) reports that failure, and the articles stay waiting', () => {
  const lib = tempLibrary({ seed: false });
  lib.core.backfill.close();
  try {
    const source = lib.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
    store(lib, source, 0, { defer: true });
    const index = lib.core.store.storyIndex;
    const original = index.indexArticle.bind(index);
    const full = Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13 });
    index.indexArticle = () => {
      // SQLite ends the transaction on its own after SQLITE_FULL; the statement's error follows.
      lib.core.db.exec('ROLLBACK');
      throw full;
    };
    assert.throws(() => lib.core.store.catchUp.catchUp(10), (error) => error === full);
    index.indexArticle = original;
    assert.equal(lib.core.store.catchUp.pendingCount(), 1, 'nothing was marked done');
    assert.equal(lib.core.store.catchUp.catchUp(10), 1, 'the next step indexes it');
  } finally {
    lib.dispose();
  }
});
