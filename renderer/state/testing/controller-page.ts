// Opens the component page with the test hosts of hosts.ts loaded in place of the app's
// bundle: the same renderer, built by esbuild with the same options as scripts/build.ts, plus
// the hosts. Runs in the test process (Node), never in the app.
import type { Page } from '@playwright/test';
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';

const HOSTS = join(dirname(fileURLToPath(import.meta.url)), 'hosts.ts');

/** Built once per test worker. */
let bundle: Promise<string> | undefined;

function hostsBundle(): Promise<string> {
  bundle ??= build({ entryPoints: [HOSTS], bundle: true, write: false, format: 'esm', platform: 'browser', target: 'es2023', logLevel: 'warning' }).then(
    (result) => result.outputFiles[0]!.text,
  );
  return bundle;
}

export async function openControllerPage(page: Page): Promise<void> {
  const code = await hostsBundle();
  await openComponentPage(page);
  // Registered after the component page's own route, so it answers first: the reloaded page gets the hosts' bundle.
  await page.route('**/main.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: code }));
  await page.reload();
  await page.waitForFunction(() => customElements.get('test-library-host') !== undefined);
}
