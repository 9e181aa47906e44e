import { expect, test } from '@playwright/test';
import { openComponentPage } from '../../../e2e/fixtures/component-page.ts';

test.beforeEach(async ({ page }) => openComponentPage(page));

test('the offline badge appears only while the library says it is offline', async ({ page }) => {
  await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    let push: ((s: unknown) => void) | null = null;
    w.pushConnectivity = (s: unknown) => push?.(s);
    const el = document.createElement('bs-offline-badge') as HTMLElement & { api: unknown; updateComplete: Promise<unknown> };
    el.api = {
      on: (_name: string, fn: (s: unknown) => void) => ((push = fn), () => (push = null)),
      offline: { reportNetworkStatus: async () => ({ online: true, reason: 'online', since: new Date().toISOString() }) },
    };
    document.getElementById('stage')!.replaceChildren(el);
    await el.updateComplete;
  });
  const badge = page.locator('bs-offline-badge');
  await expect(badge.getByRole('status')).toHaveCount(0);
  await page.evaluate(() => (window as unknown as { pushConnectivity: (s: unknown) => void }).pushConnectivity({ online: false, reason: 'requests-failing', since: '' }));
  await expect(badge.getByRole('status')).toHaveText('Offline');
  await page.evaluate(() => (window as unknown as { pushConnectivity: (s: unknown) => void }).pushConnectivity({ online: true, reason: 'online', since: '' }));
  await expect(badge.getByRole('status')).toHaveCount(0);
});
