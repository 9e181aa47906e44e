// Where the desktop app keeps a sync account's password: Electron's safeStorage
// (the macOS Keychain, Windows DPAPI, the Secret Service or KWallet on Linux).
// On Linux without a keyring safeStorage falls back to a key built into
// Chromium ("basic_text"), which is as good as plain text; there, and wherever
// safeStorage is unavailable, the app uses the same 0600 key file as the CLI.
// Either way it can still open what the CLI sealed with that key file.
import { join } from 'node:path';
import { KeyFileSecretStore, SecretStores, SecretUnavailableError, type SecretStore } from '../core/kernel/secrets.ts';

/** The part of Electron's safeStorage used here (tests pass a fake). */
export interface SafeStorageLike {
  isEncryptionAvailable(): boolean;
  getSelectedStorageBackend?(): string;
  encryptStringAsync(plainText: string): Promise<Buffer>;
  decryptStringAsync(encrypted: Buffer): Promise<{ result: string }>;
}

const PREFIX = 'safe-storage:';

class SafeStorageSecretStore implements SecretStore {
  readonly kind = 'safe-storage';
  readonly description = 'the system keychain';
  readonly #storage: SafeStorageLike;
  constructor(storage: SafeStorageLike) {
    this.#storage = storage;
  }
  async seal(secret: string): Promise<string> {
    return `${PREFIX}${(await this.#storage.encryptStringAsync(secret)).toString('base64')}`;
  }
  async open(sealed: string): Promise<string> {
    try {
      return (await this.#storage.decryptStringAsync(Buffer.from(sealed.slice(PREFIX.length), 'base64'))).result;
    } catch {
      throw new SecretUnavailableError('The system keychain could not open the saved password (it may have been saved by another user or computer).');
    }
  }
}

/** Whether safeStorage really encrypts here. Call after the app is ready (before, the Linux backend is "unknown"). */
export function keychainUsable(storage: SafeStorageLike, platform: NodeJS.Platform = process.platform): boolean {
  if (!storage.isEncryptionAvailable()) return false;
  return !(platform === 'linux' && storage.getSelectedStorageBackend?.() === 'basic_text');
}

export function appSecretStore(storage: SafeStorageLike, userDataDir: string, platform: NodeJS.Platform = process.platform): SecretStore {
  const keyFile = new KeyFileSecretStore(join(userDataDir, 'sync.key'));
  return keychainUsable(storage, platform) ? new SecretStores([new SafeStorageSecretStore(storage), keyFile]) : keyFile;
}
