/**
 * Minimal benchmark harness: each suite measures our code next to a reference
 * (the raw library or a reference tool) in the same run and reports ratios.
 * Targets are stated in the suite and checked here, never in unit tests.
 */
export interface Timing {
  p50: number;
  p95: number;
  mean: number;
  iterations: number;
}

export interface BenchRow {
  name: string;
  ours: Timing;
  reference?: { name: string; timing: Timing };
  /** Human-readable target, e.g. "p95 ≤ 20 ms" or "≤ 1.2× reference". */
  target?: string;
  /** Whether the target is met, computed by the suite. */
  met?: boolean;
}

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

/** Runs `fn` `iterations` times after `warmup` runs; times in milliseconds. */
export async function measure(
  fn: () => unknown,
  options: { iterations?: number; warmup?: number } = {},
): Promise<Timing> {
  const iterations = options.iterations ?? 200;
  for (let i = 0; i < (options.warmup ?? 20); i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    await fn();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    p50: percentile(samples, 50),
    p95: percentile(samples, 95),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    iterations,
  };
}

export const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
export const ratio = (ours: Timing, reference: Timing) => ours.p50 / Math.max(reference.p50, 1e-9);
