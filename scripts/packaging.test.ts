// What can be checked about the installers on a machine that cannot download
// Electron: electron-builder loads and validates the configuration with its own
// code, the packed-file list is right, and the CI workflow is well formed.
// The icons are checked in icons.test.ts (they need a browser, so take longer).
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config.js';
import { DebugLogger } from 'builder-util';
import { parse } from 'yaml';
import { packList, PROJECT_ROOT, type PackList } from './pack-list.ts';

describe('electron-builder configuration', () => {
  test('loads and passes electron-builder’s own schema validation', async () => {
    const config = await getConfig(PROJECT_ROOT, null, null);
    await validateConfiguration(config, new DebugLogger(false));
    assert.equal(config.appId, 'app.broadsheet.reader');
    assert.equal(config.productName, 'Broadsheet');
    assert.match(String(config.copyright), /Broadsheet/);
  });

  test('the validation really runs: a misspelt option is rejected', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'broadsheet-builder-'));
    try {
      const path = join(dir, 'electron-builder.yml');
      writeFileSync(path, `${readFileSync(join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')}\nmac2:\n  target: dmg\n`);
      const config = await getConfig(PROJECT_ROOT, path, null);
      await assert.rejects(validateConfiguration(config, new DebugLogger(false)), /mac2/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('targets, signing, links, files and updates are set up for all three systems', async () => {
    const config = await getConfig(PROJECT_ROOT, null, null);
    const targets = (list: unknown) => (list as { target: string; arch: string[] }[]).map((t) => `${t.target}:${t.arch.join('+')}`);
    assert.deepEqual(targets(config.win?.target), ['nsis:x64+arm64']);
    assert.deepEqual(targets(config.mac?.target), ['dmg:x64+arm64', 'zip:x64+arm64']);
    assert.deepEqual(targets(config.linux?.target), ['AppImage:x64', 'deb:x64']);
    assert.equal(config.mac?.hardenedRuntime, true);
    assert.equal(config.mac?.entitlements, 'build/entitlements.mac.plist');
    const entitlements = readFileSync(join(PROJECT_ROOT, 'build/entitlements.mac.plist'), 'utf8');
    assert.match(entitlements, /com\.apple\.security\.cs\.allow-jit/);
    // No identity or notarization credentials are written into the config: they come from the environment.
    assert.equal(config.mac?.identity, undefined);
    assert.equal((config.linux?.desktop as { entry: Record<string, string> }).entry.Categories, 'Network;News;');
    assert.deepEqual(config.linux?.mimeTypes, ['text/x-opml', 'x-scheme-handler/feed', 'x-scheme-handler/feeds']);
    assert.deepEqual((config.protocols as { schemes: string[] }[]).flatMap((p) => p.schemes), ['feed', 'feeds']);
    assert.deepEqual((config.fileAssociations as { ext: string; mimeType: string }[]).map((f) => [f.ext, f.mimeType]), [['opml', 'text/x-opml']]);
    assert.equal((config.publish as { provider: string }).provider, 'github');
    // The icons all come from the one source that scripts/icons.ts renders into build/icons/.
    assert.deepEqual([config.win?.icon, config.mac?.icon, config.linux?.icon], ['build/icons/icon.ico', 'build/icons/icon.icns', 'build/icons/png']);
  });
});

describe('packed files', () => {
  let list: PackList;
  before(async () => {
    list = await packList();
  });

  test('contain the built app, its assets and package.json', () => {
    for (const file of ['dist/main/main.js', 'dist/preload.cjs', 'dist/renderer/index.html', 'assets/edition/edition.json', 'package.json']) {
      assert.ok(list.files.includes(file), `${file} is packed`);
    }
  });

  test('contain no tests, fixtures, sources, source maps or build tooling', () => {
    const unwanted = list.files.filter(
      (file) =>
        /\.test\.|\.spec\.|\.map$/.test(file) ||
        /^(e2e|electron|renderer|scripts|docs|build|test-results|release)\//.test(file) ||
        /^(tsconfig\.json|playwright\.config\.ts|electron-builder\.yml|package-lock\.json)$/.test(file),
    );
    assert.deepEqual(unwanted, []);
    assert.ok(list.files.every((file) => /^(dist|assets)\//.test(file) || file === 'package.json'), list.files.join('\n'));
  });

  test('bring the production dependencies and none of the development ones', () => {
    const names = new Set(list.modules.map((m) => m.name));
    const pkg = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<string, Record<string, string>>;
    for (const dependency of Object.keys(pkg.dependencies ?? {})) assert.ok(names.has(dependency), `${dependency} is packed`);
    for (const tool of ['electron', 'electron-builder', 'esbuild', 'typescript', '@playwright/test', 'lit', 'png2icons', 'yaml']) {
      assert.ok(!names.has(tool), `${tool} is not packed`);
    }
  });
});

describe('CI workflow', () => {
  const workflow = parse(readFileSync(join(PROJECT_ROOT, '.github/workflows/ci.yml'), 'utf8')) as {
    jobs: Record<string, { strategy?: { matrix?: { os?: string[] } }; env?: Record<string, string>; steps: { run?: string; uses?: string }[] }>;
  };
  const job = Object.values(workflow.jobs)[0]!;

  test('runs on Ubuntu, Windows and macOS', () => {
    assert.deepEqual(job.strategy?.matrix?.os?.map((os) => os.split('-')[0]).sort(), ['macos', 'ubuntu', 'windows']);
  });

  test('tests with the Electron host (under xvfb-run on Linux) and keeps the installers', () => {
    assert.equal(job.env?.BROADSHEET_E2E_HOST, 'electron');
    const runs = job.steps.map((s) => s.run ?? '').join('\n');
    assert.match(runs, /npm ci/);
    assert.match(runs, /install-electron/);
    assert.match(runs, /xvfb-run .*npm test/);
    assert.match(runs, /npm run dist/);
    assert.ok(job.steps.some((s) => s.uses?.startsWith('actions/upload-artifact')));
  });
});

