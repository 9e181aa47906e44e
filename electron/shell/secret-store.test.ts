import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { KeyFileSecretStore } from '../core/kernel/secrets.ts';
import { appSecretStore, type SafeStorageLike } from './secret-store.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-shell-secrets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A stand-in for Electron's safeStorage that "encrypts" by reversing bytes. */
function fakeKeychain(available: boolean, backend = 'gnome_libsecret'): SafeStorageLike {
  return {
    isEncryptionAvailable: () => available,
    getSelectedStorageBackend: () => backend,
    encryptStringAsync: async (plain) => Buffer.from(plain, 'utf8').reverse(),
    decryptStringAsync: async (encrypted) => ({ result: Buffer.from(encrypted).reverse().toString('utf8') }),
  };
}

test('the app seals with the system keychain where it really encrypts, and still opens what the CLI sealed', async () => {
  const store = appSecretStore(fakeKeychain(true), dir, 'linux');
  const sealed = await store.seal('pa55word');
  assert.match(sealed, /^safe-storage:/);
  assert.ok(!sealed.includes('pa55word'));
  assert.equal(store.description, 'the system keychain');
  assert.equal(await store.open(sealed), 'pa55word');
  const fromCli = await new KeyFileSecretStore(join(dir, 'sync.key')).seal('from the cli');
  assert.equal(await store.open(fromCli), 'from the cli');
});

test("on Linux without a keyring (safeStorage's basic_text) or without safeStorage, the app uses the 0600 key file instead", async () => {
  for (const storage of [fakeKeychain(true, 'basic_text'), fakeKeychain(false)]) {
    const store = appSecretStore(storage, dir, 'linux');
    const sealed = await store.seal('pa55word');
    assert.match(sealed, /^key-file:/);
    assert.match(store.description, /sync\.key/);
  }
  // basic_text is a Linux matter: elsewhere an available safeStorage is used.
  assert.match(await appSecretStore(fakeKeychain(true, 'basic_text'), dir, 'darwin').seal('x'), /^safe-storage:/);
});
