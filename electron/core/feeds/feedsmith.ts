// feedsmith, loaded on first use. It is 150 modules (~50 ms and ~15 MB to load)
// that a process reading feeds only in its worker threads (a refresh: the
// prepare pool) never needs on its main thread; subscribing, small bodies and
// OPML load it there when they first parse. Its CommonJS build is one module
// tree the same version as the ESM one, loaded synchronously like jsdom (text/dom.ts).
import { createRequire } from 'node:module';

export type Feedsmith = typeof import('feedsmith');

let loaded: Feedsmith | null = null;

export function feedsmith(): Feedsmith {
  loaded ??= createRequire(import.meta.url)('feedsmith') as Feedsmith;
  return loaded;
}
