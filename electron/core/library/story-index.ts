// The persisted story index: per-article term vectors and fingerprints, a
// document-frequency table and a small inverted index of each article's most
// distinctive terms, ordered by time. Storing an article touches only its own
// rows and the document frequencies of its terms, so ingest cost does not grow
// with the library, and nothing is rebuilt on start-up.
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { extractFeatures, MAX_TERMS, type StoryFeatures } from '../text/story-features.ts';
import { statementCache } from './statements.ts';

/** Distinctive terms per article that go into the inverted index (title terms always do). */
export const POSTED_TERMS = 40;
/** An article's heaviest terms counted toward its source's term counts (see boilerplate()). */
export const SOURCE_COUNTED_TERMS = 40;
/**
 * A term in at least this share of one source's indexed items (and in
 * BOILERPLATE_MIN_DOCS of them, once it has that many) is that source's boilerplate: "View Entire
 * Post", a byline, the newsletter blurb under every item. It says nothing
 * about which story an item reports.
 */
export const BOILERPLATE_SHARE = 0.5;
/**
 * Fewer items than this teach nothing: a small source that posted four updates
 * on one storm shares the storm's words because of the storm.
 */
export const BOILERPLATE_MIN_DOCS = 8;
/**
 * Source term counts at least this high are also in a small partial index
 * (schema 12, `source_terms_common`): a source with 2 × this many items finds
 * its boilerplate there instead of reading all its term counts (~13,000 rows
 * spread over ~60 pages of the file for a source of 2,500 items, a few ms each
 * from a cold page cache, for the first related query that meets the source).
 */
export const COMMON_SOURCE_TERM_DF = 64;
/** The boilerplate of a source whose threshold is at least COMMON_SOURCE_TERM_DF: the literal bound lets SQLite use the partial index. */
const COMMON_BOILERPLATE_SQL = `SELECT term FROM source_terms WHERE source_id = ? AND df >= ? AND df >= ${COMMON_SOURCE_TERM_DF}`;

/** Schema migration 12 (appended in electron/core/library/schema.ts): see COMMON_SOURCE_TERM_DF. */
export function indexCommonSourceTerms(db: DatabaseSync): void {
  db.exec(`CREATE INDEX source_terms_common ON source_terms (source_id, df) WHERE df >= ${COMMON_SOURCE_TERM_DF}`);
}

/** Tables for schema migration (appended to electron/core/library/schema.ts). */
export function createStoryIndexTables(db: DatabaseSync): void {
  db.exec(`
    CREATE TABLE related_docs (
      article_id INTEGER PRIMARY KEY,
      source_id INTEGER NOT NULL,
      lang TEXT NOT NULL,
      published INTEGER NOT NULL,
      url_key TEXT,
      fingerprint TEXT,
      -- JSON [[term, weight(, 1 when a name)], ...]: raw weights, idf is applied when read so
      -- early articles are not stuck with the idf of a tiny library.
      terms TEXT NOT NULL
    );
    CREATE INDEX related_docs_by_time ON related_docs (published);
    CREATE INDEX related_docs_by_url ON related_docs (url_key) WHERE url_key IS NOT NULL;
    CREATE TABLE related_terms (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
    CREATE TABLE related_postings (
      term TEXT NOT NULL,
      published INTEGER NOT NULL,
      article_id INTEGER NOT NULL,
      PRIMARY KEY (term, published, article_id)
    ) WITHOUT ROWID;
    -- Removing an article removes its index rows; the trigger reads the
    -- article's own term list, so this stays a per-article cost too.
    CREATE TRIGGER related_docs_on_article_delete AFTER DELETE ON articles BEGIN
      UPDATE related_terms SET df = df - 1 WHERE term IN
        (SELECT j.value ->> 0 FROM related_docs d, json_each(d.terms) j WHERE d.article_id = old.id);
      DELETE FROM related_postings WHERE article_id = old.id AND term IN
        (SELECT j.value ->> 0 FROM related_docs d, json_each(d.terms) j WHERE d.article_id = old.id);
      DELETE FROM related_docs WHERE article_id = old.id;
    END;
  `);
  // Articles already in the library are indexed in the background after start-up
  // (StoryIndex.indexMissing, from the story back-fill), newest first, so opening a large old library is not held up.
}

/** Meta key: every stored article has its story-index entry (set by the back-fill when none is missing). */
export const INDEX_COMPLETE = 'related.indexComplete';

/** An indexed document waiting to be written: its terms already as the stored JSON. */
interface PendingDoc extends Omit<IndexedDoc, 'terms' | 'names'> {
  terms: string;
  /** Every kept term (their document frequencies go up by one). */
  counted: string[];
  /** The kept terms that go into the inverted index. */
  posted: string[];
  /** The heaviest terms before boilerplate was left out: they count toward the source's term counts. */
  sourceCounted: string[];
}

interface PendingBatch {
  /** Nested begin/flush pairs: only the outermost flush writes. */
  depth: number;
  docs: Map<number, PendingDoc>;
}

export interface IndexedDoc {
  id: number;
  sourceId: number;
  lang: string;
  published: number;
  urlKey: string | null;
  fingerprint: string | null;
  terms: StoredTerm[];
  /** Terms that are names (people, places, organisations) in this article. */
  names: Set<string>;
}

/** [term, raw weight] or [term, raw weight, 1] when the term is a name. */
export type StoredTerm = [string, number] | [string, number, 1];

interface DocRow {
  article_id: number;
  source_id: number;
  lang: string;
  published: number;
  url_key: string | null;
  fingerprint: string | null;
  terms: string;
}

function toDoc(row: DocRow): IndexedDoc {
  const terms = JSON.parse(row.terms) as StoredTerm[];
  return {
    id: row.article_id,
    sourceId: row.source_id,
    lang: row.lang,
    published: row.published,
    urlKey: row.url_key,
    fingerprint: row.fingerprint,
    terms,
    names: new Set(terms.filter((t) => t[2] === 1).map((t) => t[0])),
  };
}

const DOC_COLUMNS = 'article_id, source_id, lang, published, url_key, fingerprint, terms';

/**
 * The story index of one open library: its rows, and the statistics read
 * through it. Document frequencies are cached here: a related query needs a
 * few hundred of them and a SELECT each would dominate its cost. Another
 * process writing the same library makes the cached counts slightly stale,
 * which only nudges weights; the cache goes with the library.
 */
export class StoryIndex {
  readonly #db: DatabaseSync;
  readonly #df = new Map<string, number>();
  #docs = -1;
  /** Per source: its indexed items and the boilerplate terms learned at that count. */
  readonly #sourceDocs = new Map<number, number>();
  readonly #boilerplate = new Map<number, { docs: number; terms: Set<string> }>();
  readonly #sql: (text: string) => StatementSync;
  /** Index rows waiting to be written; see beginBatch. */
  #batch: PendingBatch | null = null;

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#sql = statementCache(db);
  }


  documentCount(): number {
    if (this.#docs < 0) this.#docs = (this.#sql('SELECT count(*) AS n FROM related_docs').get() as { n: number }).n;
    return this.#docs;
  }

  documentFrequency(term: string): number {
    let df = this.#df.get(term);
    if (df === undefined) {
      df = (this.#sql('SELECT df FROM related_terms WHERE term = ?').get(term) as { df: number } | undefined)?.df ?? 0;
      this.#df.set(term, df);
    }
    return df;
  }

  /** Loads the document frequencies of many terms in one statement (a query needs hundreds). */
  prefetchFrequencies(docs: IndexedDoc[]): void {
    const missing = new Set<string>();
    for (const doc of docs) for (const [term] of doc.terms) if (!this.#df.has(term)) missing.add(term);
    if (missing.size === 0) return;
    const rows = this.#sql('SELECT term, df FROM related_terms WHERE term IN (SELECT value FROM json_each(?))').all(JSON.stringify([...missing])) as {
      term: string;
      df: number;
    }[];
    for (const term of missing) this.#df.set(term, 0);
    for (const row of rows) this.#df.set(row.term, row.df);
  }

  /** Smoothed idf: never negative, and a term seen once in a small library is not infinitely special. */
  idf(term: string): number {
    return Math.log(1 + (this.documentCount() + 1) / (this.documentFrequency(term) + 1));
  }

  loadDoc(id: number): IndexedDoc | null {
    const row = this.#sql(`SELECT ${DOC_COLUMNS} FROM related_docs WHERE article_id = ?`).get(id) as DocRow | undefined;
    return row ? toDoc(row) : null;
  }

  /** The index entries of these articles (in no particular order; unindexed ones are left out). */
  loadDocs(ids: number[]): IndexedDoc[] {
    const rows = this.#sql(`SELECT ${DOC_COLUMNS} FROM related_docs WHERE article_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(ids)) as unknown as DocRow[];
    return rows.map(toDoc);
  }

  /** Every indexed article published in [start, end). */
  docsPublishedBetween(start: number, end: number): IndexedDoc[] {
    const rows = this.#sql(`SELECT ${DOC_COLUMNS} FROM related_docs WHERE published >= ? AND published < ?`).all(start, end) as unknown as DocRow[];
    return rows.map(toDoc);
  }

  /** Up to `limit` articles posted under `term` and published in [from, to], newest first. */
  postings(term: string, from: number, to: number, limit: number): { article_id: number }[] {
    return this.#sql('SELECT article_id FROM related_postings WHERE term = ? AND published BETWEEN ? AND ? ORDER BY published DESC LIMIT ?').all(
      term,
      from,
      to,
      limit,
    ) as { article_id: number }[];
  }

  /**
   * Indexes up to `limit` stored articles that have no index entry yet, newest
   * first; returns how many it indexed. Used for libraries that predate the index.
   */
  indexMissing(limit: number, range?: [number, number]): number {
    const ids = (
      range
        ? this.#sql('SELECT a.id FROM articles a LEFT JOIN related_docs d ON d.article_id = a.id WHERE d.article_id IS NULL AND a.published >= ? AND a.published < ? LIMIT ?').all(range[0], range[1], limit)
        : this.#sql('SELECT a.id FROM articles a LEFT JOIN related_docs d ON d.article_id = a.id WHERE d.article_id IS NULL ORDER BY a.published DESC LIMIT ?').all(limit)
    ) as { id: number }[];
    if (ids.length === 0) return 0;
    this.#db.exec('SAVEPOINT index_missing');
    try {
      this.beginBatch();
      for (const { id } of ids) this.indexArticle(id);
      this.flushBatch();
      this.#db.exec('RELEASE index_missing');
    } catch (error) {
      this.discardBatch();
      try {
        this.#db.exec('ROLLBACK TO index_missing');
        this.#db.exec('RELEASE index_missing');
      } catch {
        // SQLite already rolled everything back (a full disk): the error below says why, "no such savepoint" would not.
      }
      throw error;
    }
    return ids.length;
  }

  #remove(doc: IndexedDoc): void {
    const counted = (this.#sql('SELECT source_terms FROM related_docs WHERE article_id = ?').get(doc.id) as { source_terms: string | null } | undefined)?.source_terms;
    if (counted) {
      const take = this.#sql('UPDATE source_terms SET df = df - 1 WHERE source_id = ? AND term = ?');
      for (const term of JSON.parse(counted) as string[]) take.run(doc.sourceId, term);
      this.#sql('UPDATE source_term_docs SET docs = docs - 1 WHERE source_id = ?').run(doc.sourceId);
      const docs = this.#sourceDocs.get(doc.sourceId);
      if (docs !== undefined) this.#sourceDocs.set(doc.sourceId, Math.max(0, docs - 1));
    }
    const decrement = this.#sql('UPDATE related_terms SET df = df - 1 WHERE term = ?');
    const unpost = this.#sql('DELETE FROM related_postings WHERE term = ? AND published = ? AND article_id = ?');
    for (const [term] of doc.terms) {
      decrement.run(term);
      unpost.run(term, doc.published, doc.id);
      const cached = this.#df.get(term);
      if (cached !== undefined) this.#df.set(term, Math.max(0, cached - 1));
    }
    this.#sql('DELETE FROM related_docs WHERE article_id = ?').run(doc.id);
    if (this.#docs >= 0) this.#docs--;
  }

  /**
   * Starts collecting index writes instead of making them one by one. Storing a
   * batch of articles then costs one insert per distinct term for the document
   * frequencies (not one per article and term) and writes postings in key
   * order; ranking still sees every earlier article, because the in-memory
   * statistics are updated at once. Pair with flushBatch (before COMMIT)
   * or discardBatch (on ROLLBACK).
   */
  beginBatch(): void {
    if (this.#batch) this.#batch.depth++;
    else this.#batch = { depth: 1, docs: new Map() };
  }

  /** Writes what the outermost batch collected; inner flushes only close their level. */
  flushBatch(): void {
    const batch = this.#batch;
    if (!batch) return;
    if (--batch.depth > 0) return;
    this.#batch = null;
    this.#write(batch);
  }

  /** Forgets a batch whose transaction rolled back, and the statistics it had already counted. */
  discardBatch(): void {
    this.#batch = null;
    this.#df.clear();
    this.#docs = -1;
    this.#sourceDocs.clear();
  }

  /** Takes back the statistics a pending document counted when it was indexed. */
  #uncount(doc: PendingDoc): void {
    for (const term of doc.counted) {
      const cached = this.#df.get(term);
      if (cached !== undefined) this.#df.set(term, Math.max(0, cached - 1));
    }
    if (this.#docs > 0) this.#docs--;
    const docs = this.#sourceDocs.get(doc.sourceId);
    if (docs !== undefined) this.#sourceDocs.set(doc.sourceId, Math.max(0, docs - 1));
  }

  /** How many of this source's articles are indexed (their terms counted toward its boilerplate). */
  #sourceDocCount(sourceId: number): number {
    let docs = this.#sourceDocs.get(sourceId);
    if (docs === undefined) {
      docs = (this.#sql('SELECT docs FROM source_term_docs WHERE source_id = ?').get(sourceId) as { docs: number } | undefined)?.docs ?? 0;
      this.#sourceDocs.set(sourceId, docs);
    }
    return docs;
  }

  /**
   * The terms that are boilerplate in this source's items (see BOILERPLATE_SHARE).
   * Learned from the counts, and read again only when the source has grown by a
   * tenth since (or by one item while it is small): it changes slowly.
   */
  boilerplate(sourceId: number): Set<string> {
    const docs = this.#sourceDocCount(sourceId);
    const cached = this.#boilerplate.get(sourceId);
    if (cached && (cached.docs === docs || (docs >= 40 && Math.abs(docs - cached.docs) < docs / 10))) return cached.terms;
    const threshold = Math.max(BOILERPLATE_MIN_DOCS, Math.ceil(docs * BOILERPLATE_SHARE));
    const query = threshold >= COMMON_SOURCE_TERM_DF ? COMMON_BOILERPLATE_SQL : 'SELECT term FROM source_terms WHERE source_id = ? AND df >= ?';
    const terms = docs < BOILERPLATE_MIN_DOCS ? new Set<string>() : new Set((this.#sql(query).all(sourceId, threshold) as { term: string }[]).map((r) => r.term));
    this.#boilerplate.set(sourceId, { docs, terms });
    return terms;
  }

  #write(batch: PendingBatch): void {
    if (batch.docs.size === 0) return;
    // An article deleted after it was indexed in this batch (its row is gone) leaves nothing behind.
    const exists = this.#sql('SELECT 1 FROM articles WHERE id = ?');
    const insertDoc = this.#sql(`INSERT INTO related_docs (${DOC_COLUMNS}, source_terms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    const df = new Map<string, number>();
    const sourceDf = new Map<string, number>();
    const sourceDocs = new Map<number, number>();
    const postings: [string, number, number][] = [];
    for (const doc of batch.docs.values()) {
      if (!exists.get(doc.id)) {
        this.#uncount(doc);
        continue;
      }
      insertDoc.run(doc.id, doc.sourceId, doc.lang, doc.published, doc.urlKey, doc.fingerprint, doc.terms, JSON.stringify(doc.sourceCounted));
      for (const term of doc.counted) df.set(term, (df.get(term) ?? 0) + 1);
      for (const term of doc.posted) postings.push([term, doc.published, doc.id]);
      // A source id has no tab in it: "id\tterm" keys one source's term.
      for (const term of doc.sourceCounted) sourceDf.set(`${doc.sourceId}\t${term}`, (sourceDf.get(`${doc.sourceId}\t${term}`) ?? 0) + 1);
      sourceDocs.set(doc.sourceId, (sourceDocs.get(doc.sourceId) ?? 0) + 1);
    }
    const increment = this.#sql('INSERT INTO related_terms (term, df) VALUES (?, ?) ON CONFLICT (term) DO UPDATE SET df = df + excluded.df');
    for (const term of [...df.keys()].sort()) increment.run(term, df.get(term)!);
    const incrementSource = this.#sql('INSERT INTO source_terms (source_id, term, df) VALUES (?, ?, ?) ON CONFLICT (source_id, term) DO UPDATE SET df = df + excluded.df');
    for (const key of [...sourceDf.keys()].sort()) {
      const tab = key.indexOf('\t');
      incrementSource.run(Number(key.slice(0, tab)), key.slice(tab + 1), sourceDf.get(key)!);
    }
    const countDocs = this.#sql('INSERT INTO source_term_docs (source_id, docs) VALUES (?, ?) ON CONFLICT (source_id) DO UPDATE SET docs = docs + excluded.docs');
    for (const [sourceId, n] of sourceDocs) countDocs.run(sourceId, n);
    // In primary-key order, each insert lands next to the previous one in the B-tree.
    postings.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1] || a[2] - b[2]));
    const post = this.#sql('INSERT OR IGNORE INTO related_postings (term, published, article_id) VALUES (?, ?, ?)');
    for (const [term, published, id] of postings) post.run(term, published, id);
  }

  /**
   * Adds (or refreshes) one article in the story index. Called for every stored
   * article; costs one read of the article, one row per kept term, and nothing
   * that depends on how many other articles there are. Inside a batch the rows
   * are written when the batch is flushed. `features` may be computed ahead of
   * time (off the main thread) from the same title, text, language and address.
   */
  indexArticle(id: number, features?: StoryFeatures): void {
    // The same article twice in one batch: its first version was never written, so forget it.
    const replaced = this.#batch?.docs.get(id);
    if (replaced) {
      this.#uncount(replaced);
      this.#batch!.docs.delete(id);
    }
    const article = this.#sql('SELECT source_id, url, title, text, lang, published FROM articles WHERE id = ?').get(id) as
      | { source_id: number; url: string | null; title: string; text: string; lang: string | null; published: number }
      | undefined;
    const previous = this.loadDoc(id);
    if (previous) this.#remove(previous);
    if (!article) return;

    features ??= extractFeatures(article);
    // Keep the terms that distinguish this article in today's library (idf as in idf(), inlined: this runs for every term of every article).
    const docs = this.documentCount();
    const ranked: { term: string; weight: number; rank: number; df: number }[] = [];
    for (const [term, weight] of features.terms) {
      const df = this.#df.get(term) ?? this.documentFrequency(term);
      ranked.push({ term, weight, rank: weight * Math.log(1 + (docs + 1) / (df + 1)), df });
    }
    ranked.sort((a, b) => b.rank - a.rank || (a.term < b.term ? -1 : 1));
    const sourceCounted = ranked.slice(0, SOURCE_COUNTED_TERMS).map((t) => t.term);
    // The source's boilerplate says nothing about the story: keep the next terms in its place.
    const boilerplate = this.boilerplate(article.source_id);
    if (boilerplate.size > 0) {
      let kept = 0;
      for (let i = 0; i < ranked.length && kept < MAX_TERMS; i++) if (!boilerplate.has(ranked[i]!.term)) ranked[kept++] = ranked[i]!;
      ranked.length = kept;
    }
    ranked.length = Math.min(ranked.length, MAX_TERMS);
    this.#sourceDocs.set(article.source_id, this.#sourceDocCount(article.source_id) + 1);
    const names = features.names;
    const terms: StoredTerm[] = ranked.map((t) => {
      const weight = Math.round(t.weight * 1000) / 1000;
      return names.has(t.term) ? [t.term, weight, 1] : [t.term, weight];
    });
    const counted = ranked.map((t) => t.term);
    for (const t of ranked) this.#df.set(t.term, t.df + 1);
    this.#docs = docs + 1;
    // Heavily weighted terms (title words, repeated names) stay findable even past the cut.
    const posted = ranked.filter((t, i) => i < POSTED_TERMS || t.weight >= 2).map((t) => t.term);
    const pending: PendingDoc = {
      id,
      sourceId: article.source_id,
      lang: features.lang,
      published: article.published,
      urlKey: features.urlKey,
      fingerprint: features.fingerprint,
      terms: JSON.stringify(terms),
      counted,
      posted,
      sourceCounted,
    };
    if (this.#batch) this.#batch.docs.set(id, pending);
    else this.#write({ depth: 0, docs: new Map([[id, pending]]) });
  }
}
