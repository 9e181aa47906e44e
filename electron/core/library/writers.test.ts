// Issue #13, item 10: writers do not keep each other waiting. An import
// prepares (parses, sanitizes, indexes) outside its write transactions and
// writes in short batches, so another process's write waits a moment, not
// the whole import; several processes opening or writing one library at once
// all succeed.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { after, test } from 'node:test';
import { DATABASE_FILE } from './database.ts';

const CLI = join(import.meta.dirname, '..', '..', 'cli.ts');
const root = mkdtempSync(join(tmpdir(), 'broadsheet-writers-'));
after(() => rmSync(root, { recursive: true, force: true }));

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stdout, stderr })));
}

/** While `work` runs, takes the write lock every 25 ms from another connection; returns the longest wait. */
async function longestWriteWait(library: string, work: Promise<unknown>): Promise<number> {
  const db = new DatabaseSync(join(library, DATABASE_FILE), { timeout: 60_000 });
  let done = false;
  void work.finally(() => (done = true));
  let longest = 0;
  while (!done) {
    const started = performance.now();
    db.exec('BEGIN IMMEDIATE');
    db.exec('ROLLBACK');
    longest = Math.max(longest, performance.now() - started);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  db.close();
  return longest;
}

test('a large bookmark import holds the write lock only briefly at a time', async () => {
  const library = join(root, 'bookmarks');
  assert.equal((await run(['articles', '--library', library])).code, 0);
  const body = '<p>Harbour walls gave way overnight as the storm surge rose. </p>'.repeat(40);
  const file = join(root, 'bookmarks.json');
  writeFileSync(file, JSON.stringify({
    format: 'broadsheet-bookmarks',
    version: 1,
    // No addresses: the copies have nothing to fetch, so the command's time is the import's.
    bookmarks: Array.from({ length: 800 }, (_, i) => ({ title: `Kept ${i}`, guid: `kept-${i}`, html: `<h2>Kept ${i}</h2>${body}` })),
  }));
  const importing = run(['import-bookmarks', file, '--json', '--library', library]);
  const longest = await longestWriteWait(library, importing);
  const result = await importing;
  assert.equal(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).imported, 800);
  assert.ok(longest < 1000, `another writer waited ${Math.round(longest)} ms`);
});

test('a large OPML import holds the write lock only briefly', async () => {
  const library = join(root, 'opml');
  assert.equal((await run(['articles', '--library', library])).code, 0);
  const outlines = Array.from({ length: 6000 }, (_, i) => `<outline text="Feed &amp; news ${i}" title="&lt;b&gt;Feed ${i}&lt;/b&gt;" xmlUrl="https://f${i}.example/feed" htmlUrl="https://f${i}.example/"/>`);
  const file = join(root, 'subs.opml');
  writeFileSync(file, `<?xml version="1.0"?><opml version="2.0"><head><title>s</title></head><body><outline text="Folder">${outlines.join('')}</outline></body></opml>`);
  const importing = run(['import-opml', file, '--json', '--library', library]);
  const longest = await longestWriteWait(library, importing);
  const result = await importing;
  assert.equal(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).added, 6000);
  assert.ok(longest < 1000, `another writer waited ${Math.round(longest)} ms`);
});

test('twelve processes opening a new library and bookmarking the same article at once all succeed, and it is seeded once', async () => {
  const library = join(root, 'crowd');
  const results = await Promise.all(Array.from({ length: 12 }, () => run(['bookmark', '3', '--json', '--library', library])));
  for (const r of results) assert.equal(r.code, 0, r.stderr);
  const db = new DatabaseSync(join(library, DATABASE_FILE), { readOnly: true });
  assert.equal((db.prepare("SELECT count(*) AS n FROM sources WHERE kind = 'edition'").get() as { n: number }).n, 8, 'the sample edition once');
  assert.equal((db.prepare('SELECT count(*) AS n FROM bookmarks').get() as { n: number }).n, 1);
  db.close();
});
