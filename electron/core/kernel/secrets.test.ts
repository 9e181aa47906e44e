import assert from 'node:assert/strict';
import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { defaultKeyFile, KeyFileSecretStore, SecretStores, SecretUnavailableError, type SecretStore } from './secrets.ts';

const dir = mkdtempSync(join(tmpdir(), 'broadsheet-secrets-'));
after(() => rmSync(dir, { recursive: true, force: true }));

test('a key file store seals so that only its key opens it, and makes the key readable by its owner alone', async () => {
  const file = join(dir, 'a', 'sync.key');
  const store = new KeyFileSecretStore(file);
  const sealed = await store.seal('hunter2 — ünïcode');
  assert.match(sealed, /^key-file:v1:/);
  assert.ok(!sealed.includes('hunter2'));
  assert.equal(await store.open(sealed), 'hunter2 — ünïcode');
  assert.notEqual(await store.seal('hunter2 — ünïcode'), sealed, 'a fresh nonce every time');
  if (process.platform !== 'win32') assert.equal(statSync(file).mode & 0o777, 0o600);
  assert.ok(!readFileSync(file, 'utf8').includes('hunter2'));
  // Another key cannot open it, and says so without the secret.
  const other = new KeyFileSecretStore(join(dir, 'b', 'sync.key'));
  await other.seal('x');
  await assert.rejects(other.open(sealed), (e: Error) => e instanceof SecretUnavailableError && /another key/.test(e.message) && !e.message.includes('hunter2'));
  // A missing key is named.
  await assert.rejects(new KeyFileSecretStore(join(dir, 'missing.key')).open(sealed), /is missing/);
});

test('a key file others can read is refused rather than used (where files have modes)', async () => {
  const file = join(dir, 'loose', 'sync.key');
  const store = new KeyFileSecretStore(file);
  const sealed = await store.seal('s3cret');
  chmodSync(file, 0o644);
  // Windows has no mode bits (the file sits in the user's own profile there): the key is used as it is.
  if (process.platform === 'win32') assert.equal(await store.open(sealed), 's3cret');
  else await assert.rejects(store.open(sealed), /can be read by other users \(mode 644\); run chmod 600/);
  chmodSync(file, 0o600);
  assert.equal(await store.open(sealed), 's3cret');
});

test('several stores: seal with the first, open whatever any of them sealed, and name the keychain when it is not here', async () => {
  const keyFile = new KeyFileSecretStore(join(dir, 'c', 'sync.key'));
  const reversing: SecretStore = {
    kind: 'safe-storage',
    description: 'the system keychain',
    seal: async (s) => `safe-storage:${[...s].reverse().join('')}`,
    open: async (s) => [...s.slice(13)].reverse().join(''),
  };
  const app = new SecretStores([reversing, keyFile]);
  const fromCli = await keyFile.seal('from the cli');
  assert.equal(await app.open(fromCli), 'from the cli');
  const fromApp = await app.seal('from the app');
  assert.equal(await app.open(fromApp), 'from the app');
  const cli = new SecretStores([keyFile]);
  await assert.rejects(cli.open(fromApp), /saved by the desktop app in the system keychain/);
});

test('the key file lives in the user-data folder unless BROADSHEET_SYNC_KEY_FILE says otherwise', () => {
  assert.equal(defaultKeyFile({ XDG_CONFIG_HOME: '/home/r/.config' }, 'linux'), '/home/r/.config/Broadsheet/sync.key');
  assert.equal(defaultKeyFile({ BROADSHEET_SYNC_KEY_FILE: '/keys/bs.key' }, 'linux'), '/keys/bs.key');
});
