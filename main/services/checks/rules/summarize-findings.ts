import type { CheckResult, CheckSystem, RuleFinding } from './rule-types';

export type FindingCounts = Record<CheckResult, number>;

const empty = (): FindingCounts => ({ 符合: 0, 不符合: 0, 不适用: 0, 无法判定: 0 });

/** Counts per system (公示 / 全过程记录 / 法制审核 / 程序), for the 三项制度 section of a 评查意见书. */
export function summarizeFindings(findings: readonly RuleFinding[]): Record<CheckSystem, FindingCounts> {
  const out: Record<CheckSystem, FindingCounts> = {
    公示: empty(),
    全过程记录: empty(),
    法制审核: empty(),
    程序: empty(),
  };
  for (const f of findings) out[f.system][f.result] += 1;
  return out;
}
