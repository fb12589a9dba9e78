import { compareIsoDates } from '../calendar/iso-date';
import { addWorkingDays, countWorkingDaysBetween, listDaysBetween } from '../calendar/working-days';
import { describeDay, explainWorkingDeadline, summarizeSpecialDays } from '../calendar/explain-days';
import { findingsFor } from './rule-helpers';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'GS-3',
  system: '公示',
  legalBasis:
    '国办发〔2018〕118号：行政许可、行政处罚的执法决定信息自作出决定之日起7个工作日内公开，其他执法决定信息20个工作日内公开；《行政处罚法》第四十八条、第八十五条',
} as const;

/**
 * GS-3 事后公开: publication within 7 working days (penalty, licensing) or 20
 * (others) after the decision, start day excluded, 调休 make-up days counted.
 */
export const gs3PublicationDeadline: RuleDefinition = {
  ...head,
  title: '执法决定公示期限与要素',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    const d = facts.events.decision;
    const pub = facts.events.publication;
    const p = params.publication;
    if (!d) return f.unknown('未录入决定日期，无法计算公示期限', ['决定日期']);
    if (p.exemptNoPenalty && (d.kind === '不予处罚' || d.kind === '不予许可')) {
      return f.notApplicable(`${d.kind}决定，按参数设置不逐案公示`);
    }
    if (p.exemptSimpleProcedure && facts.procedure === '简易')
      return f.notApplicable('简易程序决定，按参数设置不逐案公示');
    const n =
      facts.actType === '行政处罚' || facts.actType === '行政许可'
        ? p.penaltyLicensingWorkingDays
        : p.otherWorkingDays;
    const deadline = explainWorkingDeadline(d.date, n, calendar);
    const basis = `${facts.actType}决定应于 ${n} 个工作日内公示`;
    if (!pub) {
      return f.unknown(`${basis}：决定 ${d.date}；${deadline.text}。案卷未录入公示日期`, ['公示日期'], {
        evidence: [d.source],
      });
    }
    if (compareIsoDates(pub.date, d.date) < 0) {
      return f.unknown(
        `公示日期 ${pub.date} 早于决定日期 ${d.date}，日期顺序有误，请核对`,
        ['公示日期（顺序有误）'],
        {
          evidence: [d.source, pub.source],
        },
      );
    }
    const late = compareIsoDates(pub.date, addWorkingDays(d.date, n, calendar)) > 0;
    const k = countWorkingDaysBetween(d.date, pub.date, calendar);
    const pubText = calendar.dayInfo(pub.date).working
      ? ` 为第 ${k} 个工作日`
      : `（非工作日，此前共 ${k} 个工作日）`;
    const core = `${basis}：决定 ${d.date}；第 ${n} 个工作日为 ${describeDay(deadline.deadline, calendar)}；公示 ${pub.date}${pubText}`;
    const missingFields = pub.fieldsPresent
      ? p.requiredFields.filter((x) => !pub.fieldsPresent?.includes(x))
      : [];
    const evidence = [d.source, pub.source];
    if (late) {
      const special = summarizeSpecialDays(listDaysBetween(d.date, pub.date, calendar));
      return f.fail(`${core} → 超期${special ? `（其间：${special}）` : ''}`, { evidence });
    }
    if (missingFields.length > 0)
      return f.fail(`${core} → 期限内；但公示内容缺少：${missingFields.join('、')}`, { evidence });
    const warnings = pub.fieldsPresent ? [] : ['未录入公示内容要素，公示内容是否完整须人工核对'];
    return f.pass(`${core} → 期限内`, { evidence, warnings });
  },
};
