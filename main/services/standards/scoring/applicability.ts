import type { CaseFacts } from '../../../../preload/contract/model/standard/case-facts';
import { isFactName } from '../../../../preload/contract/model/standard/case-facts';
import type { Condition } from '../../../../preload/contract/model/standard/condition';

/**
 * Three-valued: `unknown` when a fact the condition needs is not recorded.
 * Only a definite `false` makes an item N/A automatically — missing facts must
 * not silently drop items from the score.
 */
export type Truth = true | false | 'unknown';

export function evaluateCondition(condition: Condition, facts: CaseFacts): Truth {
  if ('fact' in condition) {
    if (!isFactName(condition.fact)) return 'unknown';
    const value = facts[condition.fact];
    if (value === undefined) return 'unknown';
    const wanted = 'equals' in condition ? [condition.equals] : condition.in;
    return wanted.some((w) => w === value);
  }
  if ('all' in condition) {
    const parts = condition.all.map((c) => evaluateCondition(c, facts));
    if (parts.includes(false)) return false;
    return parts.includes('unknown') ? 'unknown' : true;
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => evaluateCondition(c, facts));
    if (parts.includes(true)) return true;
    return parts.includes('unknown') ? 'unknown' : false;
  }
  const inner = evaluateCondition(condition.not, facts);
  return inner === 'unknown' ? 'unknown' : !inner;
}
