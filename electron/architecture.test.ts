// The layering rule: only electron/shell and the preload import 'electron';
// electron/shared imports neither 'electron' nor 'node:' modules; the renderer imports no Node.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';

const root = join(import.meta.dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return name.endsWith('.ts') ? [full] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/^\s*import\s+(?!type\b)(?:[^'"]*?from\s+)?['"]([^'"]+)['"]/gm)].map((m) => m[1]!);
}

test('only the shell and the preload import electron at run time', () => {
  const offenders = sources(join(root, 'electron'))
    .filter((f) => !f.includes(`${join('electron', 'shell')}`) && !f.endsWith('preload.ts'))
    .filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('electron/') || i === 'electron-store' || i === 'electron-updater'));
  assert.deepEqual(offenders.map((f) => relative(root, f)), []);
});

test('shared code imports neither electron nor node modules', () => {
  const offenders = sources(join(root, 'electron', 'shared')).filter((f) => imports(f).some((i) => i === 'electron' || i.startsWith('node:')));
  assert.deepEqual(offenders.map((f) => relative(root, f)), []);
});

test('the renderer imports nothing from Node or from the core', () => {
  const offenders = sources(join(root, 'renderer'))
    .filter((f) => !f.endsWith('.test.ts'))
    .filter((f) => imports(f).some((i) => i.startsWith('node:') || i === 'electron' || i.includes('/electron/core/') || i.includes('/electron/shell/')));
  assert.deepEqual(offenders.map((f) => relative(root, f)), []);
});
