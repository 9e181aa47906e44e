// Small timing helpers shared by the bench processes.

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

export function summarize(samples: number[]): Summary {
  if (samples.length === 0) return { median: Number.NaN, p95: Number.NaN, n: 0 };
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

/** Runs `work` `warmup` times untimed, then `runs` times timed; returns milliseconds per run. */
export function timeRuns(runs: number, work: (i: number) => unknown, warmup = 3): number[] {
  for (let i = 0; i < warmup; i++) work(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    work(i);
    samples.push(performance.now() - t0);
  }
  return samples;
}

export function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)([km]?)$/i.exec(value.trim());
  if (!match) throw new Error(`Not a size: ${value} (use e.g. 10k, 100k, 1m or 25000)`);
  const unit = match[2]!.toLowerCase();
  return Math.round(Number(match[1]) * (unit === 'k' ? 1_000 : unit === 'm' ? 1_000_000 : 1));
}

export function sizeLabel(size: number): string {
  if (size >= 1_000_000 && size % 1_000_000 === 0) return `${size / 1_000_000}M`;
  if (size >= 1_000 && size % 1_000 === 0) return `${size / 1_000}k`;
  return String(size);
}
