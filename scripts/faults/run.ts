// The fault suite: `npm run test:faults [-- --seed N] [-- --only kill,corrupt]`.
//
// Each area is one file in this folder named `<area>.fault.ts`, a plain
// node:test file (so one area runs alone with `node --test scripts/faults/x.fault.ts`).
// Areas use ./harness.ts: the run's seed and a seeded generator, throwaway
// libraries, the CLI as a killable child process, a 127.0.0.1-only fixture
// server, and recordFigures() for the summary this runner prints.
//
// Rules for an area: seeded (the same seed tries the same inputs), bounded
// (say how many inputs and how long; the whole suite should stay near five
// minutes on two cores), network only to servers the test starts on 127.0.0.1,
// every library in a temporary folder, never the user's own.
//
// Areas (add a file, nothing else to register):
//   kill-during-write   SIGKILL during refresh, imports and bookmarks; integrity and bookmarks after each
//   corrupt-library     garbage pages, zero-byte and truncated files; detection, backups, restore, salvage
//   full-disk           a small tmpfs (or a file-size limit) for the database and media
//   read-only           a read-only library still opens for reading
//   concurrent-writers  50 CLI writers beside a refresh and an import
//   (hostile input: deep nesting and oversized pages, SSRF address forms, a fuzzed bridge and app://)
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { AreaFigures } from './harness.ts';

const here = import.meta.dirname;
const { values } = parseArgs({
  options: { seed: { type: 'string' }, only: { type: 'string' } },
  allowPositionals: false,
});
const seed = values.seed ?? process.env.FAULTS_SEED ?? '13';
const only = values.only?.split(',').map((s) => s.trim()).filter(Boolean);
const files = readdirSync(here)
  .filter((name) => name.endsWith('.fault.ts'))
  .filter((name) => !only || only.some((area) => name.startsWith(area)))
  .sort();

if (files.length === 0) {
  console.log(only ? `No fault area matches ${only.join(', ')}.` : 'No fault areas yet.');
  process.exit(only ? 1 : 0);
}

const figuresDir = mkdtempSync(join(tmpdir(), 'broadsheet-fault-figures-'));
const started = Date.now();
console.log(`Fault suite, seed ${seed}: ${files.join(', ')}`);
const code = await new Promise<number>((resolve) => {
  const child = spawn(
    process.execPath,
    ['--test', '--test-concurrency=1', '--test-reporter=spec', ...files.map((f) => join(here, f))],
    { stdio: 'inherit', env: { ...process.env, FAULTS_SEED: seed, FAULTS_FIGURES: figuresDir } },
  );
  child.on('close', (status) => resolve(status ?? 1));
});
const seconds = (Date.now() - started) / 1000;

const totals = new Map<string, Required<Omit<AreaFigures, 'notes'>> & { notes: string[] }>();
for (const name of readdirSync(figuresDir)) {
  const figures = JSON.parse(readFileSync(join(figuresDir, name), 'utf8')) as AreaFigures & { area: string };
  const sum = totals.get(figures.area) ?? { killsSurvived: 0, inputsTried: 0, lost: 0, failures: 0, notes: [] };
  sum.killsSurvived += figures.killsSurvived ?? 0;
  sum.inputsTried += figures.inputsTried ?? 0;
  sum.lost += figures.lost ?? 0;
  sum.failures += figures.failures ?? 0;
  sum.notes.push(...(figures.notes ?? []));
  totals.set(figures.area, sum);
}
rmSync(figuresDir, { recursive: true, force: true });

const rows = [...totals.entries()].sort(([a], [b]) => a.localeCompare(b));
const all = rows.reduce((acc, [, f]) => ({ kills: acc.kills + f.killsSurvived, inputs: acc.inputs + f.inputsTried, lost: acc.lost + f.lost, failures: acc.failures + f.failures }), { kills: 0, inputs: 0, lost: 0, failures: 0 });
console.log('\n| area | kills survived | inputs tried | lost | failures |\n| --- | ---: | ---: | ---: | ---: |');
for (const [area, f] of rows) console.log(`| ${area} | ${f.killsSurvived} | ${f.inputsTried} | ${f.lost} | ${f.failures} |`);
console.log(`| **all** | ${all.kills} | ${all.inputs} | ${all.lost} | ${all.failures} |`);
for (const [area, f] of rows) for (const note of f.notes) console.log(`- ${area}: ${note}`);
console.log(`\nSeed ${seed}, ${files.length} area file(s), ${seconds.toFixed(0)} s.`);
process.exit(code !== 0 ? code : all.lost > 0 || all.failures > 0 ? 1 : 0);
