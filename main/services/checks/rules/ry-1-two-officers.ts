import { compareIsoDates } from '../calendar/iso-date';
import { findingsFor, worstOf } from './rule-helpers';
import { onSiteActs } from './case-queries';
import type { CheckResult, RuleDefinition } from './rule-types';

const head = {
  id: 'RY-1',
  system: '程序',
  legalBasis:
    '《行政处罚法》第四十二条（执法人员不得少于两人）、第五十五条；《行政强制法》第十八条第（二）项；《行政许可法》第三十四条第三款',
} as const;

/** RY-1: every on-site act has ≥ N officers from the roster whose certificates are valid on the act date. */
export const ry1TwoOfficers: RuleDefinition = {
  ...head,
  title: '两名以上持有效执法证的执法人员',
  run({ facts, params }) {
    const f = findingsFor(head);
    const acts = onSiteActs(facts);
    const min = params.officers.minimum;
    if (acts.length === 0) {
      if (facts.actType === '行政处罚' || facts.actType === '行政强制' || facts.actType === '行政检查') {
        return f.unknown('未录入任何现场检查、调查取证、询问、查封扣押或强制执行活动，无法核对执法人员', [
          '现场执法活动及在场执法人员',
        ]);
      }
      return f.notApplicable('未录入现场执法活动');
    }
    const roster = new Map(facts.officers.map((o) => [o.name, o]));
    const lines: string[] = [];
    const results: CheckResult[] = [];
    const missing: string[] = [];
    for (const act of acts) {
      const problems: string[] = [];
      let valid = 0;
      let unknown = false;
      if (act.officers.length === 0) {
        missing.push(`${act.label}的在场执法人员`);
        results.push('无法判定');
        lines.push(`${act.label}：未录入在场执法人员`);
        continue;
      }
      for (const name of act.officers) {
        const o = roster.get(name);
        if (!o) {
          problems.push(`“${name}”不在执法人员名册中`);
          missing.push(`执法人员“${name}”的执法证信息`);
          unknown = true;
        } else if (!o.validFrom || !o.validTo) {
          problems.push(`${name} 的执法证有效期未录入`);
          missing.push(`${name} 的执法证有效期`);
          unknown = true;
        } else if (compareIsoDates(act.date, o.validFrom) < 0 || compareIsoDates(act.date, o.validTo) > 0) {
          problems.push(
            `${name} 的执法证（${o.certificateNumber ?? '证号未录入'}，${o.validFrom} 至 ${o.validTo}）在 ${act.date} 不在有效期内`,
          );
        } else {
          valid += 1;
        }
      }
      const r: CheckResult = valid >= min ? '符合' : unknown ? '无法判定' : '不符合';
      results.push(r);
      lines.push(
        `${act.label}：${act.officers.join('、')}，有效持证 ${valid} 人（至少 ${min} 人）${problems.length ? `；${problems.join('；')}` : ''}`,
      );
    }
    const evidence = acts.map((a) => a.source);
    const text = lines.join('\n');
    switch (worstOf(results)) {
      case '不符合':
        return f.fail(text, { evidence });
      case '无法判定':
        return f.unknown(text, missing, { evidence });
      default:
        return f.pass(text, { evidence });
    }
  },
};
