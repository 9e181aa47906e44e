import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { runCli } from './cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-cli-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { out: (t) => out.push(t), err: (t) => err.push(t), env: { BROADSHEET_LIBRARY: join(dir, 'env-lib') } });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('articles --json lists edition articles with the documented fields', async () => {
  const { code, out, err } = await cli('articles', '--limit', '3', '--json', '--library', join(dir, 'lib'));
  assert.equal(code, 0, err);
  const items = JSON.parse(out) as Record<string, unknown>[];
  assert.equal(items.length, 3);
  for (const key of ['id', 'title', 'url', 'source', 'published', 'read', 'bookmarked']) assert.ok(key in items[0]!, key);
  assert.match(items[0]!.published as string, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
});

test('global options work before the command too, and the env var picks the library', async () => {
  const before = await cli('--json', '--library', join(dir, 'lib'), 'articles', '--limit', '1');
  assert.equal(before.code, 0);
  assert.equal(JSON.parse(before.out).length, 1);
  const viaEnv = await cli('articles', '--json', '--limit', '1');
  assert.equal(viaEnv.code, 0);
});

test('bookmark, bookmarks, unbookmark round trip', async () => {
  const lib = ['--library', join(dir, 'lib'), '--json'];
  const [first] = JSON.parse((await cli('articles', '--limit', '1', ...lib)).out);
  assert.equal(JSON.parse((await cli('bookmark', String(first.id), ...lib)).out).bookmarked, true);
  const marks = JSON.parse((await cli('bookmarks', ...lib)).out);
  assert.deepEqual(marks.map((a: { id: number }) => a.id), [first.id]);
  assert.equal(JSON.parse((await cli('articles', '--bookmarked', ...lib)).out).length, 1);
  await cli('unbookmark', String(first.id), ...lib);
  assert.deepEqual(JSON.parse((await cli('bookmarks', ...lib)).out), []);
});

test('show, search and related', async () => {
  const lib = ['--library', join(dir, 'lib'), '--json'];
  const hits = JSON.parse((await cli('search', 'Maelis', ...lib)).out);
  assert.ok(hits.length >= 3);
  const shown = JSON.parse((await cli('show', String(hits[0].id), ...lib)).out);
  assert.equal(shown.id, hits[0].id);
  assert.ok(shown.html.length > 100);
  const related = JSON.parse((await cli('related', String(hits[0].id), ...lib)).out);
  assert.ok(related.length > 0);
  for (const entry of related) {
    assert.ok(entry.group === 'same-story' || entry.group === 'related');
    assert.equal(typeof entry.reason, 'string');
    assert.notEqual(entry.id, hits[0].id);
  }
  // Showing from the CLI does not mark the article read.
  assert.equal(JSON.parse((await cli('show', String(hits[0].id), ...lib)).out).read, false);
});

test('errors: one line on stderr and a non-zero exit', async () => {
  for (const args of [['show', '999999'], ['show', 'abc'], ['frobnicate'], ['articles', '--limit', '-2'], ['articles', '--nope'], []]) {
    const { code, out, err } = await cli(...args, '--library', join(dir, 'lib'));
    assert.notEqual(code, 0, args.join(' '));
    if (args.length) {
      assert.equal(out, '', args.join(' '));
      assert.equal(err.trim().split('\n').length, 1, `${args.join(' ')}: ${err}`);
    }
  }
});

test('run as a program, --json prints only JSON on stdout', () => {
  const result = spawnSync(process.execPath, [join(import.meta.dirname, 'cli.ts'), 'articles', '--limit', '2', '--json', '--library', join(dir, 'lib')], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).length, 2);
  const failed = spawnSync(process.execPath, [join(import.meta.dirname, 'cli.ts'), 'show', '424242', '--library', join(dir, 'lib')], { encoding: 'utf8' });
  assert.equal(failed.status, 1);
  assert.equal(failed.stdout, '');
  assert.match(failed.stderr, /^broadsheet: Article 424242 is not in the library\.\n$/m);
});

test('show prints the article text in plain words, read through the contract', async () => {
  const lib = ['--library', join(dir, 'lib')];
  const [hit] = JSON.parse((await cli('search', 'Maelis', ...lib, '--json')).out);
  const shown = await cli('show', String(hit.id), ...lib);
  assert.equal(shown.code, 0, shown.err);
  assert.match(shown.out, new RegExp(`^${hit.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n`));
  assert.doesNotMatch(shown.out, /<p>|<\/p>/, 'plain text, not markup');
  const missing = await cli('show', '987654', ...lib);
  assert.notEqual(missing.code, 0);
  assert.match(missing.err, /Article 987654 is not in the library/);
});

test('stats counts what the library holds and its size on disk', async () => {
  const lib = ['--library', join(dir, 'stats-lib')];
  const stats = JSON.parse((await cli('stats', ...lib, '--json')).out);
  assert.equal(stats.libraryDir, join(dir, 'stats-lib'));
  assert.equal(stats.articles, 50, 'the sample edition');
  assert.equal(stats.unread, 50);
  assert.equal(stats.bookmarks, 0);
  assert.ok(stats.sources >= 8, `${stats.sources} sources`);
  assert.ok(stats.databaseBytes > 100_000, `${stats.databaseBytes} bytes`);
  assert.equal(stats.mediaFiles, 0);
  const [first] = JSON.parse((await cli('articles', '--limit', '1', '--json', ...lib)).out);
  await cli('bookmark', String(first.id), ...lib);
  assert.equal(JSON.parse((await cli('stats', ...lib, '--json')).out).bookmarks, 1);
  const text = await cli('stats', ...lib);
  assert.equal(text.code, 0, text.err);
  assert.match(text.out, /^Articles +50 \(50 unread\)$/m);
  assert.match(text.out, /^Bookmarks +1$/m);
  assert.match(text.out, /^On disk +\d+(\.\d)? (KB|MB) \(database /m);
  assert.match(text.out, /^Backups +none yet$/m);
  assert.equal((await cli('backup', ...lib)).code, 0);
  const after = JSON.parse((await cli('stats', ...lib, '--json')).out);
  assert.equal(after.backups.count, 1);
  assert.ok(after.backups.bytes > 100_000, `${after.backups.bytes} bytes`);
  assert.match((await cli('stats', ...lib)).out, /^Backups +1 \(\d+(\.\d)? (KB|MB)\), newest \d{4}-\d\d-\d\d \d\d:\d\d UTC$/m);
});

test('articles --limit past one page, --all and bookmarks list every row, not a silent 500', async () => {
  const { tempLibrary, addArticles } = await import('./core/testing/temp-library.ts');
  const big = tempLibrary();
  const ids = addArticles(
    big.core,
    'Long Archive',
    Array.from({ length: 1234 }, (_, i) => ({ title: `Archive item ${i}`, body: `Entry number ${i}.`, hoursAgo: i })),
  );
  for (const id of ids.slice(0, 620)) big.core.store.setBookmarked(id, true);
  const libraryDir = big.core.context.libraryDir;
  big.core.close();
  try {
    const lib = ['--library', libraryDir];
    const limited = JSON.parse((await cli('articles', '--limit', '700', '--json', ...lib)).out) as { id: number }[];
    assert.equal(limited.length, 700);
    assert.equal(new Set(limited.map((a) => a.id)).size, 700, 'no row twice across pages');

    const all = await cli('articles', '--all', '--json', ...lib);
    assert.equal(all.code, 0, all.err);
    const lines = all.out.split('\n').map((line) => JSON.parse(line) as { id: number; title: string; source: { title: string } });
    const total = JSON.parse((await cli('stats', '--json', ...lib)).out).articles as number;
    assert.equal(lines.length, total, 'one JSON object a line, every article (the archive and the sample edition)');
    assert.equal(lines.filter((a) => a.source.title === 'Long Archive').length, 1234);
    assert.equal(new Set(lines.map((a) => a.id)).size, total, 'no row twice across pages');

    const marks = JSON.parse((await cli('bookmarks', '--json', ...lib)).out) as unknown[];
    assert.equal(marks.length, 620);
    const text = await cli('bookmarks', ...lib);
    assert.equal(text.out.split('\n').length, 620);

    const both = await cli('articles', '--all', '--limit', '5', ...lib);
    assert.equal(both.code, 2);
    assert.match(both.err, /--limit or --all/);
  } finally {
    rmSync(big.dir, { recursive: true, force: true }); // the core is already closed
  }
});
