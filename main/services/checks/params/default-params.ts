import { AppError } from '../../../../preload/contract/app-error';
import { formatFactIssues, toFactIssues, type FactIssue } from '../facts/parse-case-facts';
import { ruleParamsSchema, type RuleParams } from './rule-params-schema';

/** Shown next to every default value in the UI and in docs/checks.md. */
export const DEFAULT_VALUE_NOTE = '默认值，请按本地规定核对';

export const DEFAULT_RULE_PARAMS: RuleParams = ruleParamsSchema.parse({});

export type ParamsParseResult =
  { readonly ok: true; readonly params: RuleParams } | { readonly ok: false; readonly issues: FactIssue[] };

/** Validates an (partial) override of the defaults. Never throws. */
export function parseRuleParams(input: unknown): ParamsParseResult {
  const r = ruleParamsSchema.safeParse(input ?? {});
  return r.success ? { ok: true, params: r.data } : { ok: false, issues: toFactIssues(r.error) };
}

/** Like parseRuleParams but throws `AppError('E_INVALID_ARGS')` with all problems listed. */
export function loadRuleParams(input: unknown): RuleParams {
  const r = parseRuleParams(input);
  if (!r.ok)
    throw new AppError('E_INVALID_ARGS', `规则参数无效：\n${formatFactIssues(r.issues)}`, {
      issues: r.issues,
    });
  return r.params;
}
