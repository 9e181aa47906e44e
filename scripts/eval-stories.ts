// Same-story grouping on real multi-outlet coverage (electron/core/related/eval/real-coverage.ts)
// and on the sample edition: the groups the article list folds (StoryAssigner's decisions),
// scored pair by pair against the hand labels, beside a plain TF-IDF cosine baseline whose
// threshold is picked in hindsight on the very set it is scored on.
//   npm run eval:stories                    figures for the development half and the three held-out groups
//   npm run eval:stories -- --verbose       and every wrong or missed pair (not the second and third held-out
//                                           groups': they are kept unseen for tuning; add --all to list those too)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ArticleStore } from '../electron/core/library/article-store.ts';
import { openDatabase } from '../electron/core/library/database.ts';
import { readEdition, seedEdition } from '../electron/core/library/edition.ts';
import { StoryGroups } from '../electron/core/library/story-groups.ts';
import { REAL_COVERAGE } from '../electron/core/related/eval/real-coverage.ts';
import { HELD_OUT_3 } from '../electron/core/related/eval/real-coverage-3.ts';
import { syntheticCorpus } from '../electron/core/related/eval/synthetic.ts';
import { assignPending } from '../electron/core/related/stories.ts';
import type { Thresholds } from '../electron/core/related/related.ts';
import { TUNED } from '../electron/core/related/thresholds.ts';
import { sanitizeArticle } from '../electron/core/text/sanitize.ts';
import { storyContentTokens } from '../electron/core/text/story-tokenize.ts';

const ROOT = join(import.meta.dirname, '..');
const NOW = Date.UTC(2026, 5, 1, 12);

export interface StoryLabel {
  /** The labelled event, or null for an article that is a story alone. */
  event: string | null;
  corpus: 'real' | 'edition' | 'synthetic';
  split: 'dev' | 'held-out' | 'held-out-2' | 'held-out-3' | null;
  title: string;
  outlet: string;
}

export interface PairFigures {
  articles: number;
  pairs: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface StoryLibrary {
  store: ArticleStore;
  groups: StoryGroups;
  labels: Map<number, StoryLabel>;
  text: Map<number, string>;
  close(): void;
}

/** The sample edition and the synthetic corpus (background and their own labels), then the real coverage in the order it was published. */
export function buildStoryLibrary(dir: string): StoryLibrary {
  const db = openDatabase(dir);
  const store = new ArticleStore(db);
  const groups = store.storyGroups;
  // Nothing stored yet: every article after this is a new arrival, decided in the order it came.
  groups.pending(0);
  const labels = new Map<number, StoryLabel>();
  const text = new Map<number, string>();
  const edition = readEdition(join(ROOT, 'assets'));
  seedEdition(store, edition, NOW);
  const guidToId = new Map((db.prepare('SELECT id, guid FROM articles').all() as { id: number; guid: string }[]).map((r) => [r.guid, r.id]));
  for (const a of edition.articles) {
    const id = guidToId.get(`edition:${a.id}`)!;
    labels.set(id, { event: a.story, corpus: 'edition', split: null, title: a.title, outlet: a.outlet });
  }
  const sources = new Map<string, number>();
  const sourceFor = (outlet: string, host: string) => {
    let id = sources.get(outlet);
    if (id === undefined) sources.set(outlet, (id = store.addSource({ title: outlet, feedUrl: `https://${host}/feed#${sources.size}` })));
    return id;
  };
  for (const a of syntheticCorpus()) {
    const { html, text: body } = sanitizeArticle(`<p>${a.text}</p>`);
    const id = store.upsertArticle({ sourceId: sourceFor(a.outlet, `${a.outlet}.example`), guid: a.key, url: `https://${a.outlet}.example/${a.key}`, title: a.title, html, text: body, lang: a.lang, published: NOW - a.hoursAgo * 3600_000 });
    labels.set(id, { event: a.story, corpus: 'synthetic', split: null, title: a.title, outlet: a.outlet });
  }
  const real = [...REAL_COVERAGE, ...HELD_OUT_3].sort((a, b) => Date.parse(a.published) - Date.parse(b.published));
  for (const a of real) {
    const { html, text: body } = sanitizeArticle(`<p>${a.text}</p>`);
    const id = store.upsertArticle({ sourceId: sourceFor(a.outlet, new URL(a.url).hostname), guid: a.url, url: a.url, title: a.title, html, text: body, lang: 'en', published: Date.parse(a.published) });
    labels.set(id, { event: a.event, corpus: 'real', split: a.split, title: a.title, outlet: a.outlet });
    text.set(id, `${a.title}\n${body}`);
  }
  return { store, groups, labels, text, close: () => db.close() };
}

/** Decides every article's story as the background assigner would. */
export function groupAll(library: StoryLibrary, thresholds: Thresholds = TUNED): Map<number, number> {
  while (assignPending(library.store, library.groups, 500, thresholds).considered > 0);
  return library.groups.storiesOf([...library.labels.keys()]);
}

/**
 * Pairwise figures over `ids`: a pair is predicted together when both have the
 * same story, and truly together when they have the same labelled event. Pairs
 * with one article outside `ids` but inside `context` count too (a wrong link
 * to another half's event is still wrong).
 */
export function pairFigures(ids: number[], context: number[], same: (a: number, b: number) => boolean, labels: Map<number, StoryLabel>, wrong?: [number, number, 'extra' | 'missed'][]): PairFigures {
  const inSet = new Set(ids);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let pairs = 0;
  for (let i = 0; i < context.length; i++) {
    for (let j = i + 1; j < context.length; j++) {
      const a = context[i]!;
      const b = context[j]!;
      if (!inSet.has(a) && !inSet.has(b)) continue;
      pairs++;
      const la = labels.get(a)!.event;
      const truth = la !== null && la === labels.get(b)!.event;
      const predicted = same(a, b);
      if (predicted && truth) tp++;
      else if (predicted) {
        fp++;
        wrong?.push([a, b, 'extra']);
      } else if (truth) {
        fn++;
        wrong?.push([a, b, 'missed']);
      }
    }
  }
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  return { articles: ids.length, pairs, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** Plain TF-IDF (title and text, no boosts, no names, no time window), cosine, single link. */
export function tfidfBaseline(library: StoryLibrary, ids: number[]): { similarity: (a: number, b: number) => number } {
  const df = new Map<string, number>();
  const docs = new Map<number, Map<string, number>>();
  const all = [...library.labels.keys()];
  for (const id of all) {
    const { title, text } = library.store.titleAndText(id);
    const tf = new Map<string, number>();
    for (const t of storyContentTokens(`${title}\n${text}`)) tf.set(t, (tf.get(t) ?? 0) + 1);
    docs.set(id, tf);
    for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
  }
  const vectors = new Map<number, Map<string, number>>();
  for (const id of ids) {
    const tf = docs.get(id)!;
    const v = new Map<string, number>();
    let norm = 0;
    for (const [t, n] of tf) {
      const w = (1 + Math.log(n)) * Math.log(all.length / df.get(t)!);
      v.set(t, w);
      norm += w * w;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [t, w] of v) v.set(t, w / norm);
    vectors.set(id, v);
  }
  return {
    similarity(a, b) {
      let dot = 0;
      const vb = vectors.get(b)!;
      for (const [t, w] of vectors.get(a)!) dot += w * (vb.get(t) ?? 0);
      return dot;
    },
  };
}

/** Single-link groups of `ids` at cosine ≥ threshold. */
function linkGroups(ids: number[], similarity: (a: number, b: number) => number, threshold: number): (a: number, b: number) => boolean {
  const parent = new Map(ids.map((id) => [id, id]));
  const find = (x: number): number => {
    while (parent.get(x) !== x) x = parent.get(x)!;
    return x;
  };
  for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) if (similarity(ids[i]!, ids[j]!) >= threshold) parent.set(find(ids[i]!), find(ids[j]!));
  return (a, b) => find(a) === find(b);
}

export interface StoryFigures {
  ours: Record<'dev' | 'heldOut' | 'heldOut2' | 'heldOut3' | 'edition', PairFigures>;
  baseline: Record<'dev' | 'heldOut' | 'heldOut2' | 'heldOut3' | 'edition', PairFigures & { threshold: number }>;
}

export function evaluateStories(thresholds: Thresholds = TUNED, verbose = false, verboseHeldOut2 = false): StoryFigures {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-stories-'));
  const library = buildStoryLibrary(dir);
  try {
    const story = groupAll(library, thresholds);
    const same = (a: number, b: number) => story.has(a) && story.get(a) === story.get(b);
    const of = (pick: (l: StoryLabel) => boolean) => [...library.labels].filter(([, l]) => pick(l)).map(([id]) => id);
    const real = of((l) => l.corpus === 'real');
    const sets = {
      dev: [of((l) => l.split === 'dev'), real],
      heldOut: [of((l) => l.split === 'held-out'), real],
      heldOut2: [of((l) => l.split === 'held-out-2'), real],
      heldOut3: [of((l) => l.split === 'held-out-3'), real],
      edition: [of((l) => l.corpus === 'edition'), of((l) => l.corpus === 'edition')],
    } as const;
    const ours = {} as StoryFigures['ours'];
    const baseline = {} as StoryFigures['baseline'];
    for (const [name, [ids, context]] of Object.entries(sets) as [keyof typeof sets, readonly [number[], number[]]][]) {
      const wrong: [number, number, 'extra' | 'missed'][] = [];
      ours[name] = pairFigures(ids, context, same, library.labels, wrong);
      if (verbose && ((name !== 'heldOut2' && name !== 'heldOut3') || verboseHeldOut2)) {
        for (const [a, b, kind] of wrong) {
          const la = library.labels.get(a)!;
          const lb = library.labels.get(b)!;
          console.log(`  ${name} ${kind}: [${la.event}] ${la.outlet}: ${la.title.slice(0, 60)}  ~  [${lb.event}] ${lb.outlet}: ${lb.title.slice(0, 60)}`);
        }
      }
      const tfidf = tfidfBaseline(library, context);
      let best: PairFigures & { threshold: number } = { ...pairFigures(ids, context, () => false, library.labels), threshold: 1 };
      for (let t = 0.02; t <= 0.8; t += 0.01) {
        const f = pairFigures(ids, context, linkGroups(context, tfidf.similarity, t), library.labels);
        if (f.f1 > best.f1) best = { ...f, threshold: Math.round(t * 100) / 100 };
      }
      baseline[name] = best;
    }
    return { ours, baseline };
  } finally {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export function storyLine(name: string, f: PairFigures, extra = ''): string {
  return `${name.padEnd(44)} articles ${String(f.articles).padStart(3)}  precision ${f.precision.toFixed(3)}  recall ${f.recall.toFixed(3)}  F1 ${f.f1.toFixed(3)}${extra}`;
}

export function printStoryFigures(figures: StoryFigures): void {
  console.log('Same-story groups (what the list folds), pairs of articles:');
  const names = {
    dev: 'real coverage, development half',
    heldOut: 'real coverage, held-out half (reported)',
    heldOut2: 'real coverage, second held-out group',
    heldOut3: 'real coverage, third held-out group',
    edition: 'sample edition',
  } as const;
  for (const key of ['dev', 'heldOut', 'heldOut2', 'heldOut3', 'edition'] as const) {
    console.log(storyLine(names[key], figures.ours[key]));
    const b = figures.baseline[key];
    console.log(storyLine(`  baseline: TF-IDF cosine ≥ ${b.threshold} (hindsight)`, b));
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) printStoryFigures(evaluateStories(TUNED, process.argv.includes('--verbose'), process.argv.includes('--all')));
