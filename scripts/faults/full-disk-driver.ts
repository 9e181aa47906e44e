// Runs inside a private mount namespace (`unshare -rm`, see full-disk.fault.ts):
// mounts a small tmpfs, copies the library into it, fills the disk but for a
// margin, runs the CLI steps it is given, frees the space, runs the "after"
// steps, and prints what happened as JSON. The tmpfs exists only for this
// process and its children, and vanishes with them.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { CLI, inspectLibrary } from './harness.ts';

interface Plan {
  source: string;
  mountPoint: string;
  /** Free bytes left on the tmpfs when the steps run. */
  marginBytes: number;
  steps: string[][];
  after: string[][];
}

const plan = JSON.parse(process.argv[2]!) as Plan;
const librarySize = (dir: string): number => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).reduce((sum, e) => sum + statSync(join(e.parentPath, e.name)).size, 0);
const size = librarySize(plan.source);
mkdirSync(plan.mountPoint, { recursive: true });
// Room for the library and a filler, rounded up to pages; the filler is then sized to leave the margin.
const disk = Math.ceil((size * 1.5 + plan.marginBytes + 4 * 1024 * 1024) / 4096) * 4096;
execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${disk}`, 'tmpfs', plan.mountPoint]);
const library = join(plan.mountPoint, 'library');
cpSync(plan.source, library, { recursive: true });
const filler = join(plan.mountPoint, 'filler');
const free = () => Number(execFileSync('df', ['-B1', '--output=avail', plan.mountPoint], { encoding: 'utf8' }).trim().split('\n').pop());
writeFileSync(filler, Buffer.alloc(Math.max(0, free() - plan.marginBytes)));

const run = (args: string[]) => {
  const started = Date.now();
  const result = spawnSync(process.execPath, [CLI, ...args, '--library', library], { encoding: 'utf8', timeout: 5 * 60_000 });
  return { args, code: result.status, stdout: result.stdout.trim(), stderr: result.stderr.trim(), ms: Date.now() - started };
};
const results = plan.steps.map(run);
const freeDuring = free();
rmSync(filler);
const afterResults = plan.after.map(run);
const health = await inspectLibrary(library);
const leftovers = existsSync(join(library, 'media')) ? readdirSync(join(library, 'media')).filter((name) => name.endsWith('.tmp')).length : 0;
process.stdout.write(JSON.stringify({ mechanism: 'tmpfs', disk, freeDuring, results, afterResults, health: { ...health, bookmarks: [...health.bookmarks] }, leftovers }));
