// Key press to next article painted, on a large library, through the e2e
// Chromium host (the real core in this process, the built renderer in Chromium).
//   node scripts/bench/keyboard.ts [size]      (default 100k; needs `npm run build` first)
// Timing happens inside the page: from the keydown event's timestamp to just
// after the first frame that paints the new headline. Each animation frame
// checks the headline; once it is in the DOM, that frame paints it, and a task
// queued from its animation-frame callback runs right after the paint (the
// "next paint" pattern the Event Timing API also uses). The key goes through
// the real keymap (renderer/state/keymap.ts), as a person's would.
import type { Page } from '@playwright/test';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { benchLibrary } from './library.ts';
import { parseSize, summarize, type Summary } from './stats.ts';

export interface KeyPressOptions {
  /** Articles in the library; the cached synthetic library of this size is used (built if missing). */
  size?: number;
  presses?: number;
  warmup?: number;
  log?: (line: string) => void;
}

export interface KeyPressResult extends Summary {
  size: number;
  samples: number[];
  notes: string[];
  /** The budget: p95 at most 50 ms. */
  budgetMs: number;
  withinBudget: boolean;
}

declare global {
  interface Window {
    __keyBench?: { armed?: Promise<number> };
  }
}

/** Resolves with ms from the next keydown to the paint of the frame that first shows `expected`. */
function arm(expected: string): void {
  const pane = () => document.querySelector('bs-app')?.shadowRoot?.querySelector('bs-reading-pane')?.shadowRoot ?? null;
  window.__keyBench = {
    armed: new Promise<number>((resolve) => {
      document.addEventListener(
        'keydown',
        (event) => {
          const t0 = event.timeStamp;
          const deadline = performance.now() + 10_000;
          const check = () => {
            if (pane()?.querySelector('h1')?.textContent === expected) setTimeout(() => resolve(performance.now() - t0), 0);
            else if (performance.now() > deadline) resolve(Number.NaN);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        },
        { once: true, capture: true },
      );
    }),
  };
}

async function nextTitle(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const app = document.querySelector('bs-app') as (HTMLElement & { items: { id: number; title: string }[]; selectedId: number | null }) | null;
    if (!app) return null;
    const index = app.items.findIndex((i) => i.id === app.selectedId);
    return app.items[index + 1]?.title ?? null;
  });
}

export async function benchKeyPress(options: KeyPressOptions = {}): Promise<KeyPressResult> {
  const size = options.size ?? 100_000;
  const presses = options.presses ?? 200;
  const warmup = options.warmup ?? 10;
  const log = options.log ?? (() => {});
  const library = benchLibrary(size, { log });
  // The Chromium host runs the core in this process; the Electron window is not what is measured.
  process.env.BROADSHEET_E2E_HOST = 'chromium';
  const { launch } = await import('../../e2e/fixtures/hosts.ts');
  // Start from default preferences: no remembered article, the All view.
  rmSync(join(library.profileDir, 'preferences.json'), { force: true });
  const app = await launch({ profileDir: library.profileDir });
  try {
    const { page } = app;
    await page.locator('bs-article-list [role="option"]').first().waitFor({ state: 'attached', timeout: 120_000 });
    await page.keyboard.press('j');
    await page.locator('bs-reading-pane h1').waitFor({ timeout: 30_000 });
    const samples: number[] = [];
    const notes: string[] = [];
    for (let i = 0; i < warmup + presses; i++) {
      let expected = await nextTitle(page);
      // At the end of the loaded rows the list fetches the next page; give it a moment.
      for (let wait = 0; expected === null && wait < 40; wait++) {
        await page.waitForTimeout(50);
        expected = await nextTitle(page);
      }
      if (expected === null) {
        notes.push(`The list ended after ${i} presses.`);
        break;
      }
      await page.evaluate(arm, expected);
      await page.keyboard.press('j');
      const ms = await page.evaluate(() => window.__keyBench!.armed!);
      if (!Number.isFinite(ms)) notes.push(`Press ${i + 1} did not show the next article within 10 s.`);
      else if (i >= warmup) samples.push(ms);
    }
    const summary = summarize(samples);
    log(`key press → next article painted (${size.toLocaleString('en')} articles): median ${summary.median.toFixed(1)} ms, p95 ${summary.p95.toFixed(1)} ms over ${summary.n} presses`);
    for (const note of notes) log(`  note: ${note}`);
    return { ...summary, size, samples, notes, budgetMs: 50, withinBudget: summary.p95 <= 50 };
  } finally {
    await app.close();
  }
}

if (import.meta.main) {
  const size = process.argv[2] ? parseSize(process.argv[2]) : 100_000;
  const result = await benchKeyPress({ size, log: (line) => console.log(line) });
  console.log(`p95 ${result.p95.toFixed(1)} ms (budget ${result.budgetMs} ms: ${result.withinBudget ? 'within' : 'OVER'})`);
}
