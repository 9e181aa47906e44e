import assert from 'node:assert/strict';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, test } from 'node:test';
import { tempLibrary, type TempLibrary } from '../testing/temp-library.ts';
import { StoryIndex } from './story-index.ts';

describe('story index: a source\'s boilerplate', () => {
  let lib: TempLibrary;
  afterEach(() => lib.dispose());

  /** A source with `docs` indexed items and its term counts, written as indexing leaves them. */
  function seedSource(db: DatabaseSync, sourceId: number, docs: number, counts: [string, number][]): void {
    db.prepare('INSERT INTO source_term_docs (source_id, docs) VALUES (?, ?)').run(sourceId, docs);
    const insert = db.prepare('INSERT INTO source_terms (source_id, term, df) VALUES (?, ?, ?)');
    for (const [term, df] of counts) insert.run(sourceId, term, df);
  }

  /** A StoryIndex on the library's database that records the SQL it prepares. */
  function watched(db: DatabaseSync): { index: StoryIndex; prepared: string[] } {
    const prepared: string[] = [];
    const spy = { prepare: (sql: string) => (prepared.push(sql), db.prepare(sql)), exec: (sql: string) => db.exec(sql) } as unknown as DatabaseSync;
    return { index: new StoryIndex(spy), prepared };
  }

  test('a large source finds its boilerplate without reading all its term counts (the first related query at 1M read ~60 pages per source)', () => {
    lib = tempLibrary();
    const db = lib.core.db;
    // 2,500 items: boilerplate is a term in at least 1,250 of them. Most of a large source's
    // ~13,000 counted terms are rare; the few common ones are what the lookup must reach.
    const rare = Array.from({ length: 13_000 }, (_, i): [string, number] => [`term${i}`, 1 + (i % 60)]);
    seedSource(db, 7, 2_500, [...rare, ['view', 2_500], ['entire', 1_250], ['post', 1_249], ['weather', 300]]);
    const { index, prepared } = watched(db);
    assert.deepEqual([...index.boilerplate(7)].sort(), ['entire', 'view']);
    const lookups = prepared.filter((sql) => sql.includes('FROM source_terms'));
    assert.equal(lookups.length, 1);
    const plan = (db.prepare(`EXPLAIN QUERY PLAN ${lookups[0]}`).all(7, 1_250) as { detail: string }[]).map((r) => r.detail).join('; ');
    assert.match(plan, /source_terms_common/, `the lookup reads the partial index of common counts, not the source's whole range (plan: ${plan})`);
  });

  test('a small source\'s boilerplate is still found below the indexed counts, and none before it has 8 items', () => {
    lib = tempLibrary();
    const db = lib.core.db;
    seedSource(db, 3, 20, [['byline', 10], ['newsletter', 20], ['storm', 9]]);
    seedSource(db, 4, 7, [['byline', 7]]);
    // 100 items: a threshold of 50, under the partial index's 64.
    seedSource(db, 5, 100, [['footer', 50], ['often', 49]]);
    const { index } = watched(db);
    assert.deepEqual([...index.boilerplate(3)].sort(), ['byline', 'newsletter']);
    assert.deepEqual([...index.boilerplate(4)], []);
    assert.deepEqual([...index.boilerplate(5)], ['footer']);
  });
});
