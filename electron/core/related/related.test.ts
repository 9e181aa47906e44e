import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { openLibraryCore } from '../library-core.ts';
import { MemoryPreferences } from '../kernel/preferences.ts';
import { afterEach, describe, test } from 'node:test';
import { addArticles, ASSETS_DIR, tempLibrary, type TempLibrary } from '../testing/temp-library.ts';
import { bigPicture } from './big-picture.ts';
import { extractFeatures } from '../text/story-features.ts';
import { relatedArticles } from './related.ts';
import { INDEX_COMPLETE } from '../library/story-index.ts';

describe('related stories and the big picture', () => {
  let lib: TempLibrary;
  afterEach(() => lib.dispose());

  const now = Date.UTC(2026, 2, 10, 12);
  const storm = (outlet: string) =>
    `Storm Oriel struck Dunmere overnight. Mayor Talvik said the Dunmere sea wall failed and ${outlet} crews counted 40 boats adrift in Dunmere harbour.`;

  function library() {
    lib = tempLibrary({ now: () => now });
    const core = lib.core;
    const [a] = addArticles(core, 'North Post', [{ title: 'Storm Oriel breaches Dunmere sea wall', body: storm('rescue'), hoursAgo: 2 }], now);
    const [b] = addArticles(core, 'South Wire', [{ title: 'Dunmere counts cost of Storm Oriel', body: storm('council'), hoursAgo: 4 }], now);
    // The second East Times article is background: same town and mayor, a budget row ten days earlier.
    const [c, d] = addArticles(
      core,
      'East Times',
      [
        { title: 'Oriel leaves Dunmere harbour wrecked', body: storm('harbour'), hoursAgo: 5 },
        { title: 'Dunmere budget row over sea wall repairs', body: 'Mayor Talvik and councillors in Dunmere argued over the cost of sea wall repairs and the harbour budget for next year.', hoursAgo: 240 },
      ],
      now,
    );
    // Unrelated news in between, so idf has something to compare against.
    const filler = addArticles(
      core,
      'Other Gazette',
      ['Rocket reaches orbit from Vell spaceport', 'Court fines Brask Holdings over river pollution', 'Rail strike halts trains in Ostrava', 'Central bank holds rates at four percent'].map((title, i) => ({
        title,
        body: `${title}. Officials said more details would follow and analysts said the coming weeks would be crucial for the sector.`,
        hoursAgo: 3 + i,
      })),
      now,
    );
    // A syndicated copy of the first article under another outlet.
    const [copy] = addArticles(core, 'Syndicate Daily', [{ title: 'Storm Oriel breaches Dunmere sea wall (wire)', body: storm('rescue'), hoursAgo: 2.5 }], now);
    return { a: a!, b: b!, c: c!, d: d!, filler, copy: copy! };
  }

  test('other outlets covering the event are Same story; background is Related; the article itself is not listed', () => {
    const { a, b, c, d, filler } = library();
    const entries = relatedArticles(lib.core.store, b);
    const same = entries.filter((e) => e.group === 'same-story').map((e) => e.article.id);
    const related = entries.filter((e) => e.group === 'related').map((e) => e.article.id);
    assert.deepEqual(new Set(same), new Set([a, c]));
    assert.ok(related.includes(d), 'the earlier budget row is related background');
    assert.ok(!entries.some((e) => e.article.id === b));
    assert.ok(!same.some((id) => filler.includes(id)));
    assert.match(entries[0]!.reason, /Dunmere|Oriel|Talvik/);
  });

  test('a syndicated copy is folded into its original with "also in", and a copy of the article itself is left out', () => {
    const { a, copy } = library();
    const fromB = relatedArticles(lib.core.store, a + 1);
    const folded = fromB.find((e) => e.article.id === a || e.article.id === copy)!;
    assert.ok(folded.alsoIn?.length === 1);
    assert.equal(fromB.filter((e) => e.article.id === a || e.article.id === copy).length, 1);
    assert.ok(!relatedArticles(lib.core.store, a).some((e) => e.article.id === copy));
  });

  test('each stored article is indexed on arrival and removed with its article', () => {
    const { a, d } = library();
    assert.equal(lib.core.store.storyIndex.documentCount(), 9);
    assert.ok(lib.core.store.storyIndex.loadDoc(a));
    lib.core.db.prepare('DELETE FROM articles WHERE id = ?').run(d);
    assert.equal(lib.core.store.storyIndex.loadDoc(d), null);
    assert.ok(!relatedArticles(lib.core.store, a).some((e) => e.article.id === d));
  });

  test('big picture clusters the event across sources, biggest first', () => {
    const { a, b, c, copy } = library();
    const clusters = bigPicture(lib.core.store, { since: '24h' }, now);
    const top = clusters[0]!;
    assert.deepEqual(new Set(top.articles.map((x) => x.id)), new Set([a, b, c, copy]));
    assert.equal(top.sourceCount, 4);
    assert.match(top.headline, /Oriel|Dunmere/);
    assert.ok(clusters.slice(1).every((cl) => cl.sourceCount === 1));
    // The background article is ten days old: outside the 24 hours.
    assert.equal(clusters.reduce((n, cl) => n + cl.articles.length, 0), 8);
  });

  test('articles in another language are grouped with their own language', () => {
    lib = tempLibrary({ now: () => now });
    const sourceId = lib.core.store.addSource({ title: 'Mix' });
    const add = (title: string, text: string, lang: string) =>
      lib.core.store.upsertArticle({ sourceId, guid: title, url: null, title, html: '', text, lang, published: now - 3600_000 });
    const ja1 = add('台風が東京に上陸', '大型の台風が東京に上陸し、交通機関が止まった。', 'ja');
    const ja2 = add('東京で台風被害', '台風の影響で東京の交通機関が止まり、被害が出た。', 'ja');
    const en = add('Typhoon hits Tokyo', 'A large typhoon made landfall in Tokyo and stopped transport.', 'en');
    const entries = relatedArticles(lib.core.store, ja1);
    assert.deepEqual(entries.map((e) => e.article.id), [ja2]);
    assert.ok(!relatedArticles(lib.core.store, en).some((e) => e.article.id === ja1));
  });
});

test('articles stored before the index existed are indexed in the background, and on demand for a day', () => {
  const lib = tempLibrary();
  try {
    const now = Date.now();
    const ids = addArticles(lib.core, 'Old Times', [
      { title: 'Storm Oriel hits Dunmere', body: 'Storm Oriel hit Dunmere harbour overnight, Mayor Talvik said.', hoursAgo: 1 },
      { title: 'Dunmere storm damage', body: 'Mayor Talvik of Dunmere counted the storm damage from Oriel.', hoursAgo: 2 },
    ], now);
    // Simulate a library from before the index: drop its rows.
    lib.core.db.exec('DELETE FROM related_postings; DELETE FROM related_terms; DELETE FROM related_docs;');
    assert.equal(bigPicture(lib.core.store, { since: '24h' }, now)[0]!.articles.length, 2);
    lib.core.db.exec('DELETE FROM related_postings; DELETE FROM related_terms; DELETE FROM related_docs;');
    assert.equal(lib.core.store.storyIndex.indexMissing(10), 2);
    assert.ok(ids.every((id) => lib.core.store.storyIndex.loadDoc(id)));
  } finally {
    lib.dispose();
  }
});

test('indexing an old library that fails after SQLite rolled back itself (a full disk) reports that failure, and the articles stay unindexed', () => {
  const lib = tempLibrary({ seed: false });
  lib.core.backfill.close();
  try {
    addArticles(lib.core, 'Old Times', [{ title: 'Storm Oriel hits Dunmere', body: 'Storm Oriel hit Dunmere harbour overnight, Mayor Talvik said.', hoursAgo: 1 }], Date.now());
    lib.core.db.exec('DELETE FROM related_postings; DELETE FROM related_terms; DELETE FROM related_docs;');
    const index = lib.core.store.storyIndex;
    const original = index.indexArticle.bind(index);
    const full = Object.assign(new Error('database or disk is full'), { code: 'ERR_SQLITE_ERROR', errcode: 13 });
    index.indexArticle = () => {
      // SQLite ends the transaction on its own after SQLITE_FULL; the statement's error follows.
      lib.core.db.exec('ROLLBACK');
      throw full;
    };
    assert.throws(() => index.indexMissing(10), (error) => error === full);
    index.indexArticle = original;
    assert.equal(lib.core.db.isTransaction, false);
    assert.equal(index.indexMissing(10), 1, 'the next step indexes it');
  } finally {
    lib.dispose();
  }
});

describe('story index batches', () => {
  let lib: TempLibrary | null = null;
  afterEach(() => {
    lib?.dispose();
    lib = null;
  });

  const bodies = [
    ['Flood closes Kerlan harbour', 'Water rose over the Kerlan quay overnight and the harbour master closed the port to ferries until Friday.'],
    ['Kerlan ferries stay in port', 'Ferry operators kept boats in Kerlan harbour as flood water stayed high along the quay.'],
    ['Orbital launch delayed', 'Engineers at the Vessa launch site postponed the rocket launch after a valve fault in the second stage.'],
    ['Vessa valve fault explained', 'The Vessa team said the valve fault on the second stage rocket would take a week to repair.'],
  ] as const;

  /** Everything the story index holds, in a comparable form. */
  function indexState(l: TempLibrary) {
    const db = l.core.db;
    return {
      docs: db.prepare('SELECT article_id, source_id, lang, published, url_key, fingerprint, terms FROM related_docs ORDER BY article_id').all(),
      terms: db.prepare('SELECT term, df FROM related_terms WHERE df > 0 ORDER BY term').all(),
      postings: db.prepare('SELECT term, published, article_id FROM related_postings ORDER BY term, published, article_id').all(),
    };
  }

  function store(l: TempLibrary, batched: boolean, name = 'wire'): number[] {
    const sourceId = l.core.store.addSource({ title: name, feedUrl: `https://${name}.example/feed` });
    const put = (i: number) =>
      l.core.store.upsertArticle({ sourceId, guid: `g${i}`, url: `https://wire.example/${i}`, title: bodies[i]![0], html: `<p>${bodies[i]![1]}</p>`, text: bodies[i]![1], published: 1_750_000_000_000 + i * 3600_000 });
    return batched ? l.core.store.transaction(() => bodies.map((_, i) => put(i))) : bodies.map((_, i) => put(i));
  }

  test('articles stored in one transaction are indexed exactly as when stored one by one', () => {
    const single = tempLibrary();
    try {
      store(single, false);
      lib = tempLibrary();
      const ids = store(lib, true);
      assert.deepEqual(indexState(lib), indexState(single));
      assert.equal(lib.core.store.storyIndex.documentCount(), bodies.length);
      // And the batch-built index answers: the two Kerlan flood articles find each other.
      assert.ok(relatedArticles(lib.core.store, ids[0]!).some((e) => e.article.id === ids[1]));
    } finally {
      single.dispose();
    }
  });

  test('features computed ahead (as a feed worker does) index an article exactly as computing them in place', () => {
    const inPlace = tempLibrary();
    try {
      store(inPlace, true);
      lib = tempLibrary();
      const sourceId = lib.core.store.addSource({ title: 'wire', feedUrl: 'https://wire.example/feed' });
      lib.core.store.transaction(() =>
        bodies.forEach(([title, text], i) => {
          const url = `https://wire.example/${i}`;
          const features = extractFeatures({ title, text, lang: null, url });
          lib!.core.store.upsertArticle({ sourceId, guid: `g${i}`, url, title, html: `<p>${text}</p>`, text, published: 1_750_000_000_000 + i * 3600_000, features });
        }),
      );
      assert.deepEqual(indexState(lib), indexState(inPlace));
    } finally {
      inPlace.dispose();
    }
  });

  test('a transaction that fails leaves no index rows and no miscounted terms', () => {
    lib = tempLibrary();
    const [first] = store(lib, false);
    const before = indexState(lib);
    const sourceId = lib.core.store.addSource({ title: 'Other', feedUrl: 'https://other.example/feed' });
    assert.throws(() =>
      lib!.core.store.transaction(() => {
        lib!.core.store.upsertArticle({ sourceId, guid: 'x', url: null, title: 'Kerlan harbour flood again', html: '<p>Kerlan quay water</p>', text: 'Kerlan quay water harbour flood', published: 1_750_000_000_000 });
        throw new Error('disk full');
      }),
    );
    assert.deepEqual(indexState(lib), before);
    assert.equal(lib.core.store.storyIndex.documentCount(), bodies.length);
    // Statistics the failed batch had counted are forgotten: a later article is ranked against the real counts.
    store(lib, true, 'later');
    assert.equal(lib.core.store.storyIndex.documentCount(), bodies.length * 2);
    assert.ok(lib.core.store.storyIndex.loadDoc(first!));
  });

  test('an article stored twice in one transaction, or deleted in it, leaves its last state', () => {
    lib = tempLibrary();
    const sourceId = lib.core.store.addSource({ title: 'Wire', feedUrl: 'https://wire.example/feed' });
    const put = (guid: string, title: string, text: string) =>
      lib!.core.store.upsertArticle({ sourceId, guid, url: null, title, html: `<p>${text}</p>`, text, published: 1_750_000_000_000 });
    const [kept, gone] = lib.core.store.transaction(() => {
      const a = put('a', 'Harbour flood', 'Water over the Kerlan quay');
      put('a', 'Rocket launch', 'The Vessa rocket launch slipped a week');
      const b = put('b', 'Bridge closed', 'The Tamsel bridge closed for repairs');
      lib!.core.db.prepare('DELETE FROM articles WHERE id = ?').run(b);
      return [a, b];
    });
    const doc = lib.core.store.storyIndex.loadDoc(kept);
    assert.ok(doc?.terms.some(([t]) => t === 'rocket'));
    assert.ok(!doc?.terms.some(([t]) => t === 'harbour'));
    assert.equal(lib.core.store.storyIndex.loadDoc(gone), null);
    assert.equal((lib.core.db.prepare("SELECT count(*) AS n FROM related_terms WHERE term IN ('harbour', 'tamsel') AND df > 0").get() as { n: number }).n, 0);
    assert.equal((lib.core.db.prepare('SELECT count(*) AS n FROM related_postings WHERE article_id = ?').get(gone) as { n: number }).n, 0);
  });
});


test('the background back-fill indexes what is missing once, then start-ups skip the library scan', async () => {
  const lib = tempLibrary();
  const libraryDir = join(lib.dir, 'library');
  const reopen = () => {
    const core = openLibraryCore({ libraryDir, assetsDir: ASSETS_DIR, preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
    core.start();
    return core;
  };
  try {
    const ids = addArticles(lib.core, 'Old Times', [
      { title: 'Storm Oriel hits Dunmere', body: 'Storm Oriel hit Dunmere harbour overnight, Mayor Talvik said.', hoursAgo: 1 },
      { title: 'Tram budget approved', body: 'The Dunmere council approved the tram budget.', hoursAgo: 2 },
    ]);
    // A library from before the index: its rows are missing and nothing says it is complete.
    lib.core.db.exec("DELETE FROM related_postings; DELETE FROM related_terms; DELETE FROM related_docs; DELETE FROM meta WHERE key = 'related.indexComplete'");
    lib.core.close();
    let core = reopen();
    const waitFor = async (done: () => boolean) => {
      for (let i = 0; i < 100 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
    };
    await waitFor(() => core.store.getMeta(INDEX_COMPLETE) === '1');
    assert.equal(core.store.getMeta(INDEX_COMPLETE), '1');
    assert.ok(ids.every((id) => core.store.storyIndex.loadDoc(id)), 'every article was indexed in the background');
    core.close();
    // Complete now: a later start finds the flag and leaves the index alone (a row dropped behind its back stays dropped).
    core = reopen();
    core.db.prepare('DELETE FROM related_docs WHERE article_id = ?').run(ids[1]!);
    await new Promise((r) => setTimeout(r, 150));
    assert.equal(core.store.storyIndex.loadDoc(ids[1]!), null);
    // …and the article is still indexed when it is needed.
    relatedArticles(core.store, ids[1]!);
    assert.ok(core.store.storyIndex.loadDoc(ids[1]!));
    core.close();
  } finally {
    rmSync(lib.dir, { recursive: true, force: true });
  }
});
