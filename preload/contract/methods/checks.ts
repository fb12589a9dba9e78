import { z } from 'zod';
import { defineMethod } from '../define-method';

/**
 * Three-system pre-checks (三项制度自动预检) of one case. Registered in the
 * contract by the pre-check capability; the review screen reads findings by
 * rule id to offer them as suggestions on the items that link those rules.
 */
export type CheckSystem = '公示' | '全过程记录' | '法制审核' | '程序';
export type CheckResult = '符合' | '不符合' | '不适用' | '无法判定';

export interface CheckFinding {
  ruleId: string;
  /** Short Chinese title of the rule, e.g. 决定公示期限. */
  title: string;
  system: CheckSystem;
  result: CheckResult;
  /** Chinese; shows the computation (dates, working-day counts, thresholds). */
  explanation: string;
  legalBasis: string;
  missingFacts?: string[];
  evidence?: { documentId: string; page?: number; quote?: string }[];
  warnings?: string[];
}

export interface CheckRunResult {
  caseId: string;
  findings: CheckFinding[];
  /** ISO timestamp of this computation. */
  computedAt: string;
}

export const checkMethods = {
  'checks.run': defineMethod<CheckRunResult>()(z.object({ caseId: z.string().min(1).max(64) }).strict()),
};
