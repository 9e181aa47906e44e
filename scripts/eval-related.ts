// Related-stories evaluation and threshold tuning.
//   npm run eval:related              report precision@3 (Same story) and nDCG@10 (whole list)
//   npm run eval:related -- --tune    grid-search the Same-story threshold and window on the
//                                     tuning half, write electron/core/related/thresholds.ts,
//                                     and report on the held-out half
// Labelled set: the sample edition's story labels (assets/edition/LABELS.md) plus the
// synthetic corpus in electron/core/related/eval/synthetic.ts. Stories are split into a
// tuning and a held-out half by a hash of their label, so a story never straddles both.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleStore } from '../electron/core/library/article-store.ts';
import { openDatabase } from '../electron/core/library/database.ts';
import { readEdition, seedEdition } from '../electron/core/library/edition.ts';
import { syntheticCorpus } from '../electron/core/related/eval/synthetic.ts';
import { arrangeEntries, isSameStory, scoreCandidates, type ScoredCandidate, type Thresholds } from '../electron/core/related/related.ts';
import { TUNED } from '../electron/core/related/thresholds.ts';
import { sanitizeArticle } from '../electron/core/text/sanitize.ts';

const ROOT = join(import.meta.dirname, '..');
const NOW = Date.UTC(2026, 5, 1, 12);

/** LABELS.md's near-misses that share people or places with a story: graded "related" to it. */
const EDITION_THREADS: Record<string, string> = {
  'port-kerlan-sea-wall-report-dispute': 'storm-maelis-brittany',
  'norland-inflation-falls-to-21': 'norland-rate-cut',
  'norland-right-to-repair-law': 'norland-rate-cut',
  'lumora-quarterly-results-silicon': 'lumora-quillwave-deal',
  'eastholme-tram-extension-designs': 'port-aldery-congestion-charge',
};

interface Label {
  story: string | null;
  thread: string | null;
  corpus: 'edition' | 'synthetic';
}

interface Query {
  id: number;
  label: Label;
  siblings: number;
  candidates: ScoredCandidate[];
}

function hashHalf(story: string): 'tune' | 'test' {
  let h = 2166136261;
  for (let i = 0; i < story.length; i++) h = Math.imul(h ^ story.charCodeAt(i), 16777619);
  return (h >>> 0) % 2 === 0 ? 'tune' : 'test';
}

export function buildLabelledLibrary(dir: string): { store: ArticleStore; labels: Map<number, Label>; close(): void } {
  const db = openDatabase(dir);
  const store = new ArticleStore(db);
  const labels = new Map<number, Label>();
  const edition = readEdition(join(ROOT, 'assets'));
  seedEdition(store, edition, NOW);
  const guidToId = new Map((db.prepare('SELECT id, guid FROM articles').all() as { id: number; guid: string }[]).map((r) => [r.guid, r.id]));
  for (const a of edition.articles) {
    labels.set(guidToId.get(`edition:${a.id}`)!, { story: a.story, thread: a.story ?? EDITION_THREADS[a.id] ?? null, corpus: 'edition' });
  }
  const sources = new Map<string, number>();
  for (const a of syntheticCorpus()) {
    let sourceId = sources.get(a.outlet);
    if (sourceId === undefined) sources.set(a.outlet, (sourceId = store.addSource({ title: a.outlet, feedUrl: `https://${a.outlet}.example/feed` })));
    const { html, text } = sanitizeArticle(`<p>${a.text}</p>`);
    const id = store.upsertArticle({ sourceId, guid: a.key, url: `https://${a.outlet}.example/${a.key}`, title: a.title, html, text, lang: a.lang, published: NOW - a.hoursAgo * 3600_000 });
    labels.set(id, { story: a.story, thread: a.thread, corpus: 'synthetic' });
  }
  return { store, labels, close: () => db.close() };
}

function dcg(gains: number[]): number {
  return gains.reduce((sum, g, i) => sum + (2 ** g - 1) / Math.log2(i + 2), 0);
}

function gain(query: Label, other: Label | undefined): number {
  if (!other) return 0;
  if (query.story && other.story === query.story) return 2;
  if (query.thread && other.thread === query.thread) return 1;
  return 0;
}

export interface Figures {
  queries: number;
  precisionAt3: number;
  recallAt3: number;
  ndcgAt10: number;
}

export function evaluate(queries: Query[], labels: Map<number, Label>, thresholds: Thresholds): Figures {
  let precision = 0;
  let recall = 0;
  let ndcg = 0;
  for (const q of queries) {
    const rescored = q.candidates.map((c) => ({ ...c, sameStory: isSameStory(c.similarity, c.gapMs, c.sharedNames, thresholds) }));
    const list = arrangeEntries(rescored, 10);
    const same = list.filter((e) => e.candidate.sameStory).slice(0, 3);
    const hits = same.filter((e) => labels.get(e.candidate.doc.id)?.story === q.label.story).length;
    // An empty Same story group scores 0: saying nothing is not precise, it is a miss.
    precision += same.length ? hits / same.length : 0;
    recall += hits / Math.min(3, q.siblings);
    const gains = list.map((e) => gain(q.label, labels.get(e.candidate.doc.id)));
    const ideal = [...labels].filter(([id]) => id !== q.id).map(([, l]) => gain(q.label, l)).sort((a, b) => b - a).slice(0, 10);
    ndcg += dcg(gains) / (dcg(ideal) || 1);
  }
  const n = queries.length || 1;
  return { queries: queries.length, precisionAt3: precision / n, recallAt3: recall / n, ndcgAt10: ndcg / n };
}

export function collectQueries(store: ArticleStore, labels: Map<number, Label>): Query[] {
  const storySize = new Map<string, number>();
  for (const l of labels.values()) if (l.story) storySize.set(l.story, (storySize.get(l.story) ?? 0) + 1);
  const queries: Query[] = [];
  for (const [id, label] of labels) {
    if (!label.story || (storySize.get(label.story) ?? 0) < 2) continue;
    // Thresholds off: every candidate is scored once, then the grid re-groups cheaply.
    const candidates = scoreCandidates(store.storyIndex, store.storyIndex.loadDoc(id)!, { sameStoryMinSimilarity: 2, sameStoryWindowHours: 0, sameStoryMinSharedNames: 0 });
    queries.push({ id, label, siblings: storySize.get(label.story)! - 1, candidates });
  }
  return queries;
}

/**
 * Picks the thresholds with the best objective on `queries`. Each corpus counts
 * equally (the synthetic set is ten times larger but far more uniform than real
 * writing), and within one, precision counts double: a wrong "same story"
 * misleads, a missing one only omits. Ties go to the stricter setting.
 */
export function tune(queries: Query[], labels: Map<number, Label>): { thresholds: Thresholds; figures: Figures } {
  let best: { thresholds: Thresholds; figures: Figures; objective: number } | null = null;
  const corpora = [...new Set(queries.map((q) => q.label.corpus))];
  for (let t = 0.06; t <= 0.501; t += 0.02) {
    for (const w of [12, 24, 36, 48, 72, 96, 144]) for (const n of [0, 1, 2, 3]) {
      const thresholds = { sameStoryMinSimilarity: Math.round(t * 100) / 100, sameStoryWindowHours: w, sameStoryMinSharedNames: n };
      let objective = 0;
      for (const corpus of corpora) {
        const f = evaluate(queries.filter((q) => q.label.corpus === corpus), labels, thresholds);
        objective += (2 * f.precisionAt3 + f.recallAt3) / 3 / corpora.length;
      }
      if (!best || objective > best.objective + 1e-9) best = { thresholds, figures: evaluate(queries, labels, thresholds), objective };
    }
  }
  return best!;
}

function line(name: string, f: Figures): string {
  return `${name.padEnd(34)} queries ${String(f.queries).padStart(4)}  precision@3 ${f.precisionAt3.toFixed(3)}  recall@3 ${f.recallAt3.toFixed(3)}  nDCG@10 ${f.ndcgAt10.toFixed(3)}`;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-eval-'));
  const library = buildLabelledLibrary(dir);
  try {
    const queries = collectQueries(library.store, library.labels);
    const tuneSet = queries.filter((q) => hashHalf(q.label.story!) === 'tune');
    const testSet = queries.filter((q) => hashHalf(q.label.story!) === 'test');
    let thresholds: Thresholds = TUNED;
    if (process.argv.includes('--tune')) {
      const result = tune(tuneSet, library.labels);
      thresholds = result.thresholds;
      console.log(`tuned on ${tuneSet.length} queries: similarity >= ${thresholds.sameStoryMinSimilarity}, window ${thresholds.sameStoryWindowHours} h, shared names >= ${thresholds.sameStoryMinSharedNames}`);
      const file = join(ROOT, 'electron', 'core', 'related', 'thresholds.ts');
      writeFileSync(
        file,
        `// Written by \`node scripts/eval-related.ts --tune\` from the tuning half of the
// labelled set (see docs/related-stories.md). Edit by re-running the tuner, not by hand.
export const TUNED = {
  /** Cosine similarity (tf-idf, names boosted) at or above which two articles report the same event. */
  sameStoryMinSimilarity: ${thresholds.sameStoryMinSimilarity},
  /** Same-event coverage appears within this many hours of each other. */
  sameStoryWindowHours: ${thresholds.sameStoryWindowHours},
  /** Names two articles must share to be one story (when both have names). */
  sameStoryMinSharedNames: ${thresholds.sameStoryMinSharedNames},
} as const;
`,
      );
      console.log(`wrote ${file}`);
    }
    console.log(`thresholds: similarity >= ${thresholds.sameStoryMinSimilarity}, window ${thresholds.sameStoryWindowHours} h, shared names >= ${thresholds.sameStoryMinSharedNames}\n`);
    console.log(line('held-out half (reported figure)', evaluate(testSet, library.labels, thresholds)));
    console.log(line('tuning half', evaluate(tuneSet, library.labels, thresholds)));
    for (const corpus of ['edition', 'synthetic'] as const) {
      console.log(line(`held-out half, ${corpus} only`, evaluate(testSet.filter((q) => q.label.corpus === corpus), library.labels, thresholds)));
    }
    console.log(line('sample edition, all stories', evaluate(queries.filter((q) => q.label.corpus === 'edition'), library.labels, thresholds)));
    console.log(line('synthetic, all stories', evaluate(queries.filter((q) => q.label.corpus === 'synthetic'), library.labels, thresholds)));
    console.log(line('everything', evaluate(queries, library.labels, thresholds)));
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) await main();
