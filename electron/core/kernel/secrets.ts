// Where a sync account's password or API key is kept. The library stores only
// what a SecretStore sealed; opening it again needs the store's own key: the
// system keychain in the desktop app (Electron's safeStorage, electron/shell),
// or under plain Node (the CLI, tests) a random key in a file only its owner
// can read. A sealed secret says which kind sealed it, so each host opens what
// it can and says plainly when it cannot.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { userDataDir } from './paths.ts';

export interface SecretStore {
  /** What sealed secrets are prefixed with (`key-file`, `safe-storage`). */
  readonly kind: string;
  /** Where the key lives, in words a person can act on. */
  readonly description: string;
  /** Seals a secret for storing; the result names this store's kind and never contains the secret. */
  seal(secret: string): Promise<string>;
  /** Opens what seal() made. Rejects with SecretUnavailableError when this store cannot. */
  open(sealed: string): Promise<string>;
}

/** A sealed secret this host cannot open (another machine's keychain, a lost key file). The message never holds the secret. */
export class SecretUnavailableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretUnavailableError';
  }
}

/** The environment variable a password can be given in instead (the CLI's `account add`, and syncing where the sealed copy cannot be opened). */
export const SYNC_PASSWORD_ENV = 'BROADSHEET_SYNC_PASSWORD';
/** Overrides where the key file is. */
export const SYNC_KEY_FILE_ENV = 'BROADSHEET_SYNC_KEY_FILE';

/** The key file: $BROADSHEET_SYNC_KEY_FILE, else `sync.key` in the app's user-data folder (beside, never inside, the library). */
export function defaultKeyFile(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  return env[SYNC_KEY_FILE_ENV] || join(userDataDir(platform, env), 'sync.key');
}

/** Which store sealed `sealed`. */
export function sealedKind(sealed: string): string {
  return sealed.slice(0, Math.max(0, sealed.indexOf(':')));
}

const KEY_BYTES = 32;
const IV_BYTES = 12;

/**
 * AES-256-GCM with a random key kept in a file of mode 0600. The key is made on
 * the first seal; a key file that others may read is refused rather than used,
 * since then the sealed password is as good as plain text.
 */
export class KeyFileSecretStore implements SecretStore {
  readonly kind = 'key-file';
  readonly #file: string;

  constructor(file: string) {
    this.#file = file;
  }

  get description(): string {
    return `the key file ${this.#file}`;
  }

  async seal(secret: string): Promise<string> {
    const key = this.#key(true);
    const iv = randomBytes(IV_BYTES);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    const body = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return `${this.kind}:v1:${iv.toString('base64')}.${cipher.getAuthTag().toString('base64')}.${body.toString('base64')}`;
  }

  async open(sealed: string): Promise<string> {
    const match = /^key-file:v1:([A-Za-z0-9+/=]+)\.([A-Za-z0-9+/=]+)\.([A-Za-z0-9+/=]*)$/.exec(sealed);
    if (!match) throw new SecretUnavailableError('The saved password was not sealed with a key file.');
    const key = this.#key(false);
    try {
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(match[1]!, 'base64'));
      decipher.setAuthTag(Buffer.from(match[2]!, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(match[3]!, 'base64')), decipher.final()]).toString('utf8');
    } catch {
      throw new SecretUnavailableError(`The saved password cannot be opened with ${this.description} (it was made with another key).`);
    }
  }

  #key(create: boolean): Buffer {
    let text: string;
    try {
      this.#checkPermissions();
      text = readFileSync(this.#file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      if (!create) throw new SecretUnavailableError(`The key that sealed the saved password is missing (${this.#file}).`);
      mkdirSync(dirname(this.#file), { recursive: true, mode: 0o700 });
      text = randomBytes(KEY_BYTES).toString('base64');
      // 'wx': never overwrite a key another process just made; its sealed secrets would be lost.
      try {
        writeFileSync(this.#file, `${text}\n`, { mode: 0o600, flag: 'wx' });
        if (process.platform !== 'win32') chmodSync(this.#file, 0o600); // the umask may have narrowed nothing, but never widened
      } catch (raced) {
        if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
        text = readFileSync(this.#file, 'utf8');
      }
    }
    const key = Buffer.from(text.trim(), 'base64');
    if (key.length !== KEY_BYTES) throw new SecretUnavailableError(`${this.#file} is not a Broadsheet key file.`);
    return key;
  }

  #checkPermissions(): void {
    // Windows has no mode bits; the file sits in the user's own profile there.
    if (process.platform === 'win32') return;
    const mode = statSync(this.#file).mode & 0o777;
    if (mode & 0o077) {
      throw new SecretUnavailableError(`${this.#file} can be read by other users (mode ${mode.toString(8)}); run chmod 600 on it, then try again.`);
    }
  }
}

/**
 * Opens secrets sealed by any of `stores`, seals with the first. The desktop app
 * seals with the keychain and can still open what the CLI sealed with the key file.
 */
export class SecretStores implements SecretStore {
  readonly #stores: readonly SecretStore[];
  constructor(stores: readonly SecretStore[]) {
    if (stores.length === 0) throw new Error('SecretStores needs at least one store.');
    this.#stores = stores;
  }
  get kind(): string {
    return this.#stores[0]!.kind;
  }
  get description(): string {
    return this.#stores[0]!.description;
  }
  seal(secret: string): Promise<string> {
    return this.#stores[0]!.seal(secret);
  }
  async open(sealed: string): Promise<string> {
    const kind = sealedKind(sealed);
    const store = this.#stores.find((s) => s.kind === kind);
    if (!store) {
      throw new SecretUnavailableError(
        kind === 'safe-storage'
          ? "The password was saved by the desktop app in the system keychain, which only the app can open."
          : 'The saved password was sealed in a way this build does not know.',
      );
    }
    return store.open(sealed);
  }
}
