// Fault area: damaged library files (issue #13 item 7). Seeded garbage over
// 4 KB and 64 KB in the middle of the file, a zeroed page, a cut-short file,
// a zero-byte file and a scribbled header. Each must either still read
// whole, or be refused at open in one line that names the damage and the way
// out, with nothing written to it; then restore-backup must bring back every
// bookmark of the backup, and salvage must give a library that opens.
import assert from 'node:assert/strict';
import { closeSync, cpSync, openSync, rmSync, statSync, truncateSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { faultSeed, inspectLibrary, randomInt, recordFigures, runCliProcess, seededRandom, tempDir } from './harness.ts';
import { startNewsSite, type NewsSite } from './news-site.ts';

const scratch = tempDir();
let site: NewsSite;
after(async () => {
  await site?.close();
  scratch.dispose();
});

type Damage = { name: string; apply(file: string): void };

function scribble(file: string, offset: number, bytes: number, random: () => number): void {
  const garbage = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i++) garbage[i] = Math.floor(random() * 256);
  const fd = openSync(file, 'r+');
  writeSync(fd, garbage, 0, bytes, offset);
  closeSync(fd);
}

test('damaged libraries are refused in one line with the way out, never written to, and restore or salvage recovers them', { timeout: 10 * 60_000 }, async () => {
  const random = seededRandom(faultSeed() + 1);
  site = await startNewsSite({ feeds: 4, itemsPerFeed: 120, imageBytes: 3000, seed: faultSeed() });
  const pristine = join(scratch.dir, 'pristine');
  const opml = join(scratch.dir, 'feeds.opml');
  writeFileSync(opml, site.opml());
  assert.equal((await runCliProcess(['import-opml', opml, '--library', pristine])).code, 0);
  assert.equal((await runCliProcess(['refresh', '--library', pristine])).code, 0);
  const marks = join(scratch.dir, 'marks.json');
  writeFileSync(marks, JSON.stringify({ format: 'broadsheet-bookmarks', version: 1, bookmarks: Array.from({ length: 60 }, (_, i) => ({ title: `Kept ${i}`, url: site.articleUrl(i % 4, i) })) }));
  assert.equal((await runCliProcess(['import-bookmarks', marks, '--library', pristine])).code, 0);
  assert.equal((await runCliProcess(['backup', '--library', pristine])).code, 0);
  const original = await inspectLibrary(pristine);
  const size = statSync(join(pristine, 'library.sqlite')).size;

  const middle = () => randomInt(random, Math.floor(size * 0.2), Math.floor(size * 0.8));
  const damages: Damage[] = [
    ...Array.from({ length: 4 }, (_, i): Damage => ({ name: `4 KB of garbage #${i + 1}`, apply: (f) => scribble(f, middle(), 4096, random) })),
    ...Array.from({ length: 4 }, (_, i): Damage => ({ name: `64 KB of garbage #${i + 1}`, apply: (f) => scribble(f, middle(), 65536, random) })),
    { name: 'a zeroed page', apply: (f) => writeZeros(f, Math.floor(middle() / 4096) * 4096, 4096) },
    { name: 'cut to half its size', apply: (f) => truncateSync(f, Math.floor(size / 2)) },
    { name: 'zero bytes', apply: (f) => truncateSync(f, 0) },
    { name: 'a scribbled header', apply: (f) => scribble(f, 0, 100, random) },
  ];

  let refused = 0;
  let readWhole = 0;
  let lost = 0;
  let failures = 0;
  let salvagedBookmarks = 0;
  for (const [i, damage] of damages.entries()) {
    const dir = join(scratch.dir, `case-${i}`);
    cpSync(pristine, dir, { recursive: true });
    const file = join(dir, 'library.sqlite');
    damage.apply(file);
    const stamp = statSync(file);
    const read = await runCliProcess(['articles', '--json', '--limit', '5', '--library', dir]);
    assert.doesNotMatch(read.stderr, /unexpectedly|\n\s+at /, `${damage.name}: ${read.stderr}`);
    if (read.code === 0) {
      // The damage missed everything SQLite checks (a free page, say): it must then read whole.
      const health = await inspectLibrary(dir);
      if (health.integrity !== 'ok') failures++;
      assert.equal(health.integrity, 'ok', `${damage.name}: opened although damaged`);
      readWhole++;
    } else {
      refused++;
      assert.equal(read.code, 1, damage.name);
      assert.equal(read.stderr.trim().split('\n').length, 1, `${damage.name}: ${read.stderr}`);
      assert.match(read.stderr, /damaged.*(restore-backup|salvage)/, damage.name);
      const write = await runCliProcess(['bookmark', '7', '--library', dir]);
      assert.equal(write.code, 1, `${damage.name}: a damaged library took a write`);
      assert.equal(statSync(file).size, stamp.size, `${damage.name}: written to`);
      assert.equal(statSync(file).mtimeMs, stamp.mtimeMs, `${damage.name}: written to`);
    }
    // Restore: every bookmark the backup had.
    const restoreDir = join(scratch.dir, `restore-${i}`);
    cpSync(dir, restoreDir, { recursive: true });
    const restored = await runCliProcess(['restore-backup', '--library', restoreDir]);
    assert.equal(restored.code, 0, `${damage.name}: ${restored.stderr}`);
    const back = await inspectLibrary(restoreDir);
    const missing = [...original.bookmarks].filter((g) => !back.bookmarks.has(g)).length;
    lost += missing;
    assert.equal(missing, 0, `${damage.name}: bookmarks lost in the restore`);
    assert.equal((await runCliProcess(['stats', '--library', restoreDir])).code, 0);
    // Salvage: a library that opens, with what could be read.
    const salvaged = await runCliProcess(['salvage', '--json', '--library', dir]);
    assert.equal(salvaged.code, 0, `${damage.name}: ${salvaged.stderr}`);
    const opened = await runCliProcess(['stats', '--json', '--library', dir]);
    if (opened.code !== 0) failures++;
    assert.equal(opened.code, 0, `${damage.name}: the salvaged library does not open: ${opened.stderr}`);
    const health = await inspectLibrary(dir);
    assert.equal(health.integrity, 'ok', damage.name);
    salvagedBookmarks += health.bookmarks.size;
    rmSync(restoreDir, { recursive: true, force: true });
  }
  recordFigures('corrupt-library', {
    inputsTried: damages.length,
    lost,
    failures,
    notes: [
      `${damages.length} damaged files (4 and 64 KB of garbage, a zeroed page, cut short, zero bytes, a scribbled header): ${refused} refused at open in one line, ${readWhole} still read whole; ` +
        `restore-backup brought back all ${original.bookmarks.size} bookmarks every time; salvage kept ${salvagedBookmarks} of ${original.bookmarks.size * damages.length} bookmarks (${Math.round((100 * salvagedBookmarks) / (original.bookmarks.size * damages.length))} %)`,
    ],
  });
});

function writeZeros(file: string, offset: number, bytes: number): void {
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(bytes), 0, bytes, offset);
  closeSync(fd);
}
