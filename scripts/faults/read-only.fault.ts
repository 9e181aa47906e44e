// Fault area: a read-only library (issue #13 item 9). The folder is made
// read-only (chmod; as root, a read-only bind mount in a private mount
// namespace), both as a cleanly closed library and as one a killed process
// left with its -wal and -shm. Every reading command works; every command
// that would change the library fails in one line that says it is read-only.
import assert from 'node:assert/strict';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { readOnlyRunner } from '../../electron/core/testing/read-only.ts';
import { recordFigures, runCliProcess, tempDir } from './harness.ts';

const scratch = tempDir();
after(() => scratch.dispose());
const runner = readOnlyRunner();

test('a read-only library reads, searches and exports; every change says it is read-only', { skip: runner ? false : 'no way to make a folder read-only here', timeout: 10 * 60_000 }, async () => {
  const library = join(scratch.dir, 'library');
  assert.equal((await runCliProcess(['bookmark', '1', '--library', library])).code, 0);
  assert.equal((await runCliProcess(['backup', '--library', library])).code, 0);
  const feedOpml = join(scratch.dir, 'feed.opml');
  writeFileSync(feedOpml, '<?xml version="1.0"?><opml version="2.0"><body><outline text="Feed" xmlUrl="https://feed.example/rss"/></body></opml>');
  assert.equal((await runCliProcess(['import-opml', feedOpml, '--library', library])).code, 0);
  const sources = JSON.parse((await runCliProcess(['sources', '--json', '--library', library])).stdout) as { id: number; feedUrl: string | null }[];
  const feed = String(sources.find((s) => s.feedUrl)!.id);
  const crashed = join(scratch.dir, 'crashed');
  const writer = new DatabaseSync(join(library, 'library.sqlite'));
  writer.exec('PRAGMA wal_autocheckpoint = 0; UPDATE articles SET read = 1 WHERE id = 3');
  cpSync(library, crashed, { recursive: true });
  writer.close();
  const opml = join(scratch.dir, 'subs.opml');
  writeFileSync(opml, '<?xml version="1.0"?><opml version="2.0"><body><outline text="X" xmlUrl="https://x.example/feed"/></body></opml>');
  const marks = join(scratch.dir, 'marks.json');
  writeFileSync(marks, JSON.stringify({ format: 'broadsheet-bookmarks', version: 1, bookmarks: [{ title: 'A', url: 'https://a.example/1' }] }));

  const reads = [
    ['articles', '--json', '--limit', '5'], ['articles', '--all', '--json'], ['show', '1', '--json'], ['search', 'harbour', '--json'], ['related', '1', '--json'],
    ['stories', '--json'], ['bookmarks', '--json'], ['sources', '--json'], ['stats', '--json'], ['export-bookmarks', '--format', 'json'], ['export-opml'], ['backups', '--json'], ['check'],
  ];
  const writes = [['bookmark', '2'], ['unbookmark', '1'], ['import-opml', opml], ['import-bookmarks', marks], ['refresh-every', feed, '60'], ['unsubscribe', feed], ['backup'], ['mark-read', '2']];
  let tried = 0;
  for (const dir of [library, crashed]) {
    for (const args of reads) {
      tried++;
      const r = runner!(dir, args);
      assert.equal(r.status, 0, `${dir === crashed ? 'crashed' : 'closed'}: ${args.join(' ')}: ${r.stderr}`);
    }
    for (const args of writes) {
      tried++;
      const r = runner!(dir, args);
      assert.notEqual(r.status, 0, `${args.join(' ')} changed a read-only library`);
      assert.equal(r.stderr.trim().split('\n').length, 1, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, /read-only/, `${args.join(' ')}: ${r.stderr}`);
      assert.doesNotMatch(r.stderr, /unexpectedly|unable to open/, args.join(' '));
    }
  }
  recordFigures('read-only', {
    inputsTried: tried,
    failures: 0,
    notes: [`${reads.length} reading commands worked and ${writes.length} changing commands were refused in one line naming read-only, on a cleanly closed library and on one left with its -wal and -shm`],
  });
});
