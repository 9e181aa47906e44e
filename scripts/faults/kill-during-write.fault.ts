// Fault area: SIGKILL during writes (issue #13: items 5, 7, 15 and the suite's
// kill loop). CLI processes refreshing feeds, importing bookmarks or OPML and
// bookmarking articles (which fetches their offline copies) are killed at a
// seeded moment; after every kill the library must be whole (integrity, the
// full-text index, references), keep every bookmark it had, and open again.
// At the end, the copies the kills cut short are made by `fetch-full --pending`
// (what the app does at start): none may stay missing.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { faultSeed, inspectLibrary, randomInt, recordFigures, runCliProcess, seededRandom, sleep, startCli, tempDir } from './harness.ts';
import { startNewsSite, type NewsSite } from './news-site.ts';

/** Kills wanted (the issue asks for at least 20). */
const KILLS = Number(process.env.FAULTS_KILLS ?? 24);
const MAX_RUNS = KILLS * 3;

const scratch = tempDir();
let site: NewsSite;
after(async () => {
  await site?.close();
  scratch.dispose();
});

test(`${KILLS} kills mid-write (refresh, bookmark and OPML imports, bookmarks) leave a whole library that keeps every bookmark`, { timeout: 15 * 60_000 }, async () => {
  const random = seededRandom(faultSeed());
  site = await startNewsSite({ feeds: 4, itemsPerFeed: 120, imageBytes: 6000, delayMs: 15, seed: faultSeed() });
  const library = join(scratch.dir, 'library');
  const lib = ['--library', library];
  const opml = join(scratch.dir, 'feeds.opml');
  writeFileSync(opml, site.opml());
  assert.equal((await runCliProcess(['import-opml', opml, ...lib])).code, 0);
  const first = await runCliProcess(['refresh', ...lib]);
  assert.equal(first.code, 0, first.stderr);

  // A bookmarks file: half match articles already stored, half are new (their copies are fetched).
  const bookmarksFile = join(scratch.dir, 'bookmarks.json');
  writeFileSync(bookmarksFile, JSON.stringify({
    format: 'broadsheet-bookmarks',
    version: 1,
    bookmarks: Array.from({ length: 240 }, (_, i) => ({
      title: `Imported ${i}`,
      url: i % 2 ? site.articleUrl(i % 4, i) : `${site.origin}/article/9-import-${i}`,
      html: `<p>Kept from elsewhere, number ${i}.</p>`,
    })),
  }));
  const bigOpml = (run: number) => {
    const path = join(scratch.dir, `subs-${run}.opml`);
    writeFileSync(path, `<?xml version="1.0"?><opml version="2.0"><body>${Array.from({ length: 3000 }, (_, i) => `<outline text="Extra ${run}-${i}" xmlUrl="https://extra-${run}-${i}.example/feed"/>`).join('')}</body></opml>`);
    return path;
  };
  const feedArticleIds = async () => {
    const { stdout } = await runCliProcess(['articles', '--json', '--limit', '400', ...lib]);
    return (JSON.parse(stdout) as { id: number; bookmarked: boolean; source: { title: string } }[]).filter((a) => a.source.title.startsWith('Fault News') && !a.bookmarked).map((a) => a.id);
  };

  const ops = ['refresh', 'import-bookmarks', 'bookmark', 'import-opml', 'bookmark'] as const;
  let kills = 0;
  let runs = 0;
  let failures = 0;
  let lostBookmarks = 0;
  const killedBy: Record<string, number> = {};
  let before = (await inspectLibrary(library)).bookmarks;
  for (; kills < KILLS && runs < MAX_RUNS; runs++) {
    const op = ops[runs % ops.length]!;
    let args: string[];
    if (op === 'refresh') args = ['refresh'];
    else if (op === 'import-bookmarks') args = ['import-bookmarks', bookmarksFile];
    else if (op === 'import-opml') args = ['import-opml', bigOpml(runs)];
    else {
      const ids = await feedArticleIds();
      args = ['bookmark', String(ids[randomInt(random, 0, Math.max(0, ids.length - 1))] ?? 1)];
    }
    const { child, done } = startCli([...args, ...lib]);
    // Node and the library take most of a second to start; the kill lands in the work after that.
    await Promise.race([sleep(randomInt(random, 700, 3500)), done]);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGKILL');
      const result = await done;
      if (result.signal === 'SIGKILL') {
        kills++;
        killedBy[op] = (killedBy[op] ?? 0) + 1;
      }
    } else {
      const result = await done;
      if (result.code !== 0) {
        failures++;
        assert.fail(`${args.join(' ')} failed on its own: ${result.stderr}`);
      }
    }
    const health = await inspectLibrary(library);
    if (health.integrity !== 'ok' || !health.fts || health.brokenReferences > 0) failures++;
    assert.equal(health.integrity, 'ok', `after ${op}, run ${runs}`);
    assert.equal(health.fts, true, `full-text index after ${op}, run ${runs}`);
    assert.equal(health.brokenReferences, 0, `references after ${op}, run ${runs}`);
    const lost = [...before].filter((guid) => !health.bookmarks.has(guid));
    lostBookmarks += lost.length;
    assert.deepEqual(lost, [], `bookmarks lost after ${op}, run ${runs}`);
    before = health.bookmarks;
    // It opens again (the quick check at open passes) and reads.
    const reopened = await runCliProcess(['stats', '--json', ...lib]);
    if (reopened.code !== 0) failures++;
    assert.equal(reopened.code, 0, reopened.stderr);
  }
  assert.ok(kills >= Math.min(20, KILLS), `only ${kills} of ${runs} runs were killed mid-write`);

  // What the kills cut short is found again and made (the app does this at every start).
  const unmade = (await inspectLibrary(library)).bookmarksWithoutCopy;
  const pending = await runCliProcess(['fetch-full', '--pending', '--json', ...lib]);
  assert.equal(pending.code, 0, pending.stderr);
  const health = await inspectLibrary(library);
  assert.equal(health.bookmarksWithoutCopy, 0, `bookmarks still without their copy: ${pending.stdout}`);
  assert.deepEqual(readdirSync(join(library, 'media')).filter((f) => f.endsWith('.tmp')), [], 'no half-written pictures left');
  assert.ok(!existsSync(join(library, 'check-needed')));

  recordFigures('kill-during-write', {
    killsSurvived: kills,
    inputsTried: runs,
    lost: lostBookmarks + health.bookmarksWithoutCopy,
    failures,
    notes: [
      `${kills} SIGKILLs in ${runs} runs (${Object.entries(killedBy).map(([op, n]) => `${op} ${n}`).join(', ')}); ${health.bookmarks.size} bookmarks kept, 0 lost; ` +
        `${unmade} bookmarked articles left without their copy by the kills, ${health.bookmarksWithoutCopy} after fetch-full --pending`,
    ],
  });
});
