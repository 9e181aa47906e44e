// The Big picture: every article of a day (or the last 24 hours) clustered
// into events across sources, biggest first. Computed on request from the
// persisted index with the same similarity and thresholds as Same story, so
// the sidebar and the front page never disagree about what one story is.
import type { BigPictureQuery, StoryCluster } from '../../shared/models.ts';
import { LibraryError } from '../kernel/errors.ts';
import type { ArticleStore } from '../library/article-store.ts';
import { cosine, distinctiveName, isSameStory, sharedNames, weigh, type Thresholds, type WeightedDoc } from './related.ts';
import { TUNED } from './thresholds.ts';

export const MAX_CLUSTERS = 60;
/** Terms in more than this share of the window's articles add cost but no separation. */
const COMMON_IN_WINDOW = 0.1;
const MIN_SHARED_HEAVY_TERMS = 2;
/** Heaviest terms per article used to find pairs worth scoring. */
const PAIRING_TERMS = 12;

export function windowFor(query: BigPictureQuery, now: number): [number, number] {
  if (query.day) {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(query.day);
    if (!match) throw new LibraryError('INVALID_ARGUMENT', 'A day is written YYYY-MM-DD.');
    const start = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3])).getTime();
    if (Number.isNaN(start)) throw new LibraryError('INVALID_ARGUMENT', `${query.day} is not a calendar day.`);
    const end = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + 1).getTime();
    return [start, end];
  }
  return [now - 24 * 3600_000, now + 1];
}

/** Union-find over the window's articles: two join when they are the same story by the sidebar's rule. */
export function clusterDocs(docs: WeightedDoc[], thresholds: Thresholds = TUNED, distinctive: (name: string) => boolean = () => true): number[][] {
  const parent = docs.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  // Pairs are found through each article's heaviest terms, then scored by exact cosine:
  // two reports of one event always share some of their heaviest terms.
  const postings = new Map<string, number[]>();
  // Stored terms are already ordered by their weight when indexed: no need to sort again.
  const heaviest = docs.map((d) => d.terms.slice(0, PAIRING_TERMS));
  heaviest.forEach((terms, i) => {
    for (const [term] of terms) {
      let list = postings.get(term);
      if (!list) postings.set(term, (list = []));
      list.push(i);
    }
  });
  const commonLimit = Math.max(8, docs.length * COMMON_IN_WINDOW);
  const strength = new Float64Array(docs.length);
  const sharedHeavy = new Map<number, number>();
  heaviest.forEach((terms, i) => {
    const d = docs[i]!;
    sharedHeavy.clear();
    for (const [term] of terms) {
      const list = postings.get(term)!;
      if (list.length > commonLimit) continue;
      for (const j of list) if (j > i) sharedHeavy.set(j, (sharedHeavy.get(j) ?? 0) + 1);
    }
    for (const [j, count] of sharedHeavy) {
      // One heavy term in common is a coincidence far more often than a shared event.
      if (count < MIN_SHARED_HEAVY_TERMS) continue;
      const o = docs[j]!;
      if (o.lang !== d.lang) continue;
      const sim = cosine(d, o);
      if (!isSameStory(sim, Math.abs(o.published - d.published), sharedNames(d, o, distinctive), thresholds)) continue;
      parent[find(i)] = find(j);
      strength[i]! += sim;
      strength[j]! += sim;
    }
  });
  const groups = new Map<number, number[]>();
  docs.forEach((_, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(i);
    else groups.set(root, [i]);
  });
  // The most connected member speaks for the cluster.
  return [...groups.values()].map((members) => members.sort((a, b) => strength[b]! - strength[a]! || docs[a]!.published - docs[b]!.published));
}

export function bigPicture(store: ArticleStore, query: BigPictureQuery, now: number, thresholds: Thresholds = TUNED): StoryCluster[] {
  const index = store.storyIndex;
  const [start, end] = windowFor(query, now);
  // The day's articles must all be in the index, even before the background backfill reaches them.
  while (index.indexMissing(500, [start, end]) > 0);
  const indexed = index.docsPublishedBetween(start, end);
  index.prefetchFrequencies(indexed);
  const docs = indexed.map((d) => weigh(index, d));
  const clusters = clusterDocs(docs, thresholds, distinctiveName(index)).map((members) => {
    const sources = new Set(members.map((m) => docs[m]!.sourceId));
    const newest = Math.max(...members.map((m) => docs[m]!.published));
    return { members, sourceCount: sources.size, newest };
  });
  clusters.sort((a, b) => b.sourceCount - a.sourceCount || b.members.length - a.members.length || b.newest - a.newest);
  return clusters.slice(0, MAX_CLUSTERS).map(({ members, sourceCount }) => {
    const head = store.summary(docs[members[0]!]!.id);
    const articles = members.map((m) => (m === members[0] ? head : store.summary(docs[m]!.id)));
    articles.sort((a, b) => b.published.localeCompare(a.published));
    const sources = new Map(articles.map((a) => [a.source.id, a.source]));
    return { id: head.id, headline: head.title, sourceCount, sources: [...sources.values()], articles };
  });
}
