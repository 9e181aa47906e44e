import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from './e2e/fixtures/chromium-path.ts';

export default defineConfig({
  // Two cores: two workers keep both busy without starving the browser.
  workers: 2,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: true,
  reporter: [['list']],
  outputDir: 'test-results',
  projects: [
    {
      // Elements (renderer/components) and the controllers they share (renderer/state), in real Chromium.
      name: 'components',
      testDir: 'renderer',
      testMatch: ['components/**/*.test.ts', 'state/**/*.test.ts'],
      use: { browserName: 'chromium', launchOptions: { executablePath: findChromium(), args: CHROMIUM_FLAGS } },
    },
    {
      name: 'e2e',
      testDir: 'e2e/specs',
      testMatch: '**/*.spec.ts',
    },
  ],
});
