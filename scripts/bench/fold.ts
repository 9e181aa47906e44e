// The cost of folding a list page: one 200-row page of All and Unread, first
// and deep, with and without `fold`, on a COPY of a cached bench library whose
// stories have been decided (the copy is grouped first; the cache is never
// changed). Prints JSON; `npm run bench` runs it through benchFold().
//   node scripts/bench/fold.ts <library dir copy> [--group N]
import { performance } from 'node:perf_hooks';
import { Library } from '../../electron/core/library/library.ts';
import type { ListQuery } from '../../electron/shared/models.ts';
import { assignPending } from '../../electron/core/related/stories.ts';

export interface FoldFigures {
  articles: number;
  grouped: number;
  stories: number;
  cases: {
    name: string;
    plain: { median: number; p95: number };
    folded: { median: number; p95: number };
    extraMedian: number;
    extraP95: number;
    /** The same calls' process CPU time (ms): what a busy machine's waiting for a core does not inflate. */
    cpu?: { plain: { median: number; p95: number }; folded: { median: number; p95: number }; extraMedian: number; extraP95: number };
    rows: number;
    articlesShown: number;
  }[];
}

function stats(samples: number[]): { median: number; p95: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)]!, p95: s[Math.min(s.length - 1, Math.floor(s.length * 0.95))]! };
}

export function benchFold(dir: string, options: { group?: number; runs?: number } = {}): FoldFigures {
  const library = Library.open(dir);
  try {
    const { store } = library;
    // Decide the stories of the newest articles first (as the app's background work does); pages measured are within them.
    let left = options.group ?? Number.POSITIVE_INFINITY;
    while (left > 0) {
      const { considered } = assignPending(store, library.storyGroups, Math.min(500, left));
      if (considered === 0) break;
      left -= considered;
    }
    const grouped = (library.db.prepare('SELECT count(*) AS n FROM article_stories').get() as { n: number }).n;
    const stories = (library.db.prepare('SELECT count(DISTINCT story_id) AS n FROM article_stories').get() as { n: number }).n;
    const runs = options.runs ?? 200;
    const cases: FoldFigures['cases'] = [];
    for (const view of ['all', 'unread'] as const) {
      for (const depth of ['first', 'deep'] as const) {
        let cursor: string | null = null;
        if (depth === 'deep') {
          // A few pages down: where a reader scrolling the folded list would be.
          for (let i = 0; i < 5; i++) cursor = store.list({ view, fold: true, limit: 200, cursor }).next;
        }
        const query: ListQuery = { view, limit: 200, cursor };
        const plain: number[] = [];
        const folded: number[] = [];
        const plainCpu: number[] = [];
        const foldedCpu: number[] = [];
        const cpuMs = (since: NodeJS.CpuUsage) => {
          const used = process.cpuUsage(since);
          return (used.user + used.system) / 1000;
        };
        let rows = 0;
        let shown = 0;
        for (let r = 0; r < runs; r++) {
          // Alternating, so a busy machine slows both alike.
          let c = process.cpuUsage();
          let t = performance.now();
          store.list(query);
          plain.push(performance.now() - t);
          plainCpu.push(cpuMs(c));
          c = process.cpuUsage();
          t = performance.now();
          const page = store.list({ ...query, fold: true });
          folded.push(performance.now() - t);
          foldedCpu.push(cpuMs(c));
          rows = page.items.length;
          shown = page.items.reduce((n, i) => n + 1 + (i.story?.others.length ?? 0), 0);
        }
        const p = stats(plain);
        const f = stats(folded);
        const pc = stats(plainCpu);
        const fc = stats(foldedCpu);
        cases.push({
          name: `${view}, ${depth} page`,
          plain: p,
          folded: f,
          extraMedian: f.median - p.median,
          extraP95: f.p95 - p.p95,
          cpu: { plain: pc, folded: fc, extraMedian: fc.median - pc.median, extraP95: fc.p95 - pc.p95 },
          rows,
          articlesShown: shown,
        });
      }
    }
    return { articles: store.counts().articles, grouped, stories, cases };
  } finally {
    library.close();
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const dir = process.argv[2];
  if (!dir) throw new Error('Usage: node scripts/bench/fold.ts <copy of a bench library dir> [--group N]');
  const at = process.argv.indexOf('--group');
  console.log(JSON.stringify(benchFold(dir, { group: at > 0 ? Number(process.argv[at + 1]) : undefined }), null, 2));
}
