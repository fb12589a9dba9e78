import { compareIsoDates } from '../calendar/iso-date';
import { addWorkingDays, countWorkingDaysBetween } from '../calendar/working-days';
import { describeDay, summarizeSpecialDays } from '../calendar/explain-days';
import { listDaysBetween } from '../calendar/working-days';
import { findingsFor } from './rule-helpers';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'QX-LIC',
  system: '程序',
  legalBasis:
    '《行政许可法》第四十二条（受理之日起二十日内作出决定；经本机关负责人批准可延长十日，并将延长理由告知申请人）、第四十五条（听证、检验、专家评审等时间不计算在内，应书面告知）、第八十二条（期限以工作日计算）',
} as const;

/** QX-LIC: licensing decision within 20 working days of acceptance (+10 with approval and reasons told). */
export const qxLicLicensingDeadline: RuleDefinition = {
  ...head,
  title: '行政许可决定期限',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政许可') return f.notApplicable('非行政许可案件');
    const lic = facts.events.licensing;
    const d = facts.events.decision;
    const missing = [...(lic?.acceptedDate ? [] : ['受理日期']), ...(d ? [] : ['许可决定日期'])];
    if (!lic?.acceptedDate || !d) return f.unknown(`缺少${missing.join('、')}`, missing);
    const accepted = lic.acceptedDate;
    const evidence = [lic.source, d.source];
    if (compareIsoDates(d.date, accepted) < 0) {
      return f.unknown(
        `决定日期 ${d.date} 早于受理日期 ${accepted}，日期顺序有误`,
        ['受理/决定日期（顺序有误）'],
        { evidence },
      );
    }
    const warnings: string[] = [];
    if (
      lic.applicationDate &&
      compareIsoDates(accepted, addWorkingDays(lic.applicationDate, 5, calendar)) > 0
    ) {
      warnings.push(
        `申请 ${lic.applicationDate} 至受理 ${accepted} 超过 5 个工作日；如未在 5 个工作日内一次告知补正，自收到材料之日起即为受理（第三十二条第一款第（四）项）`,
      );
    }
    let n = params.licensing.decisionWorkingDays;
    const parts = [`${n} 个工作日`];
    if (lic.extensionApproved) {
      if (lic.extensionReasonTold === false) warnings.push('延长期限未将理由告知申请人，延长不计入');
      else {
        n += params.licensing.extensionWorkingDays;
        parts.push(`经批准延长 ${params.licensing.extensionWorkingDays} 个工作日`);
        if (lic.extensionReasonTold === undefined) warnings.push('未录入是否将延长理由告知申请人');
      }
    }
    if (lic.excludedWorkingDays) {
      n += lic.excludedWorkingDays;
      parts.push(`书面告知的不计入期间 ${lic.excludedWorkingDays} 个工作日`);
    }
    const deadline = addWorkingDays(accepted, n, calendar);
    const special = summarizeSpecialDays(listDaysBetween(accepted, deadline, calendar));
    const k = countWorkingDaysBetween(accepted, d.date, calendar);
    const calc = `受理 ${accepted}；期限 ${parts.join(' + ')}，第 ${n} 个工作日为 ${describeDay(deadline, calendar)}${special ? `（其间：${special}）` : ''}；决定 ${d.date} 为受理后第 ${k} 个工作日`;
    return compareIsoDates(d.date, deadline) <= 0
      ? f.pass(`${calc} → 期限内`, { evidence, warnings })
      : f.fail(`${calc} → 超期`, { evidence, warnings });
  },
};
