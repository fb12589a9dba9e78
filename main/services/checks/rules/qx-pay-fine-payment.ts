import { addCalendarDays, compareIsoDates } from '../calendar/iso-date';
import { nextWorkingDayOnOrAfter } from '../calendar/working-days';
import { findingsFor } from './rule-helpers';
import { hasFine } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'QX-PAY',
  system: '程序',
  legalBasis:
    '《行政处罚法》第六十七条第三款（收到决定书之日起十五日内缴纳罚款）、第七十二条第一款第（一）项（到期不缴纳的，每日按罚款数额的百分之三加处罚款）',
} as const;

/** QX-PAY: fine paid within 15 calendar days of service, or the late surcharge is handled. */
export const qxPayFinePayment: RuleDefinition = {
  ...head,
  title: '罚款缴纳期限与加处罚款',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政处罚' || !facts.events.decision) return f.notApplicable('无行政处罚决定');
    if (!hasFine(facts)) return f.notApplicable('决定不含罚款');
    const s = facts.events.decisionService;
    const pay = facts.events.payment;
    const d = facts.events.decision;
    const startDate = s?.date ?? (d.onTheSpot ? d.date : undefined);
    if (!startDate) return f.unknown('未录入决定书送达日期，无法计算缴纳期限', ['决定书送达日期']);
    if (!pay) {
      if (facts.events.enforcements.length > 0)
        return f.notApplicable('未缴纳罚款，已进入强制执行（见 QX-ENF）');
      return f.unknown(`决定书送达 ${startDate}；未录入罚款缴纳日期`, ['罚款缴纳日期']);
    }
    const evidence = [s?.source, pay.source];
    if (compareIsoDates(pay.date, d.date) < 0) {
      return f.unknown(
        `缴纳日期 ${pay.date} 早于决定日期 ${d.date}，日期顺序有误`,
        ['罚款缴纳日期（顺序有误）'],
        { evidence },
      );
    }
    const n = params.payment.calendarDays;
    const nominal = addCalendarDays(startDate, n);
    const calc = `决定书送达 ${startDate}，${n} 日缴纳期届满 ${nominal}；缴纳 ${pay.date}`;
    if (compareIsoDates(pay.date, nominal) <= 0) return f.pass(`${calc} → 按期缴纳`, { evidence });
    const extended = nextWorkingDayOnOrAfter(nominal, calendar);
    if (compareIsoDates(pay.date, extended) <= 0) {
      return f.pass(`${calc}；届满日非工作日，顺延至 ${extended} → 按期缴纳`, {
        evidence,
        warnings: [`期限末日顺延至 ${extended} 系参照民事诉讼期间规则，请按本地规定核对`],
      });
    }
    if (pay.lateFeeCharged === true) return f.pass(`${calc} → 逾期缴纳，已加处罚款`, { evidence });
    if (pay.lateFeeCharged === false) return f.fail(`${calc} → 逾期缴纳，未加处罚款`, { evidence });
    return f.unknown(`${calc} → 逾期缴纳；未录入是否加处罚款`, ['是否加处罚款'], { evidence });
  },
};
