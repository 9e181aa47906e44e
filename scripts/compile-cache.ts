// Preloaded by `npm run cli` (node --import): Node keeps each module's
// compiled code, TypeScript's stripped output included, in a cache on disk,
// so the next run skips type stripping and compiling. `cli --help` went from
// 1.9 s to 0.3 s, a 20-feed refresh from ~1.3 s to ~0.6 s (BENCHMARKS.md,
// "Cold start"). Set here before anything else loads, and through the
// environment so worker threads (the feed prepare pool) use it too.
import { enableCompileCache } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

process.env.NODE_COMPILE_CACHE ||= join(tmpdir(), 'node-compile-cache');
enableCompileCache(process.env.NODE_COMPILE_CACHE);
