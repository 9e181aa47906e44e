// Fault area: many writers at once (issue #13 item 10). Fifty CLI processes
// bookmark fifty articles (each then fetching its offline copy) while another
// refreshes every feed and a third imports a thousand bookmarks, all on one
// library: every one of them must succeed (no hidden SQLITE_BUSY), and the
// library must be whole with every bookmark in it.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { inspectLibrary, recordFigures, runCliProcess, tempDir } from './harness.ts';
import { startNewsSite, type NewsSite } from './news-site.ts';

const WRITERS = Number(process.env.FAULTS_WRITERS ?? 50);
const scratch = tempDir();
let site: NewsSite;
after(async () => {
  await site?.close();
  scratch.dispose();
});

test(`${WRITERS} concurrent bookmarking processes beside a refresh and a 1,000-bookmark import: no failures`, { timeout: 15 * 60_000 }, async () => {
  site = await startNewsSite({ feeds: 4, itemsPerFeed: 120, imageBytes: 5000, delayMs: 10 });
  const library = join(scratch.dir, 'library');
  const lib = ['--library', library];
  const opml = join(scratch.dir, 'feeds.opml');
  writeFileSync(opml, site.opml());
  assert.equal((await runCliProcess(['import-opml', opml, ...lib])).code, 0);
  assert.equal((await runCliProcess(['refresh', ...lib])).code, 0);
  const ids = (JSON.parse((await runCliProcess(['articles', '--json', '--limit', '300', ...lib])).stdout) as { id: number; source: { title: string } }[])
    .filter((a) => a.source.title.startsWith('Fault News'))
    .map((a) => a.id)
    .slice(0, WRITERS);
  assert.equal(ids.length, WRITERS);
  const marks = join(scratch.dir, 'marks.json');
  writeFileSync(marks, JSON.stringify({
    format: 'broadsheet-bookmarks',
    version: 1,
    bookmarks: Array.from({ length: 1000 }, (_, i) => ({ title: `Imported ${i}`, guid: `imported-${i}`, html: `<p>${'Kept from elsewhere. '.repeat(30)}</p>` })),
  }));

  const started = Date.now();
  const runs = [
    runCliProcess(['refresh', ...lib]).then((r) => ({ what: 'refresh', ...r })),
    runCliProcess(['import-bookmarks', marks, '--json', ...lib]).then((r) => ({ what: 'import-bookmarks', ...r })),
    ...ids.map((id) => runCliProcess(['bookmark', String(id), '--json', ...lib]).then((r) => ({ what: `bookmark ${id}`, ...r }))),
  ];
  const results = await Promise.all(runs);
  const seconds = (Date.now() - started) / 1000;
  const failed = results.filter((r) => r.code !== 0);
  assert.deepEqual(failed.map((r) => `${r.what}: ${r.stderr.trim()}`), []);
  const health = await inspectLibrary(library);
  assert.equal(health.integrity, 'ok');
  assert.equal(health.fts, true);
  assert.equal(health.brokenReferences, 0);
  const bookmarked = new Set((JSON.parse((await runCliProcess(['bookmarks', '--json', ...lib])).stdout) as { id: number }[]).map((a) => a.id));
  const missing = ids.filter((id) => !bookmarked.has(id)).length;
  assert.equal(missing, 0);
  assert.equal(health.bookmarks.size, WRITERS + 1000);
  recordFigures('concurrent-writers', {
    inputsTried: results.length,
    failures: failed.length,
    lost: missing,
    notes: [`${WRITERS} bookmark processes, a refresh and a 1,000-entry import at once: ${results.length - failed.length} of ${results.length} succeeded in ${seconds.toFixed(0)} s, ${health.bookmarks.size} bookmarks kept`],
  });
});
