// Renderer measurements on the e2e Chromium host (e2e/fixtures/hosts.ts): the
// built renderer in Chromium over the real core, opened on a cached bench
// library. Timing happens inside the page (performance.now, event timestamps,
// requestAnimationFrame), so Playwright's round trips are not counted.
import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export interface RendererResult {
  /** Key press (`j`) to the next article's headline painted, ms per press. */
  keyToPaint: number[];
  /** requestAnimationFrame intervals while scrolling the list, ms. */
  scrollFrames: number[];
  scrolledRows: number;
  /** JS heap in use after scrolling (after a forced GC), bytes. */
  heapUsedBytes: number;
  firstListMs: number;
  notes: string[];
}

const KEY_PRESSES = 60;
const SCROLL_ROWS = 10_000;

declare global {
  interface Window {
    __bench?: {
      headline(): string | null;
      keyToPaint(): Promise<number>;
      pending?: Promise<number>;
    };
  }
}

export async function benchRenderer(profileDir: string, log: (line: string) => void = () => {}): Promise<RendererResult> {
  // The Chromium host runs the core in this process; Electron's own window is not what we measure here.
  process.env.BROADSHEET_E2E_HOST = 'chromium';
  const { launch } = await import('../../e2e/fixtures/hosts.ts');
  const notes: string[] = [];
  // Every run starts from default preferences (no remembered article or view).
  rmSync(join(profileDir, 'preferences.json'), { force: true });
  const t0 = performance.now();
  const app = await launch({ profileDir });
  try {
    const { page } = app;
    await page.locator('bs-article-list [role="option"]').first().waitFor({ state: 'attached', timeout: 120_000 });
    const firstListMs = performance.now() - t0;
    await installHelpers(page);

    // The first press selects the top article; then every press moves one down.
    await page.keyboard.press('j');
    await page.waitForFunction(() => window.__bench!.headline() !== null, undefined, { timeout: 30_000 });
    const keyToPaint: number[] = [];
    for (let i = 0; i < KEY_PRESSES; i++) {
      // Armed before the press (and awaited after it), so the listener is in place when the key arrives.
      await page.evaluate(() => void (window.__bench!.pending = window.__bench!.keyToPaint()));
      await page.keyboard.press('j');
      const ms = await page.evaluate(() => window.__bench!.pending!);
      if (Number.isFinite(ms)) keyToPaint.push(ms);
      else notes.push('A key press did not change the article within 10 s.');
    }
    log(`    renderer: ${KEY_PRESSES} key presses measured`);

    const scroll = await page.evaluate(scrollList, SCROLL_ROWS);
    if (scroll.rows < SCROLL_ROWS) notes.push(`Scrolled ${scroll.rows} rows (the list ended or the time limit was reached before ${SCROLL_ROWS}).`);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.detach();
    return { keyToPaint, scrollFrames: scroll.frames, scrolledRows: scroll.rows, heapUsedBytes: heap.usedSize, firstListMs, notes };
  } finally {
    await app.close();
  }
}

async function installHelpers(page: Page): Promise<void> {
  await page.evaluate(() => {
    const deep = (root: Document | ShadowRoot, selector: string): Element | null => {
      const found = root.querySelector(selector);
      if (found) return found;
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) {
          const inner = deep(el.shadowRoot, selector);
          if (inner) return inner;
        }
      }
      return null;
    };
    let pane: Element | null = null;
    const headline = () => {
      if (!pane?.isConnected) pane = deep(document, 'bs-reading-pane');
      return pane?.shadowRoot?.querySelector('#headline')?.textContent ?? null;
    };
    window.__bench = {
      headline,
      // Resolves with the time from the key's input timestamp to the frame after the headline changed.
      keyToPaint: () =>
        new Promise<number>((resolve) => {
          const before = headline();
          let pressedAt = -1;
          addEventListener('keydown', (event) => (pressedAt = event.timeStamp), { capture: true, once: true });
          const giveUp = performance.now() + 10_000;
          const check = () => {
            if (performance.now() > giveUp) resolve(Number.NaN);
            else if (pressedAt >= 0 && headline() !== before) requestAnimationFrame(() => resolve(performance.now() - pressedAt));
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
    };
  });
}

/** Runs in the page: scrolls the virtualized list a screenful-ish per frame, loading pages as it goes. */
async function scrollList(targetRows: number): Promise<{ frames: number[]; rows: number }> {
  const deep = (root: Document | ShadowRoot, selector: string): Element | null => {
    const found = root.querySelector(selector);
    if (found) return found;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deep(el.shadowRoot, selector);
        if (inner) return inner;
      }
    }
    return null;
  };
  const app = document.querySelector('bs-app') as (HTMLElement & { items: unknown[] }) | null;
  const scroller = deep(document, 'lit-virtualizer') as HTMLElement | null;
  if (!app || !scroller) return { frames: [], rows: 0 };
  const firstRow = deep(document, '[role="option"]') as HTMLElement | null;
  const rowHeight = firstRow?.getBoundingClientRect().height || 60;
  const frames: number[] = [];
  const deadline = performance.now() + 120_000;
  let last = performance.now();
  return new Promise((resolve) => {
    const step = (now: number) => {
      frames.push(now - last);
      last = now;
      const rows = Math.floor(scroller.scrollTop / rowHeight);
      if (rows >= targetRows || now > deadline) return resolve({ frames: frames.slice(1), rows });
      scroller.scrollTop += rowHeight * 8;
      requestAnimationFrame(step);
    };
    requestAnimationFrame(step);
  });
}
