import { AppError } from '../../../../preload/contract/app-error';
import { isCalendarYearMissing } from '../calendar/working-calendar';
import type { WorkingCalendar } from '../calendar/working-calendar';
import type { CaseFacts } from '../facts/case-facts-schema';
import { parseCaseFacts, formatFactIssues } from '../facts/parse-case-facts';
import type { RuleParams } from '../params/rule-params-schema';
import { finding } from './rule-helpers';
import { RULES } from './registry';
import type { RuleDefinition, RuleFinding } from './rule-types';

/**
 * Runs one rule and turns any refusal into 无法判定 instead of a crash:
 * a year missing from the calendar names that year; invalid dates name the
 * date; anything unexpected is reported as a rule error.
 */
export function runRule(
  rule: RuleDefinition,
  facts: CaseFacts,
  params: RuleParams,
  calendar: WorkingCalendar,
): RuleFinding {
  try {
    return rule.run({ facts, params, calendar });
  } catch (e) {
    if (isCalendarYearMissing(e)) {
      return finding(rule, '无法判定', e.message, { missingFacts: [`${e.details.year} 年工作日历`] });
    }
    if (e instanceof AppError)
      return finding(rule, '无法判定', `输入数据有误：${e.message}`, { missingFacts: ['有效的事实数据'] });
    const message = e instanceof Error ? e.message : String(e);
    return finding(rule, '无法判定', `规则执行出错（${message}），请人工核对并反馈`, { missingFacts: [] });
  }
}

/**
 * Runs every registered rule on already-validated facts. Never throws for bad
 * data; each rule returns its own finding.
 */
export function runAllRules(facts: CaseFacts, params: RuleParams, calendar: WorkingCalendar): RuleFinding[] {
  return RULES.map((rule) => runRule(rule, facts, params, calendar));
}

/**
 * Validates raw input first. If the facts do not match the model, every rule
 * returns 无法判定 naming the problems (so a report still lists all rules).
 */
export function runAllRulesOnInput(
  input: unknown,
  params: RuleParams,
  calendar: WorkingCalendar,
): RuleFinding[] {
  const parsed = parseCaseFacts(input);
  if (parsed.ok) return runAllRules(parsed.facts, params, calendar);
  const text = `案件事实数据无效，未执行本规则：\n${formatFactIssues(parsed.issues)}`;
  return RULES.map((rule) =>
    finding(rule, '无法判定', text, { missingFacts: parsed.issues.map((i) => i.label) }),
  );
}
