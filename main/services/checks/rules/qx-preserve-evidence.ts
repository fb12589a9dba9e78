import { compareIsoDates } from '../calendar/iso-date';
import { countWorkingDaysBetween } from '../calendar/working-days';
import { explainWorkingDeadline } from '../calendar/explain-days';
import { findingsFor, worstOf } from './rule-helpers';
import type { CheckResult, RuleDefinition } from './rule-types';

const head = {
  id: 'QX-PRESERVE',
  system: '程序',
  legalBasis:
    '《行政处罚法》第五十六条（先行登记保存须经负责人批准，并在七日内及时作出处理决定）、第八十五条（工作日）',
} as const;

/** QX-PRESERVE: 先行登记保存 approved beforehand and handled within 7 working days. */
export const qxPreserveEvidence: RuleDefinition = {
  ...head,
  title: '先行登记保存批准与七日内处理',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    const list = facts.events.preservations;
    if (list.length === 0) return f.notApplicable('未录入先行登记保存');
    const n = params.preservation.workingDays;
    const results: CheckResult[] = [];
    const lines: string[] = [];
    const missing: string[] = [];
    for (const p of list) {
      const label = `先行登记保存（${p.date}）`;
      const problems: string[] = [];
      if (!p.approvalDate) missing.push(`${label}的批准日期`);
      else if (compareIsoDates(p.approvalDate, p.date) > 0) problems.push(`批准 ${p.approvalDate} 晚于实施`);
      if (!p.handledDate) {
        missing.push(`${label}的处理决定日期`);
        results.push(problems.length ? '不符合' : '无法判定');
        lines.push(`${label}：${problems.join('；') || '未录入处理决定日期'}`);
        continue;
      }
      if (compareIsoDates(p.handledDate, p.date) < 0) {
        missing.push(`${label}的处理决定日期（顺序有误）`);
        results.push('无法判定');
        lines.push(`${label}：处理决定 ${p.handledDate} 早于实施，日期顺序有误`);
        continue;
      }
      const x = explainWorkingDeadline(p.date, n, calendar);
      const k = countWorkingDaysBetween(p.date, p.handledDate, calendar);
      if (compareIsoDates(p.handledDate, x.deadline) > 0)
        problems.push(`处理决定 ${p.handledDate} 为第 ${k} 个工作日，超过 ${n} 个工作日（${x.text}）`);
      results.push(problems.length ? '不符合' : p.approvalDate ? '符合' : '无法判定');
      lines.push(
        `${label}：${problems.length ? problems.join('；') : `处理决定 ${p.handledDate} 为第 ${k} 个工作日，期限内`}`,
      );
    }
    const text = lines.join('\n');
    const evidence = list.map((p) => p.source);
    const result = worstOf(results);
    if (result === '不符合') return f.fail(text, { evidence });
    if (result === '无法判定') return f.unknown(text, missing, { evidence });
    return f.pass(text, { evidence });
  },
};
