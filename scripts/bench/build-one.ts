// Builds one cached library in its own process: `node scripts/bench/build-one.ts 1000000`.
// The runner uses it so a long build can be watched (and its RSS kept apart from the measurements).
import { benchLibrary } from './library.ts';

const size = Number(process.argv[2]);
if (!Number.isInteger(size) || size <= 0) throw new Error('usage: build-one.ts <articles>');
const library = benchLibrary(size, { log: (line) => console.log(line) });
console.log(JSON.stringify({ profileDir: library.profileDir, articlesPerSecond: library.info.articlesPerSecond, ingestSeconds: library.info.ingestSeconds, wallSeconds: library.info.wallSeconds }));
