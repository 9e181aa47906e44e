// `npm run dist` / `npm run pack`: a production build (no source maps, minified
// renderer), the icons from assets/icon.svg, then electron-builder for this OS.
// Written as a script rather than a one-line npm command so it runs the same in
// Windows' cmd, PowerShell and POSIX shells.
//   node scripts/dist.ts [--dir] [electron-builder options…]
// Without --publish, nothing is uploaded (--publish never); CI passes
// `--publish always` with GH_TOKEN to attach the installers to a GitHub release.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildIcons } from './icons.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);

function run(script: string, scriptArgs: string[], env: NodeJS.ProcessEnv = process.env): void {
  const result = spawnSync(process.execPath, [script, ...scriptArgs], { cwd: ROOT, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

run(join(ROOT, 'scripts', 'build.ts'), [], { ...process.env, NODE_ENV: 'production' });
await buildIcons(join(ROOT, 'build', 'icons'));
const builderCli = createRequire(import.meta.url).resolve('electron-builder/cli.js');
run(builderCli, args.some((a) => a.startsWith('--publish') || a === '-p') ? args : [...args, '--publish', 'never']);
