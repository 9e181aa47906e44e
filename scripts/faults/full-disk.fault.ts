// Fault area: a full disk (issue #13 items 6 and 9). The library sits on a
// small tmpfs of its own (a private mount namespace: `unshare -rm`, no root
// needed where user namespaces are allowed), filled but for a margin; where
// that is not possible, each command runs under a file-size limit (`ulimit -f`),
// which SQLite meets as a refused write. A bookmark whose copy does not fit
// says so in its one line and keeps the bookmark; an import that does not fit
// says the disk is full (and how far it got); reading still works; once there
// is room, `fetch-full --pending` makes the missing copies and nothing
// half-written is left in media/.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { CLI, inspectLibrary, recordFigures, runCliProcess, tempDir } from './harness.ts';
import { startNewsSite, type NewsSite } from './news-site.ts';

const scratch = tempDir();
let site: NewsSite;
after(async () => {
  await site?.close();
  scratch.dispose();
});

interface StepResult {
  args: string[];
  code: number | null;
  stdout: string;
  stderr: string;
  ms?: number;
}

function spawnAsync(command: string, args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

function tmpfsAvailable(): boolean {
  if (process.platform !== 'linux') return false;
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'd=$(mktemp -d) && mount -t tmpfs -o size=1m tmpfs "$d" && umount "$d"; rmdir "$d"'], { encoding: 'utf8' });
  return !probe.error && probe.status === 0;
}

test('a full disk: copies and imports that do not fit say so in one line, nothing is half-written, and the copies are made once there is room', { timeout: 10 * 60_000 }, async () => {
  site = await startNewsSite({ feeds: 2, itemsPerFeed: 60, imageBytes: 400_000 });
  const source = join(scratch.dir, 'library');
  const opml = join(scratch.dir, 'feeds.opml');
  writeFileSync(opml, site.opml());
  assert.equal((await runCliProcess(['import-opml', opml, '--library', source])).code, 0);
  assert.equal((await runCliProcess(['refresh', '--library', source])).code, 0);
  const articles = JSON.parse((await runCliProcess(['articles', '--json', '--limit', '200', '--library', source])).stdout) as { id: number; source: { title: string } }[];
  const [first, second] = articles.filter((a) => a.source.title.startsWith('Fault News')).map((a) => a.id);
  const big = join(scratch.dir, 'big.json');
  const body = '<p>Harbour walls gave way overnight as the storm surge rose over the quay. </p>'.repeat(60);
  writeFileSync(big, JSON.stringify({ format: 'broadsheet-bookmarks', version: 1, bookmarks: Array.from({ length: 600 }, (_, i) => ({ title: `Big ${i}`, guid: `big-${i}`, html: body })) }));
  const steps = [['bookmark', String(first)], ['bookmark', String(second)], ['import-bookmarks', big], ['refresh'], ['stats', '--json']];
  const afterSteps = [['fetch-full', '--pending', '--json'], ['bookmarks', '--json']];

  let mechanism: string;
  let results: StepResult[];
  let afterResults: StepResult[];
  let health: { integrity: string; fts: boolean; brokenReferences: number; bookmarksWithoutCopy: number };
  let leftovers: number;
  if (tmpfsAvailable()) {
    const plan = { source, mountPoint: join(scratch.dir, 'disk'), marginBytes: 256 * 1024, steps, after: afterSteps };
    // Not spawnSync: the fixture site answers from this process's event loop.
    const driver = await spawnAsync('unshare', ['-rm', process.execPath, join(import.meta.dirname, 'full-disk-driver.ts'), JSON.stringify(plan)]);
    assert.equal(driver.status, 0, driver.stderr);
    ({ mechanism, results, afterResults, health, leftovers } = JSON.parse(driver.stdout));
  } else {
    // A file-size limit instead: no file of the library may grow past 200 KB while the steps run.
    mechanism = 'ulimit -f';
    const run = async (args: string[], limited: boolean): Promise<StepResult> => {
      const command = `${limited ? 'ulimit -f 200; ' : ''}exec "$0" "$@"`;
      const started = Date.now();
      const r = await spawnAsync('sh', ['-c', command, process.execPath, CLI, ...args, '--library', source]);
      return { args, code: r.status, stdout: r.stdout.trim(), stderr: r.stderr.trim(), ms: Date.now() - started };
    };
    results = [];
    for (const step of steps) results.push(await run(step, true));
    afterResults = [];
    for (const step of afterSteps) afterResults.push(await run(step, false));
    health = await inspectLibrary(source);
    leftovers = 0;
  }

  // What each step did, for the message of any assertion that fails.
  const transcript = results.map((r) => `${r.args.join(' ')} → ${r.code} (${r.ms ?? '?'} ms)\n  ${r.stdout.slice(0, 300)}\n  ${r.stderr}`).join('\n');
  const byName = (name: string) => results.filter((r) => r.args[0] === name);
  const fullWords = /disk .*full|refused a write/;
  for (const r of results) {
    assert.doesNotMatch(r.stderr, /unexpectedly|\n\s+at |Error:/, `${r.args.join(' ')}: ${r.stderr}`);
    assert.ok(r.stderr.split('\n').length <= 1, `${r.args.join(' ')}: one line at most: ${r.stderr}`);
  }
  for (const bookmark of byName('bookmark')) {
    assert.equal(bookmark.code, 0, bookmark.stderr);
    assert.equal(bookmark.stdout.split('\n').length, 1, bookmark.stdout);
    assert.match(bookmark.stdout, /^Bookmarked: /);
  }
  // The first copy cannot fit in the margin: said in the bookmark's own line.
  assert.match(byName('bookmark')[0]!.stdout, /Its offline copy could not be saved: /, transcript);
  assert.match(byName('bookmark')[0]!.stdout, fullWords, transcript);
  const imported = byName('import-bookmarks')[0]!;
  assert.equal(imported.code, 1, transcript);
  assert.match(imported.stderr, fullWords, transcript);
  assert.equal(byName('stats')[0]!.code, 0, 'reading works on a full disk');
  assert.doesNotMatch(byName('refresh')[0]!.stdout, /unexpected/, 'a refresh names the full disk, not "something unexpected"');

  assert.equal(afterResults[0]!.code, 0, afterResults[0]!.stderr);
  const kept = JSON.parse(afterResults[1]!.stdout) as { id: number }[];
  assert.ok(kept.some((a) => a.id === first) && kept.some((a) => a.id === second), 'the bookmarks stay');
  assert.equal(health.integrity, 'ok');
  assert.equal(health.fts, true);
  assert.equal(health.brokenReferences, 0);
  assert.equal(health.bookmarksWithoutCopy, 0, `copies still missing once there was room: ${afterResults[0]!.stdout}`);
  assert.equal(leftovers, 0, 'half-written pictures left in media/');

  recordFigures('full-disk', {
    inputsTried: results.length,
    lost: health.bookmarksWithoutCopy,
    failures: 0,
    notes: [`${mechanism}: ${results.map((r) => `${r.args[0]} → exit ${r.code}${r.ms ? ` in ${(r.ms / 1000).toFixed(1)} s` : ''}`).join(', ')}; after freeing space every bookmark had its copy, no half-written file left`],
  });
});
