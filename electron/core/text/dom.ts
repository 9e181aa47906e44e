// jsdom costs about 100 MB of memory once loaded, and most sessions never need
// it after the first run (it serves sanitizing, extraction and discovery), so
// it is loaded on first use instead of at start-up.
import { createRequire } from 'node:module';

type Jsdom = typeof import('jsdom');

let loaded: Jsdom | null = null;

export function jsdom(): Jsdom {
  loaded ??= createRequire(import.meta.url)('jsdom') as Jsdom;
  return loaded;
}
