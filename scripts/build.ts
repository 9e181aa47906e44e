// One build for everything Electron and electron-builder load:
//   dist/main/main.js   main process (ESM; dependencies stay in node_modules)
//   dist/main/prepare-worker.js  the feed-reading worker thread main.js starts (electron/core/feeds/prepare-pool.ts)
//   dist/main/maintenance-worker.js  the library's daily check and backup (electron/core/library/maintenance.ts)
//   dist/main/extract-worker.js  the article-extraction worker thread (electron/core/offline/extract-pool.ts)
//   dist/main/sync-prepare-worker.js  sanitizes and indexes a sync's items off the main thread (electron/core/sync/engine.ts)
//   dist/preload.cjs    preload (CommonJS: sandboxed preloads cannot be ESM)
//   dist/renderer/      the renderer page, its bundle and styles
import { build, type BuildOptions } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const production = process.env.NODE_ENV === 'production';

const common: BuildOptions = {
  bundle: true,
  sourcemap: production ? false : 'linked',
  logLevel: 'warning',
  target: 'es2023',
  legalComments: 'none',
};

rmSync(dist, { recursive: true, force: true });
mkdirSync(join(dist, 'renderer'), { recursive: true });

await Promise.all([
  build({
    ...common,
    entryPoints: [join(root, 'electron/shell/main.ts')],
    outfile: join(dist, 'main/main.js'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
  }),
  // A worker is a separate script: prepare-pool.ts looks for it beside the bundle.
  build({
    ...common,
    entryPoints: [join(root, 'electron/core/feeds/prepare-worker.ts')],
    outfile: join(dist, 'main/prepare-worker.js'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
  }),
  // The library's daily check and backup run in a worker too (electron/core/library/maintenance.ts).
  build({
    ...common,
    entryPoints: [join(root, 'electron/core/library/maintenance-worker.ts')],
    outfile: join(dist, 'main/maintenance-worker.js'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
  }),
  // Article extraction runs in its own worker; extract-pool.ts looks for it beside the bundle.
  build({
    ...common,
    entryPoints: [join(root, 'electron/core/offline/extract-worker.ts')],
    outfile: join(dist, 'main/extract-worker.js'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
  }),
  // Listen's bundled voice synthesizes in its own worker; speech.ts looks for it beside the bundle.
  build({
    ...common,
    entryPoints: [join(root, 'electron/core/speech/speech-worker.ts')],
    outfile: join(dist, 'main/speech-worker.js'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
  }),
  // A sync's items are sanitized and indexed in a worker; the sync engine looks for it beside the bundle.
  build({
    ...common,
    entryPoints: [join(root, 'electron/core/sync/prepare-worker.ts')],
    outfile: join(dist, 'main/sync-prepare-worker.js'),
    platform: 'node',
    format: 'esm',
    packages: 'external',
  }),
  build({
    ...common,
    entryPoints: [join(root, 'electron/preload.ts')],
    outfile: join(dist, 'preload.cjs'),
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
  }),
  build({
    ...common,
    entryPoints: [join(root, 'renderer/main.ts')],
    outfile: join(dist, 'renderer/main.js'),
    platform: 'browser',
    format: 'esm',
    minify: production,
  }),
]);

cpSync(join(root, 'renderer/index.html'), join(dist, 'renderer/index.html'));
cpSync(join(root, 'renderer/styles'), join(dist, 'renderer/styles'), { recursive: true });
console.log(`built ${dist}`);
