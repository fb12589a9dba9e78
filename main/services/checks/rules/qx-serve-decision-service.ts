import { compareIsoDates } from '../calendar/iso-date';
import { countWorkingDaysBetween } from '../calendar/working-days';
import { explainWorkingDeadline } from '../calendar/explain-days';
import { findingsFor } from './rule-helpers';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'QX-SERVE',
  system: '程序',
  legalBasis:
    '《行政处罚法》第六十一条（宣告后当场交付；当事人不在场的，七日内依照民事诉讼法送达）、第八十五条（“七日”指工作日）',
} as const;

/** QX-SERVE: the decision is served within 7 working days. */
export const qxServeDecisionService: RuleDefinition = {
  ...head,
  title: '决定书七个工作日内送达',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政处罚') return f.notApplicable('非行政处罚案件');
    const d = facts.events.decision;
    const s = facts.events.decisionService;
    if (!d) return f.unknown('未录入决定日期', ['决定日期']);
    if (!s) {
      if (d.onTheSpot) return f.pass(`决定 ${d.date} 当场作出并交付`, { evidence: [d.source] });
      return f.unknown(`决定 ${d.date}；未录入送达日期`, ['决定书送达日期']);
    }
    const evidence = [d.source, s.source];
    if (compareIsoDates(s.date, d.date) < 0) {
      return f.unknown(
        `送达日期 ${s.date} 早于决定日期 ${d.date}，日期顺序有误`,
        ['决定书送达日期（顺序有误）'],
        { evidence },
      );
    }
    const n = params.service.workingDays;
    const x = explainWorkingDeadline(d.date, n, calendar);
    const k = countWorkingDaysBetween(d.date, s.date, calendar);
    const calc = `决定 ${d.date}；${x.text}；送达 ${s.date}${s.manner ? `（${s.manner}）` : ''}，决定后第 ${k} 个工作日`;
    return compareIsoDates(s.date, x.deadline) <= 0
      ? f.pass(`${calc} → 期限内`, { evidence })
      : f.fail(`${calc} → 超期`, { evidence });
  },
};
