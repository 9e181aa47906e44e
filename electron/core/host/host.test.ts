import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { APP_ORIGIN } from '../../shared/contract.ts';
import { tempLibrary } from '../testing/temp-library.ts';
import { createHost, HostCallError } from './host.ts';

const lib = tempLibrary({ seed: true });
after(() => lib.dispose());

test("the host's own calls pass the same checks as the window's", async () => {
  const host = createHost(lib.core, { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent' });
  assert.equal((await host.call('library.edition')).articleCount, 50);
  await assert.rejects(
    host.call('library.article', '7' as unknown as number),
    (error: unknown) => error instanceof HostCallError && error.code === 'INVALID_ARGUMENT' && /library\.article/.test(error.message),
  );
  await assert.rejects(host.call('library.article', 987_654), (error: unknown) => error instanceof HostCallError && error.code === 'NOT_FOUND');
  const foreign = await host.dispatch({ url: 'https://evil.example/', isMainFrame: true }, 'library.edition', []);
  assert.equal(foreign.ok ? null : foreign.error.code, 'FORBIDDEN_SENDER');
  host.close();
});

test('events reach the sink until the host closes', async () => {
  const pushed: string[] = [];
  const host = createHost(lib.core, { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent', pushEvent: (name) => pushed.push(name) });
  await host.call('preferences.set', { fontSize: 20 });
  assert.deepEqual(pushed, ['preferencesChanged']);
  host.close();
  await host.call('preferences.set', { fontSize: 22 });
  assert.deepEqual(pushed, ['preferencesChanged'], 'nothing after close');
});

test("media is served from this library's own folder, and nothing else under /media", async () => {
  const host = createHost(lib.core, { allowedOrigins: [APP_ORIGIN], appRoot: '/nonexistent' });
  assert.equal((await host.serve(`/media/${'a'.repeat(64)}.png`)).status, 404);
  assert.equal((await host.serve('/media/../library.sqlite')).status, 404);
  host.close();
});
