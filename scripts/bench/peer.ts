// Refresh against a peer, side by side in one run (issue #14): the same F feeds
// of K items (realistic RSS 2.0, 0.5–3 KB HTML summaries, dated within the last
// 20 days, as ../shared/bench/peer-ingest.sh writes them) served from this
// process on 127.0.0.1, refreshed by newsboat (Debian's package, `newsboat -x
// reload`, with one and with two reload threads, the faster counted) and by
// Broadsheet's CLI (`import-opml`, then a timed `npm run -s cli -- refresh`,
// as the peer script runs it). Wall time and peak RSS of each process, and the
// ratio (> 1: Broadsheet faster).
//
// The same refresh is then run inside this process for what a CLI run cannot
// show: the main thread's longest block (monitorEventLoopDelay: how long a
// call from the window could wait) and how long the catch-up takes afterwards
// to index the new bodies for search and related stories (library/catch-up.ts).
//
// Skipped, saying so, where newsboat or /usr/bin/time is not installed
// (apt-get install newsboat time). Timings, never asserted: a timed test on a
// shared 2-core machine would only measure the neighbours.
//   node scripts/bench/peer.ts [F×K …]     e.g. 200x50 1000x50 (the default)
//   benchPeer()                             for scripts/bench/run.ts
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { DatabaseSync } from 'node:sqlite';
import { importOpmlText } from '../../electron/core/feeds/index.ts';
import { openLibraryCore } from '../../electron/core/library-core.ts';
import { MemoryPreferences } from '../../electron/core/kernel/preferences.ts';
import { prng } from './generate.ts';

const ROOT = join(import.meta.dirname, '..', '..');

export interface PeerRun {
  feeds: number;
  itemsPerFeed: number;
  items: number;
  newsboat: { seconds: number; threads: number; peakRssMb: number; items: number }[];
  broadsheet: { seconds: number; peakRssMb: number; items: number };
  /** newsboat's faster time over Broadsheet's: above 1, Broadsheet is faster. */
  ratio: number;
  /** In-process refresh of the same feeds: the main thread's longest event-loop block, ms, and CPU. */
  inProcess: { seconds: number; longestBlockMs: number; cpuSeconds: number; mainCpuSeconds: number };
  /** The catch-up after it (bodies into search, articles into the story index), in the app's steps: their wall time, CPU and the longest. */
  catchUp: { seconds: number; cpuSeconds: number; longestStepMs: number; articles: number };
  loadAverage: number;
}

export type PeerResult = { skipped: string } | { runs: PeerRun[] };

/** One document per feed, the way ../shared/bench/peer_feeds.py writes them. */
export function peerFeeds(origin: string, feeds: number, items: number, now = Date.now()): { documents: string[]; opml: string; urls: string } {
  const random = prng(548);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const syllables = ['ka', 'ro', 'mi', 'ten', 'vel', 'dra', 'sun', 'lo', 'pe', 'tar', 'qui', 'na', 'bor', 'es', 'ly'];
  const vocabulary = [...new Set(Array.from({ length: 20_000 }, () => Array.from({ length: between(1, 4) }, () => pick(syllables)).join('')))];
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const sentence = (low: number, high: number) => Array.from({ length: between(low, high) }, () => pick(vocabulary)).join(' ');
  const documents: string[] = [];
  for (let f = 0; f < feeds; f++) {
    const entries: string[] = [];
    for (let k = 0; k < items; k++) {
      const title = sentence(6, 12);
      const paragraphs = Array.from({ length: between(2, 6) }, () => `<p>${escape(sentence(30, 70))}.</p>`).join('');
      const when = new Date(now - between(0, 60 * 24 * 20) * 60_000).toUTCString().replace('GMT', '+0000');
      entries.push(
        `<item><title>${escape(title[0]!.toUpperCase() + title.slice(1))}</title><link>https://example.org/f${f}/a${k}</link>` +
          `<guid isPermaLink="false">f${f}-a${k}</guid><pubDate>${when}</pubDate><description>${escape(paragraphs)}</description></item>`,
      );
    }
    documents.push(
      `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed ${f}</title><link>https://example.org/f${f}/</link><description>Feed ${f}</description>${entries.join('')}</channel></rss>`,
    );
  }
  const url = (f: number) => `${origin}/feeds/f${f}.xml`;
  const outlines = documents.map((_, f) => `<outline type="rss" text="Feed ${f}" xmlUrl="${url(f)}"/>`).join('');
  return {
    documents,
    opml: `<?xml version="1.0"?><opml version="2.0"><head><title>peer</title></head><body>${outlines}</body></opml>`,
    urls: `${documents.map((_, f) => url(f)).join('\n')}\n`,
  };
}

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;
}

/**
 * Runs a command under /usr/bin/time: wall seconds and peak RSS (MB). Not
 * spawnSync: this process serves the feeds and must keep answering.
 */
function timedCommand(command: string, args: string[]): Promise<{ seconds: number; peakRssMb: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%e %M', command, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const last = stderr.trim().split('\n').at(-1) ?? '';
      if (code !== 0) return reject(new Error(`${command} ${args.join(' ')} failed: ${last}`));
      const [seconds, kilobytes] = last.split(' ').map(Number);
      resolve({ seconds: seconds!, peakRssMb: Math.round(kilobytes! / 1024) });
    });
  });
}

/** `npm run -s cli -- …`, as ../shared/bench/peer-ingest.sh runs it (npm's start-up and the script's Node flags included). */
function cli(library: string, ...args: string[]): [string, string[]] {
  return ['npm', ['run', '-s', 'cli', '--', '--library', library, ...args]];
}

async function peerRun(feeds: number, items: number, log: (line: string) => void): Promise<PeerRun> {
  const dir = mkdtempSync(join(tmpdir(), 'broadsheet-bench-peer-'));
  let documents: string[] = [];
  const server = createServer((request, response) => {
    const f = Number(/^\/feeds\/f(\d+)\.xml$/.exec(request.url ?? '')?.[1] ?? -1);
    const body = documents[f];
    if (body === undefined) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  try {
    const generated = peerFeeds(origin, feeds, items);
    documents = generated.documents;
    writeFileSync(join(dir, 'urls'), generated.urls);
    writeFileSync(join(dir, 'feeds.opml'), generated.opml);

    // newsboat, as the peer script runs it: every item kept (max-items 0), one and two reload threads.
    const newsboat: PeerRun['newsboat'] = [];
    for (const threads of [1, 2]) {
      writeFileSync(join(dir, 'nb.conf'), `reload-threads ${threads}\nmax-items 0\n`);
      rmSync(join(dir, 'nb.db'), { force: true });
      const run = await timedCommand('newsboat', ['-x', 'reload', '-u', join(dir, 'urls'), '-c', join(dir, 'nb.db'), '-C', join(dir, 'nb.conf')]);
      const cache = new DatabaseSync(join(dir, 'nb.db'), { readOnly: true });
      const stored = (cache.prepare('SELECT count(*) AS n FROM rss_item').get() as { n: number }).n;
      cache.close();
      newsboat.push({ ...run, threads, items: stored });
      log(`  newsboat reload-threads=${threads}: ${run.seconds} s, ${stored} items, peak RSS ${run.peakRssMb} MB`);
    }

    // Broadsheet's CLI: import, then the timed refresh.
    const library = join(dir, 'library');
    execFileSync(...cli(library, 'import-opml', join(dir, 'feeds.opml')), { cwd: ROOT, stdio: 'ignore' });
    const ours = await timedCommand(...cli(library, 'refresh'));
    const sources = JSON.parse(execFileSync(...cli(library, 'sources', '--json'), { cwd: ROOT, encoding: 'utf8' })) as { feedUrl: string | null; total: number }[];
    const stored = sources.filter((source) => source.feedUrl?.startsWith(origin)).reduce((n, source) => n + source.total, 0);
    log(`  broadsheet refresh: ${ours.seconds} s, ${stored} items, peak RSS ${ours.peakRssMb} MB`);
    const fastest = Math.min(...newsboat.map((n) => n.seconds));

    // The same refresh in this process, for the main thread's longest block, then the catch-up.
    const core = openLibraryCore({ libraryDir: join(dir, 'in-process'), assetsDir: join(ROOT, 'assets'), preferences: new MemoryPreferences(), platform: { openExternal: async () => {} }, seed: false });
    try {
      importOpmlText(core.context, generated.opml);
      const delay = monitorEventLoopDelay({ resolution: 2 });
      const cpu = process.cpuUsage();
      const mainCpu = process.threadCpuUsage();
      const started = performance.now();
      delay.enable();
      await core.handlers.feeds.refresh(null);
      delay.disable();
      const seconds = (performance.now() - started) / 1000;
      const used = process.cpuUsage(cpu);
      const usedHere = process.threadCpuUsage(mainCpu);
      // The catch-up in the app's own steps (story-backfill.ts), one after another with a turn of the event loop
      // between; only the steps are counted (story grouping, which follows indexing, runs in those turns).
      core.backfill.close();
      let catchUpSeconds = 0;
      let catchUpCpu = 0;
      let longestStepMs = 0;
      let articles = 0;
      for (;;) {
        const stepCpu = process.threadCpuUsage();
        const stepStarted = performance.now();
        const indexed = core.store.catchUp.catchUp(16);
        const stepMs = performance.now() - stepStarted;
        const stepUsed = process.threadCpuUsage(stepCpu);
        catchUpSeconds += stepMs / 1000;
        catchUpCpu += (stepUsed.user + stepUsed.system) / 1e6;
        longestStepMs = Math.max(longestStepMs, stepMs);
        if (indexed === 0) break;
        articles += indexed;
        await new Promise((resolve) => setImmediate(resolve));
      }
      const run: PeerRun = {
        feeds,
        itemsPerFeed: items,
        items: feeds * items,
        newsboat,
        broadsheet: { ...ours, items: stored },
        ratio: Number((fastest / ours.seconds).toFixed(2)),
        inProcess: {
          seconds: Number(seconds.toFixed(2)),
          longestBlockMs: Math.round(delay.max / 1e6),
          cpuSeconds: Number(((used.user + used.system) / 1e6).toFixed(2)),
          mainCpuSeconds: Number(((usedHere.user + usedHere.system) / 1e6).toFixed(2)),
        },
        catchUp: {
          seconds: Number(catchUpSeconds.toFixed(2)),
          cpuSeconds: Number(catchUpCpu.toFixed(2)),
          longestStepMs: Math.round(longestStepMs),
          articles,
        },
        loadAverage: Number(loadavg()[0]!.toFixed(1)),
      };
      log(
        `  ${run.items} items: broadsheet ${Math.round(run.items / ours.seconds)} items/s, newsboat ${Math.round(run.items / fastest)} items/s, ratio ${run.ratio} (>1 = broadsheet faster); ` +
          `in-process refresh ${run.inProcess.seconds} s, longest main-thread block ${run.inProcess.longestBlockMs} ms; ` +
          `catch-up ${run.catchUp.seconds} s (${run.catchUp.cpuSeconds} s CPU, longest step ${run.catchUp.longestStepMs} ms); load ${run.loadAverage}`,
      );
      return run;
    } finally {
      core.close();
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function benchPeer(options: { sizes?: [number, number][]; log?: (line: string) => void } = {}): Promise<PeerResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  for (const [command, why] of [
    ['newsboat', 'newsboat is not installed (apt-get install newsboat)'],
    ['/usr/bin/time', '/usr/bin/time is not installed (apt-get install time)'],
  ] as const) {
    if (!(command.startsWith('/') ? existsSync(command) : installed(command))) {
      const skipped = `side-by-side with newsboat skipped: ${why}`;
      log(`  ${skipped}`);
      return { skipped };
    }
  }
  const runs: PeerRun[] = [];
  for (const [feeds, items] of options.sizes ?? [[200, 50], [1000, 50]]) {
    log(`  ${feeds} feeds × ${items} items:`);
    runs.push(await peerRun(feeds, items, log));
  }
  return { runs };
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const sizes = process.argv.slice(2).map((a) => a.split(/[x×]/).map(Number) as [number, number]);
  const result = await benchPeer({ sizes: sizes.length ? sizes : undefined });
  console.log(JSON.stringify(result));
}
