import type { GradeBand } from '../../../../preload/contract/model/standard/grade-bands';
import type { VetoEffect } from '../../../../preload/contract/model/standard/vocabulary';

/** First band (best to worst) whose lower bound the total reaches. */
export function bandIndexFor(bands: readonly GradeBand[], total: number): number {
  const index = bands.findIndex((b) => total >= b.min);
  return index === -1 ? bands.length - 1 : index;
}

/**
 * Vetoes win over points: zero_total and grade_fail move a passing grade to
 * the first failing band; cap_below_excellent moves the top band down one,
 * but only onto a passing band — in a two-tier 合格/不合格 scheme there is no
 * "excellent" to lose, and "not excellent" must not turn into "fail".
 * A grade is never raised.
 */
export function applyVetoesToBand(
  bands: readonly GradeBand[],
  index: number,
  effects: readonly VetoEffect[],
): number {
  let result = index;
  if (effects.includes('cap_below_excellent') && result === 0 && bands[1]?.pass === true) result = 1;
  if (effects.includes('zero_total') || effects.includes('grade_fail')) {
    const current = bands[result];
    if (current?.pass) {
      const fail = bands.findIndex((b) => !b.pass);
      result = fail === -1 ? bands.length - 1 : fail;
    }
  }
  return result;
}
