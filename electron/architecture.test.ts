// The shape of the code, checked on every `npm test`. The layer table below is
// the one place it is written down (docs/architecture.md shows it and is
// checked against it). Type-only imports count: a type that points the wrong
// way is a dependency that points the wrong way.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..');

/**
 * Which layer may import which, lowest first. A file belongs to the first
 * entry whose path it is under. `features` are independent of one another:
 * a feature folder may import its own files and the layers it lists, never a
 * sibling feature.
 */
export const LAYERS = [
  { layer: 'shared', paths: ['electron/shared'], mayImport: [], role: 'the contract, models, commands and preference bounds; plain TypeScript, no Node' },
  { layer: 'kernel', paths: ['electron/core/kernel'], mayImport: ['shared'], role: 'the context type, errors, paths, preference stores' },
  { layer: 'text', paths: ['electron/core/text'], mayImport: ['shared', 'kernel'], role: 'sanitizing, DOM, tokenizing, story features: pure functions of text' },
  { layer: 'net', paths: ['electron/core/net'], mayImport: ['shared', 'kernel', 'text'], role: 'the bounded HTTP client, charset decoding, connectivity' },
  { layer: 'library', paths: ['electron/core/library'], mayImport: ['shared', 'kernel', 'text'], role: 'the only owner of SQL: articles, sources, bookmarks, story index, reader versions, retention' },
  {
    layer: 'features',
    paths: ['electron/core/feeds', 'electron/core/offline', 'electron/core/related', 'electron/core/open-requests', 'electron/core/sync', 'electron/core/speech'],
    mayImport: ['shared', 'kernel', 'text', 'net', 'library'],
    role: 'feeds, offline copies, related stories, open requests, sync with a feed service; never each other',
  },
  { layer: 'root', paths: ['electron/core/library-core.ts'], mayImport: ['shared', 'kernel', 'text', 'net', 'library', 'features'], role: 'the composition root: builds a library and its handler table' },
  { layer: 'host', paths: ['electron/core/host'], mayImport: ['shared', 'kernel', 'library', 'root'], role: 'createHost: the dispatcher, event sink and app files for any transport' },
  { layer: 'entry', paths: ['electron/shell', 'electron/cli.ts'], mayImport: ['shared', 'kernel', 'text', 'net', 'library', 'features', 'root', 'host'], role: 'the Electron shell and the CLI' },
  { layer: 'preload', paths: ['electron/preload.ts'], mayImport: ['shared'], role: 'exposes the contract to the window' },
  { layer: 'renderer', paths: ['renderer'], mayImport: ['shared'], role: 'the Lit window; imports only the shared contract and models' },
] as const satisfies readonly { layer: string; paths: readonly string[]; mayImport: readonly string[]; role: string }[];

type Layer = (typeof LAYERS)[number]['layer'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return name === 'node_modules' ? [] : sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

const isTest = (file: string) => /\.(test|spec)\.ts$/.test(file) || file.split(sep).includes('testing');

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module a file names, type-only and dynamic imports included. */
function specifiers(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => (m[1] ?? m[2])!);
}

/** Project files a file imports, as absolute paths. */
function localImports(file: string): string[] {
  return specifiers(file)
    .filter((s) => s.startsWith('.'))
    .map((s) => resolve(dirname(file), s));
}

function layerOf(file: string): { layer: Layer; unit: string } | null {
  const rel = relative(root, file).split(sep).join('/');
  for (const entry of LAYERS) {
    for (const path of entry.paths) {
      if (rel === path || rel.startsWith(`${path}/`)) return { layer: entry.layer, unit: path };
    }
  }
  return null;
}

const productionFiles = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer'))].filter((f) => !isTest(f));

test('every production file under electron/ and renderer/ belongs to a layer', () => {
  const homeless = productionFiles.filter((f) => !layerOf(f)).map((f) => relative(root, f));
  assert.deepEqual(homeless, [], 'add the file to a layer folder, or the folder to LAYERS');
});

test('imports follow the layer table, type imports included, and features never import each other', () => {
  const offences: string[] = [];
  for (const file of productionFiles) {
    const from = layerOf(file)!;
    const allowed = new Set<string>(LAYERS.find((l) => l.layer === from.layer)!.mayImport);
    for (const target of localImports(file)) {
      const to = layerOf(target);
      if (!to) continue; // outside electron/ and renderer/ (never in production code)
      if (to.unit === from.unit) continue;
      if (to.layer === from.layer && from.layer !== 'features') continue;
      if (!allowed.has(to.layer)) offences.push(`${relative(root, file)} (${from.layer}) → ${relative(root, target)} (${to.layer})`);
    }
  }
  assert.deepEqual(offences, []);
});

/** Finds one import cycle in `graph`, as the files along it, or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    state.set(node, 'open');
    path.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') return [...path.slice(path.indexOf(next)), next];
      if (!state.has(next)) {
        const found = visit(next);
        if (found) return found;
      }
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of graph.keys()) {
    if (!state.has(node)) {
      const found = visit(node);
      if (found) return found;
    }
  }
  return null;
}

test('the cycle finder names the files of a cycle, and finds none in a chain', () => {
  assert.deepEqual(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]])), ['a', 'b', 'c', 'a']);
  assert.equal(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', []]])), null);
});

test('there is no import cycle in electron/ or renderer/, type imports counted', () => {
  const known = new Set(productionFiles);
  const graph = new Map(productionFiles.map((f) => [f, localImports(f).filter((t) => known.has(t))]));
  const cycle = findCycle(graph);
  assert.equal(cycle, null, cycle ? `import cycle: ${cycle.map((f) => relative(root, f)).join(' → ')}` : '');
});

test('only the library layer speaks SQL', () => {
  const sql = /\.(prepare|exec)\(\s*[`'"]|\bsql`/;
  const offenders = productionFiles
    .filter((f) => layerOf(f)?.layer !== 'library')
    .filter((f) => sql.test(readFileSync(f, 'utf8')))
    .map((f) => relative(root, f));
  assert.deepEqual(offenders, []);
});

test('only the shell and the preload import electron at run time', () => {
  const electronModules = (s: string) => s === 'electron' || s.startsWith('electron/') || s === 'electron-store' || s === 'electron-updater';
  const offenders = productionFiles
    .filter((f) => !['entry', 'preload'].includes(layerOf(f)!.layer) || relative(root, f).endsWith('cli.ts'))
    .filter((f) => specifiers(f).some(electronModules))
    .map((f) => relative(root, f));
  assert.deepEqual(offenders, []);
});

test('shared code and the renderer import no Node modules', () => {
  const offenders = productionFiles
    .filter((f) => ['shared', 'renderer', 'preload'].includes(layerOf(f)!.layer))
    .filter((f) => specifiers(f).some((s) => s.startsWith('node:')))
    .map((f) => relative(root, f));
  assert.deepEqual(offenders, []);
});

test('docs/architecture.md shows the layer table as the test enforces it', () => {
  const doc = readFileSync(join(root, 'docs', 'architecture.md'), 'utf8');
  for (const entry of LAYERS) {
    const row = `| ${entry.layer} | ${entry.paths.map((p) => `\`${p}\``).join(', ')} | ${entry.mayImport.join(', ') || '—'} |`;
    assert.ok(doc.includes(row), `docs/architecture.md lacks the row: ${row}`);
  }
});
