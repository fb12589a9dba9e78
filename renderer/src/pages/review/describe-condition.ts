import { FACT_DEFINITIONS, isFactName } from '../../../../preload/contract/model/standard/case-facts';
import type { Condition } from '../../../../preload/contract/model/standard/condition';

const value = (v: unknown) => (v === true ? '是' : v === false ? '否' : String(v));

/** A Chinese reading of an applicability condition, e.g. `举行听证=是 且 程序=普通`. */
export function describeCondition(c: Condition): string {
  if ('all' in c) return c.all.map(describeCondition).join(' 且 ');
  if ('any' in c) return `（${c.any.map(describeCondition).join(' 或 ')}）`;
  if ('not' in c) return `非（${describeCondition(c.not)}）`;
  const label = isFactName(c.fact) ? FACT_DEFINITIONS[c.fact].label : c.fact;
  if ('in' in c) return `${label}为${c.in.map(value).join('或')}`;
  return `${label}=${value(c.equals)}`;
}
