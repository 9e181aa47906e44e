// Related stories for one article, computed from the persisted story index at
// query time: candidates come from the inverted index of distinctive terms
// near the article's date, then each is scored by tf-idf cosine (names
// boosted) with a mild recency prior. Same-story is cosine above a tuned
// threshold within a tuned time window; duplicates and syndicated copies are
// folded into one entry with "also in".
import type { RelatedEntry } from '../../shared/models.ts';
import type { ArticleStore } from '../library/article-store.ts';
import { hamming } from '../text/story-features.ts';
import { storyNames } from '../text/story-tokenize.ts';
import type { IndexedDoc, StoryIndex } from '../library/story-index.ts';
import { TUNED } from './thresholds.ts';

export const RELATED_LIMIT = 10;
/** Query terms used to find candidates; the rest only refine the score. */
const QUERY_TERMS = 14;
/** Postings read per query term near the article's date, and across the whole related window. */
const NEAR_POSTINGS_PER_TERM = 300;
const FAR_POSTINGS_PER_TERM = 100;
const CANDIDATES = 40;
/** Background worth showing is rarely older than this. */
const RELATED_WINDOW_MS = 120 * 24 * 3600_000;
/** Below this similarity an article only shares vocabulary, not a subject. */
export const RELATED_MIN_SIMILARITY = 0.06;
/** An entry shares at least this many terms with the article (see sharedTerms). */
export const MIN_SHARED_TERMS = 2;
/** A shared term counts toward MIN_SHARED_TERMS when it adds at least this to the cosine. */
const MIN_SHARED_WEIGHT = 0.002;
/** Near-identical wording: SimHash of 4-shingles within this many bits of 64. */
export const DUPLICATE_MAX_HAMMING = 6;
/** Cosine this high is a copy whatever the fingerprint says (short texts have none). */
const DUPLICATE_MIN_SIMILARITY = 0.92;
/** A week-old article keeps most of its score; the prior only breaks near-ties toward recent coverage. */
const RECENCY_DAYS = 14;
const RECENCY_SHARE = 0.25;
/** Names in more than this share of the library (and more than COMMON_NAME_MIN_DOCS articles) say little about the event. */
const COMMON_NAME_SHARE = 0.02;
const COMMON_NAME_MIN_DOCS = 20;

export interface Thresholds {
  sameStoryMinSimilarity: number;
  sameStoryWindowHours: number;
  /** Names (people, places, organisations) two articles must share to be one story, when both have names. */
  sameStoryMinSharedNames: number;
}

export interface WeightedDoc extends IndexedDoc {
  vector: Map<string, number>;
}

/**
 * Applies current idf and L2-normalises, so cosine is a plain dot product.
 * The source's boilerplate (learned after this article may have been indexed)
 * is left out, names included: a byline under every item names no event.
 */
export function weigh(index: StoryIndex, doc: IndexedDoc): WeightedDoc {
  const vector = new Map<string, number>();
  const boilerplate = index.boilerplate(doc.sourceId);
  let norm = 0;
  for (const [term, w] of doc.terms) {
    if (boilerplate.has(term)) continue;
    const v = w * index.idf(term);
    vector.set(term, v);
    norm += v * v;
  }
  norm = Math.sqrt(norm) || 1;
  for (const [term, v] of vector) vector.set(term, v / norm);
  const names = boilerplate.size === 0 ? doc.names : new Set([...doc.names].filter((n) => !boilerplate.has(n)));
  return { ...doc, names, vector };
}

/**
 * Terms two articles share that carry at least MIN_SHARED_WEIGHT of the
 * match each. One uncommon word in common ("Dry") is a coincidence, not a
 * subject: an entry needs two.
 */
export function sharedTerms(a: WeightedDoc, b: WeightedDoc): number {
  let shared = 0;
  a.vector.forEach((v, term) => {
    const w = b.vector.get(term);
    if (w !== undefined && v * w >= MIN_SHARED_WEIGHT) shared++;
  });
  return shared;
}

export function cosine(a: WeightedDoc, b: WeightedDoc): number {
  const small = a.vector.size <= b.vector.size ? a.vector : b.vector;
  const large = small === a.vector ? b.vector : a.vector;
  // forEach, not for…of with [term, v]: this runs for millions of pairs in a Big picture at 1M
  // articles, and an entry array per term was most of its garbage.
  let dot = 0;
  small.forEach((v, term) => {
    const w = large.get(term);
    if (w !== undefined) dot += v * w;
  });
  return dot;
}

export function isDuplicate(a: IndexedDoc, b: IndexedDoc, similarity: number): boolean {
  if (a.urlKey !== null && a.urlKey === b.urlKey) return true;
  if (similarity >= DUPLICATE_MIN_SIMILARITY) return true;
  return a.fingerprint !== null && b.fingerprint !== null && hamming(a.fingerprint, b.fingerprint) <= DUPLICATE_MAX_HAMMING;
}

/**
 * Shared names, or null when either article has none to compare (scripts
 * without capitals, or index rows written before names were recorded).
 */
export function sharedNames(a: IndexedDoc, b: IndexedDoc, distinctive: (name: string) => boolean = () => true): number | null {
  if (a.names.size === 0 || b.names.size === 0) return null;
  let shared = 0;
  for (const name of a.names) if (b.names.has(name) && distinctive(name)) shared++;
  return shared;
}

/**
 * A name counts toward "same story" only if it is not everywhere: a head of
 * government or a capital city appears in thousands of unrelated articles.
 */
export function distinctiveName(index: StoryIndex): (name: string) => boolean {
  const limit = Math.max(COMMON_NAME_MIN_DOCS, index.documentCount() * COMMON_NAME_SHARE);
  return (name) => index.documentFrequency(name) <= limit;
}

/** Two reports of one event: similar enough, close enough in time, and about the same people or places. */
export function isSameStory(similarity: number, gapMs: number, names: number | null, thresholds: Thresholds = TUNED): boolean {
  return (
    similarity >= thresholds.sameStoryMinSimilarity &&
    gapMs <= thresholds.sameStoryWindowHours * 3600_000 &&
    (names === null || names >= thresholds.sameStoryMinSharedNames)
  );
}

function recencyPrior(gapMs: number): number {
  return 1 - RECENCY_SHARE + RECENCY_SHARE * Math.exp(-gapMs / (RECENCY_DAYS * 24 * 3600_000));
}

/** The shared terms that weigh most in the match, names first: "Shares Maelis, Kerlan, sea". */
function reasonFor(query: WeightedDoc, other: WeightedDoc, names: Set<string>): string {
  const shared: { term: string; weight: number; name: boolean }[] = [];
  for (const [term, v] of query.vector) {
    const w = other.vector.get(term);
    if (w !== undefined) shared.push({ term, weight: v * w, name: names.has(term) });
  }
  shared.sort((a, b) => b.weight - a.weight);
  const top = shared.slice(0, 6);
  const picked = [...top.filter((t) => t.name), ...top.filter((t) => !t.name)].slice(0, 3);
  if (picked.length === 0) return 'Similar wording';
  return `Shares ${picked.map((t) => (t.name ? t.term[0]!.toUpperCase() + t.term.slice(1) : t.term)).join(', ')}`;
}

export interface ScoredCandidate {
  doc: WeightedDoc;
  similarity: number;
  gapMs: number;
  sharedNames: number | null;
  score: number;
  sameStory: boolean;
  duplicate: boolean;
}

/** Candidates for `query` from the inverted index, scored; used by the sidebar and the evaluation. */
export function scoreCandidates(index: StoryIndex, query: IndexedDoc, thresholds: Thresholds = TUNED): ScoredCandidate[] {
  const weighted = weigh(index, query);
  const n = index.documentCount();
  const lookup = [...weighted.vector].sort((a, b) => b[1] - a[1]).slice(0, QUERY_TERMS);
  // Two reads per term: everything close in time (where the same story is), then a
  // few of the wider window's newest (background). One wide read alone would let a
  // common term's recent articles crowd out the event's own coverage in a big library.
  const near = (thresholds.sameStoryWindowHours + 24) * 3600_000;
  const votes = new Map<number, number>();
  for (const [term, weight] of lookup) {
    // A term in most of the library finds everything and ranks nothing.
    if (n > 200 && index.documentFrequency(term) > n * 0.2) continue;
    const close = index.postings(term, query.published - near, query.published + near, NEAR_POSTINGS_PER_TERM);
    const wide = index.postings(term, query.published - RELATED_WINDOW_MS, query.published + RELATED_WINDOW_MS, FAR_POSTINGS_PER_TERM);
    for (const rows of [close, wide]) for (const { article_id } of rows) if (article_id !== query.id) votes.set(article_id, (votes.get(article_id) ?? 0) + weight);
  }
  const ids = [...votes].sort((a, b) => b[1] - a[1]).slice(0, CANDIDATES).map(([id]) => id);
  if (ids.length === 0) return [];
  const scored: ScoredCandidate[] = [];
  const distinctive = distinctiveName(index);
  const docs = index.loadDocs(ids).filter((d) => d.lang === query.lang);
  index.prefetchFrequencies(docs);
  for (const indexed of docs) {
    const doc = weigh(index, indexed);
    // A copy shares everything; anything else must share more than one word to be an entry at all.
    if (sharedTerms(weighted, doc) < MIN_SHARED_TERMS && !isDuplicate(query, doc, 0)) continue;
    const similarity = cosine(weighted, doc);
    const gapMs = Math.abs(doc.published - query.published);
    const names = sharedNames(weighted, doc, distinctive);
    scored.push({
      doc,
      similarity,
      gapMs,
      sharedNames: names,
      score: similarity * recencyPrior(gapMs),
      sameStory: isSameStory(similarity, gapMs, names, thresholds),
      duplicate: isDuplicate(query, doc, similarity),
    });
  }
  return scored.sort((a, b) => b.score - a.score || a.doc.id - b.doc.id);
}

export interface ArrangedEntry {
  candidate: ScoredCandidate;
  /** Source ids of copies folded into this entry. */
  alsoIn: number[];
}

/**
 * Drops copies of the query and weak matches, folds copies of an entry into it,
 * and orders Same story before Related. Shared by the sidebar and the evaluation.
 */
export function arrangeEntries(candidates: ScoredCandidate[], limit = RELATED_LIMIT): ArrangedEntry[] {
  const kept: ArrangedEntry[] = [];
  for (const candidate of candidates) {
    if (candidate.duplicate || candidate.similarity < RELATED_MIN_SIMILARITY) continue;
    // Copies of each other resemble the query almost equally; only those are worth a cosine.
    const original = kept.find((k) =>
      isDuplicate(k.candidate.doc, candidate.doc, Math.abs(k.candidate.similarity - candidate.similarity) < 0.1 ? cosine(k.candidate.doc, candidate.doc) : 0),
    );
    if (original) {
      if (candidate.doc.sourceId !== original.candidate.doc.sourceId && !original.alsoIn.includes(candidate.doc.sourceId)) original.alsoIn.push(candidate.doc.sourceId);
      continue;
    }
    kept.push({ candidate, alsoIn: [] });
  }
  const same = kept.filter((k) => k.candidate.sameStory);
  const related = kept.filter((k) => !k.candidate.sameStory);
  return [...same, ...related].slice(0, limit);
}

/**
 * Up to `limit` entries, Same story first then Related. The article itself and
 * copies of it are left out; copies of an entry are folded into it as "also in".
 */
export function relatedArticles(store: ArticleStore, id: number, limit = RELATED_LIMIT, thresholds: Thresholds = TUNED): RelatedEntry[] {
  const index = store.storyIndex;
  let query = index.loadDoc(id);
  if (!query) {
    // Articles stored before the index existed are indexed on first use.
    index.indexArticle(id);
    query = index.loadDoc(id);
    if (!query) return [];
  }
  const weightedQuery = weigh(index, query);
  const chosen = arrangeEntries(scoreCandidates(index, query, thresholds), limit);
  const article = store.titleAndText(id);
  const names = storyNames(`${article.title}\n${article.text}`);
  return chosen.map(({ candidate, alsoIn }) => {
    const entry: RelatedEntry = {
      article: store.summary(candidate.doc.id),
      group: candidate.sameStory ? 'same-story' : 'related',
      score: Math.round(candidate.score * 1000) / 1000,
      reason: reasonFor(weightedQuery, candidate.doc, names),
    };
    if (alsoIn.length) {
      entry.alsoIn = alsoIn.map((sourceId) => ({ id: sourceId, title: store.sourceTitle(sourceId) ?? 'another source' }));
    }
    return entry;
  });
}
