import type { z } from 'zod';
import { semanticChecks } from './semantic-checks';
import { standardSchema, type Standard } from '../../../../preload/contract/model/standard/standard';
import {
  formatPath,
  fieldOf,
  nearestCode,
  type StandardValidationError,
  type StandardValidationResult,
} from '../../../../preload/contract/model/standard/validation-error';
import { chineseErrorMap } from './zod-messages';

function issueToError(input: unknown, issue: z.core.$ZodIssue): StandardValidationError {
  const path = issue.path;
  let field = fieldOf(path);
  let message = issue.message;
  if (issue.code === 'unrecognized_keys' && issue.keys.length > 0) field = issue.keys.join('、');
  if (issue.code === 'invalid_union') {
    if (path[0] === 'formula' && (field === 'formula' || field === 'kind'))
      message = '计分公式 kind 必须为 sum_100 或 legality_gate_plus_normativity';
    else if (path.includes('appliesWhen'))
      message = '适用条件格式无效，应为 {fact, equals}、{fact, in}、{all}、{any} 或 {not}';
  }
  // A JSON key may be "" — still name something the user can search for.
  if (field === '') field = '(空字段名)';
  const itemCode = nearestCode(input, path);
  const out: StandardValidationError = { path: formatPath(path), field, message };
  if (itemCode !== undefined) out.itemCode = itemCode;
  return out;
}

/**
 * Validates an untrusted value (parsed JSON, Excel import result) as a
 * standard. Never throws: garbage in gives errors out. On success the value
 * has all defaults applied and is what the engine and the hash work on.
 *
 * @example
 * const r = validateStandard(JSON.parse(text));
 * if (!r.ok) r.errors.forEach((e) => console.log(e.itemCode, e.field, e.message));
 */
export function validateStandard(json: unknown): StandardValidationResult<Standard> {
  try {
    const parsed = standardSchema.safeParse(json, { error: chineseErrorMap });
    if (!parsed.success) return { ok: false, errors: parsed.error.issues.map((i) => issueToError(json, i)) };
    const errors = semanticChecks(parsed.data);
    return errors.length > 0 ? { ok: false, errors } : { ok: true, value: parsed.data };
  } catch {
    // e.g. a getter that throws, or absurdly deep nesting blowing the stack.
    return {
      ok: false,
      errors: [{ path: '(根)', field: '(根)', message: '无法读取评查标准数据（结构过深或已损坏）' }],
    };
  }
}
