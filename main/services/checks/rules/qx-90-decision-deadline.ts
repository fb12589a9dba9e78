import { addCalendarDays, compareIsoDates, diffCalendarDays } from '../calendar/iso-date';
import { nextWorkingDayOnOrAfter } from '../calendar/working-days';
import { describeDay } from '../calendar/explain-days';
import { findingsFor } from './rule-helpers';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'QX-90',
  system: '程序',
  legalBasis:
    '《行政处罚法》第六十条（自立案之日起九十日内作出行政处罚决定；法律、法规、规章另有规定的，从其规定）',
} as const;

/**
 * QX-90: decision within 90 calendar days of 立案 (start day excluded), plus
 * approved 延期 days and 中止 periods. A deadline on a non-working day is
 * extended to the next working day, with a warning (domain.md §5.3 [R/C]).
 */
export const qx90DecisionDeadline: RuleDefinition = {
  ...head,
  title: '自立案起九十日内作出决定',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政处罚') return f.notApplicable('非行政处罚案件');
    if (facts.procedure === '简易') return f.notApplicable('简易程序当场作出决定，无立案期限');
    const filing = facts.events.filing;
    const d = facts.events.decision;
    const missing = [...(filing ? [] : ['立案日期']), ...(d ? [] : ['决定日期'])];
    if (!filing || !d) return f.unknown(`缺少${missing.join('、')}，无法计算九十日期限`, missing);
    const evidence = [filing.source, d.source];
    if (compareIsoDates(d.date, filing.date) < 0) {
      return f.unknown(
        `决定日期 ${d.date} 早于立案日期 ${filing.date}，日期顺序有误`,
        ['立案/决定日期（顺序有误）'],
        { evidence },
      );
    }
    const base = params.decision.calendarDays;
    let extra = 0;
    const parts: string[] = [];
    const warnings: string[] = [];
    for (const s of facts.events.suspensions) {
      const days = s.days ?? (s.endDate ? diffCalendarDays(s.startDate, s.endDate) + 1 : undefined);
      if (days === undefined) {
        return f.unknown(`${s.kind}（${s.startDate} 起）未录入天数或结束日期`, [`${s.kind}天数或结束日期`], {
          evidence: [...evidence, s.source],
        });
      }
      if (s.kind === '延期' && s.approved === false) {
        warnings.push(`延期 ${s.startDate}（${days} 日）未经批准，不计入`);
        continue;
      }
      extra += days;
      parts.push(`${s.kind} ${days} 日`);
    }
    const nominal = addCalendarDays(filing.date, base + extra);
    const used = diffCalendarDays(filing.date, d.date);
    const calc = `立案 ${filing.date}；期限 ${base} 日${parts.length ? ` + ${parts.join(' + ')}` : ''}，届满 ${nominal}；决定 ${d.date}（立案后第 ${used} 日）`;
    if (compareIsoDates(d.date, nominal) <= 0) return f.pass(`${calc} → 期限内`, { evidence, warnings });
    const extended = nextWorkingDayOnOrAfter(nominal, calendar);
    if (extended !== nominal && compareIsoDates(d.date, extended) <= 0) {
      return f.pass(
        `${calc}；届满日 ${describeDay(nominal, calendar)} 非工作日，顺延至 ${extended} → 期限内`,
        {
          evidence,
          warnings: [...warnings, `期限末日顺延至 ${extended} 系参照民事诉讼期间规则，请按本地规定核对`],
        },
      );
    }
    return f.fail(`${calc} → 超期`, { evidence, warnings });
  },
};
