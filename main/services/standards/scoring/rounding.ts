/**
 * Output rounding: 2 decimals, half-up (scores are never negative).
 * Internal arithmetic keeps full precision; only reported numbers are
 * rounded. The 12-significant-digit pass first removes binary noise so that
 * 1.005 → 1.01 and 89.99999999999999 → 90, as a person computing by hand
 * would expect.
 */
export function round2(value: number): number {
  const shifted = Number((value * 100).toPrecision(12));
  const rounded = Math.round(shifted) / 100;
  return rounded === 0 ? 0 : rounded;
}

export const clamp = (value: number, min: number, max: number): number => Math.min(max, Math.max(min, value));
