// Test helper: run the CLI against a library folder the process may not write.
// Without root, the folder is made read-only with chmod; as root (which
// ignores permissions) the folder is bind-mounted read-only in a private
// mount namespace (unshare). Where neither works, `readOnlyRunner()` is null
// and the caller skips.
import { spawnSync } from 'node:child_process';
import { chmodSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const CLI_PATH = join(import.meta.dirname, '..', '..', 'cli.ts');

export interface ReadOnlyResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

export type ReadOnlyRunner = (dir: string, args: string[]) => ReadOnlyResult;

function setWritable(dir: string, writable: boolean): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) setWritable(path, writable);
    else chmodSync(path, writable ? 0o644 : 0o444);
  }
  chmodSync(dir, writable ? 0o755 : 0o555);
}

/** How this machine can make a folder read-only for a child process, or null. */
export function readOnlyRunner(): ReadOnlyRunner | null {
  const node = process.execPath;
  if (process.getuid?.() !== 0) {
    if (process.platform === 'win32') return null;
    return (dir, args) => {
      setWritable(dir, false);
      try {
        const result = spawnSync(node, [CLI_PATH, ...args, '--library', dir], { encoding: 'utf8' });
        return { status: result.status, stdout: result.stdout, stderr: result.stderr };
      } finally {
        setWritable(dir, true);
      }
    };
  }
  const probe = spawnSync('unshare', ['-rm', 'sh', '-c', 'mount --bind / /mnt 2>/dev/null || mount -t tmpfs none /mnt'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) return null;
  return (dir, args) => {
    const quoted = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
    const script = `mount --bind ${quoted(dir)} ${quoted(dir)} && mount -o remount,bind,ro ${quoted(dir)} && exec ${quoted(node)} ${[CLI_PATH, ...args, '--library', dir].map(quoted).join(' ')}`;
    const result = spawnSync('unshare', ['-rm', 'sh', '-c', script], { encoding: 'utf8' });
    return { status: result.status, stdout: result.stdout, stderr: result.stderr };
  };
}
