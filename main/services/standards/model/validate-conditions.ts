import { FACT_DEFINITIONS, isFactName } from '../../../../preload/contract/model/standard/case-facts';
import type { Condition } from '../../../../preload/contract/model/standard/condition';
import type { StandardValidationError } from '../../../../preload/contract/model/standard/validation-error';
import { formatPath } from '../../../../preload/contract/model/standard/validation-error';

type Path = Array<string | number>;

function checkValue(
  fact: string,
  value: string | boolean,
  path: Path,
  itemCode: string,
): StandardValidationError | null {
  if (!isFactName(fact)) return null;
  const def = FACT_DEFINITIONS[fact];
  if (def.kind === 'boolean') {
    if (typeof value !== 'boolean') {
      return {
        path: formatPath(path),
        itemCode,
        field: 'appliesWhen',
        message: `适用条件「${def.label}」(${fact}) 的取值应为 true 或 false，实际为 ${JSON.stringify(value)}`,
      };
    }
    return null;
  }
  const allowed: readonly string[] = def.values;
  if (typeof value !== 'string' || !allowed.includes(value)) {
    return {
      path: formatPath(path),
      itemCode,
      field: 'appliesWhen',
      message: `适用条件「${def.label}」(${fact}) 的取值 ${JSON.stringify(value)} 无效，可选值：${allowed.join('、')}`,
    };
  }
  return null;
}

/** Fact names and value types, which the zod shape cannot express precisely. */
export function validateCondition(
  condition: Condition,
  path: Path,
  itemCode: string,
): StandardValidationError[] {
  const errors: StandardValidationError[] = [];
  if ('fact' in condition) {
    if (!isFactName(condition.fact)) {
      errors.push({
        path: formatPath([...path, 'fact']),
        itemCode,
        field: 'appliesWhen',
        message: `适用条件引用了未知的案件事实「${condition.fact}」，可用：${Object.keys(FACT_DEFINITIONS).join('、')}`,
      });
      return errors;
    }
    const values = 'equals' in condition ? [condition.equals] : condition.in;
    values.forEach((v, i) => {
      const p = 'equals' in condition ? [...path, 'equals'] : [...path, 'in', i];
      const e = checkValue(condition.fact, v, p, itemCode);
      if (e) errors.push(e);
    });
    return errors;
  }
  if ('all' in condition)
    condition.all.forEach((c, i) => errors.push(...validateCondition(c, [...path, 'all', i], itemCode)));
  else if ('any' in condition)
    condition.any.forEach((c, i) => errors.push(...validateCondition(c, [...path, 'any', i], itemCode)));
  else errors.push(...validateCondition(condition.not, [...path, 'not'], itemCode));
  return errors;
}
