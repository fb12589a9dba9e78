import type { CaseFacts } from '../facts/case-facts-schema';
import type { RuleParams } from '../params/rule-params-schema';
import type { WorkingCalendar } from '../calendar/working-calendar';

export type CheckSystem = '公示' | '全过程记录' | '法制审核' | '程序';
export type CheckResult = '符合' | '不符合' | '不适用' | '无法判定';

export interface Evidence {
  readonly documentId: string;
  readonly page?: number;
  readonly quote?: string;
}

/** One rule's outcome for one case. A finding is a suggestion the reviewer confirms. */
export interface RuleFinding {
  readonly ruleId: string;
  readonly system: CheckSystem;
  readonly result: CheckResult;
  /** Chinese; shows the computation (dates, counts, thresholds). */
  readonly explanation: string;
  readonly legalBasis: string;
  /** Chinese names of the facts that would be needed to decide (result 无法判定). */
  readonly missingFacts?: string[];
  readonly evidence?: Evidence[];
  /** Points the reviewer should look at even when the result is 符合 (e.g. 期限末日顺延). */
  readonly warnings?: string[];
}

export interface RuleContext {
  readonly facts: CaseFacts;
  readonly params: RuleParams;
  readonly calendar: WorkingCalendar;
}

export interface RuleDefinition {
  readonly id: string;
  readonly system: CheckSystem;
  /** Short Chinese title, e.g. 决定公示期限. */
  readonly title: string;
  readonly legalBasis: string;
  run(ctx: RuleContext): RuleFinding;
}
