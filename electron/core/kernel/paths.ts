// Where the library lives. These match what Electron's app.getPath('userData')
// gives for an app named "Broadsheet", so the CLI and the desktop app share it.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Broadsheet';
export const LIBRARY_ENV = 'BROADSHEET_LIBRARY';

export function userDataDir(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(homedir(), '.config'), APP_NAME);
}

/** The library directory: an explicit choice, else $BROADSHEET_LIBRARY, else <userData>/library. */
export function libraryDir(explicit?: string | null, env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (explicit) return explicit;
  if (env[LIBRARY_ENV]) return env[LIBRARY_ENV];
  return join(userDataDir(platform, env), 'library');
}

/** Media kept for offline reading lives in this folder of the library, by content hash. */
export const MEDIA_DIR = 'media';

export function mediaDir(libraryDir: string): string {
  return join(libraryDir, MEDIA_DIR);
}

/**
 * A worker thread's script, beside the module that starts it: the .ts source when the core runs
 * from source, the bundled .js when built (scripts/build.ts writes each worker next to main.js).
 */
export function workerScript(moduleUrl: string, sourceName: string, builtName = sourceName.replace(/\.ts$/, '.js')): URL {
  return new URL(moduleUrl.endsWith('.ts') ? `./${sourceName}` : `./${builtName}`, moduleUrl);
}
