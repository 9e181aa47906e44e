// Lists what electron-builder would pack into the app, without building and
// without Electron: the project files chosen by electron-builder.yml's `files`
// globs, and the production dependencies. Both are computed by electron-builder's
// own code (its config loader, its file matcher with the default exclusions it
// adds, its npm dependency collector), so this list and a real build agree.
//   npm run pack:list            one path per line: app files, then node_modules/<name>/
//   npm run pack:list -- --json  { files, modules }
// Inside each dependency electron-builder additionally drops READMEs, tests and
// examples at build time; that per-file trimming is not repeated here.
import { readdirSync, statSync, type Stats } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
// Deep imports: app-builder-lib has no exports map, and these are the functions its packager calls.
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import * as fileMatcher from 'app-builder-lib/out/fileMatcher.js';
import { getCollectorByPackageManager, PM } from 'app-builder-lib/out/node-module-collector/index.js';
import { TmpDir } from 'builder-util';

export const PROJECT_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

export interface PackList {
  /** Project files, relative to the project root with forward slashes, sorted. */
  files: string[];
  /** Production dependencies as installed: name, version, where they are packed. */
  modules: { name: string; version: string; path: string }[];
}

type Filter = (file: string, stat: Stats) => boolean;

// Marked @internal, so missing from the published typings, but it is the function the packager uses.
const { getMainFileMatchers } = fileMatcher as unknown as {
  getMainFileMatchers(
    appDir: string,
    destination: string,
    macroExpander: (pattern: string) => string,
    platformSpecificBuildOptions: unknown,
    platformPackager: unknown,
    outDir: string,
    isElectronCompile: boolean,
  ): fileMatcher.FileMatcher[];
};

function walk(dir: string, root: string, filter: Filter, out: string[]): void {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (!filter(path, stat)) continue;
    if (stat.isDirectory()) walk(path, root, filter, out);
    else out.push(relative(root, path).split(sep).join('/'));
  }
}

export async function packList(projectDir = PROJECT_ROOT): Promise<PackList> {
  const config = await getConfig(projectDir, null, null);
  const outDir = resolve(projectDir, config.directories?.output ?? 'dist');
  // The slice of electron-builder's Packager that getMainFileMatchers reads.
  const packager = {
    info: {
      projectDir,
      buildResourcesDir: config.directories?.buildResources ?? 'build',
      isPrepackedAppAsar: false,
      config,
      debugLogger: { isEnabled: false },
    },
  };
  const matchers = getMainFileMatchers(projectDir, '', (pattern: string) => pattern, config, packager, outDir, false);
  const files: string[] = [];
  for (const matcher of matchers) walk(matcher.from, projectDir, matcher.createFilter() as Filter, files);

  const tmp = new TmpDir('broadsheet-pack-list');
  try {
    const packageName = (await import(join(projectDir, 'package.json'), { with: { type: 'json' } })).default.name as string;
    const { nodeModules } = await getCollectorByPackageManager(PM.NPM, projectDir, tmp).getNodeModules({ packageName });
    const modules: PackList['modules'] = [];
    const visit = (list: typeof nodeModules, prefix: string) => {
      for (const info of list) {
        const path = `${prefix}node_modules/${info.name}/`;
        modules.push({ name: info.name, version: info.version, path });
        if (info.dependencies) visit(info.dependencies, path);
      }
    };
    visit(nodeModules, '');
    modules.sort((a, b) => a.path.localeCompare(b.path));
    return { files: [...new Set(files)].sort(), modules };
  } finally {
    await tmp.cleanup();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });
  const list = await packList();
  if (values.json) console.log(JSON.stringify(list, null, 2));
  else for (const line of [...list.files, ...list.modules.map((m) => m.path)]) console.log(line);
}
