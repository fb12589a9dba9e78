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

/** p50/p95/mean of raw samples in milliseconds. */
export const timingOf = (samples: number[]): Timing => {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    mean: samples.reduce((a, b) => a + b, 0) / samples.length,
    iterations: samples.length,
  };
};

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
  return timingOf(samples);
}

/**
 * Measures our code and its reference in alternation (ours, reference, ours, …), so
 * that drift over the run (other processes, heap growth, CPU frequency) weighs on both
 * alike. For slow operations, where a few samples decide the ratio.
 */
export async function measurePair(
  ours: () => unknown,
  reference: () => unknown,
  options: { iterations: number; warmup: number },
): Promise<{ ours: Timing; reference: Timing }> {
  for (let i = 0; i < options.warmup; i++) {
    await ours();
    await reference();
  }
  const samples = { ours: [] as number[], reference: [] as number[] };
  for (let i = 0; i < options.iterations; i++) {
    for (const [key, fn] of [
      ['ours', ours],
      ['reference', reference],
    ] as const) {
      const start = performance.now();
      await fn();
      samples[key].push(performance.now() - start);
    }
  }
  return { ours: timingOf(samples.ours), reference: timingOf(samples.reference) };
}

export const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
export const ratio = (ours: Timing, reference: Timing) => ours.p50 / Math.max(reference.p50, 1e-9);
