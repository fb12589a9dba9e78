import { compareIsoDates } from '../calendar/iso-date';
import { addWorkingDays, countWorkingDaysBetween } from '../calendar/working-days';
import { findingsFor } from './rule-helpers';
import { hearingRightScope, investigatorNames } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'QX-HEAR',
  system: '程序',
  legalBasis:
    '《行政处罚法》第六十三条（听证范围）、第六十四条（告知后五日内提出；举行听证的七日前通知；主持人由非本案调查人员担任）、第八十五条（工作日）',
} as const;

/** QX-HEAR: hearing right told when due; notice ≥7 wd before the hearing; chair not an investigator; decision after the hearing. */
export const qxHearHearing: RuleDefinition = {
  ...head,
  title: '听证程序',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政处罚') return f.notApplicable('非行政处罚案件');
    if (facts.procedure === '简易') return f.notApplicable('简易程序不适用听证');
    const h = facts.events.hearing;
    const d = facts.events.decision;
    const scope = hearingRightScope(facts, params);
    const notices = facts.events.notices;
    if (!h?.requestedDate) {
      if (
        scope.inScope === true &&
        notices.length > 0 &&
        notices.every((n) => n.hearingRightNotified === false)
      ) {
        return f.fail(`应当告知听证权利（${scope.reasons.join('；')}），告知书未告知`, {
          evidence: notices.map((n) => n.source),
        });
      }
      if (scope.inScope === true && notices.every((n) => n.hearingRightNotified === undefined)) {
        return f.unknown(`属于听证范围（${scope.reasons.join('；')}），未录入是否告知听证权利`, [
          '告知书是否告知听证权利',
        ]);
      }
      return f.notApplicable(
        `当事人未申请听证${scope.inScope === true ? `（已告知听证权利：${scope.reasons.join('；')}）` : ''}`,
      );
    }
    const evidence = [h.source, d?.source];
    const problems: string[] = [];
    const notes: string[] = [`申请听证 ${h.requestedDate}`];
    const warnings: string[] = [];
    const served = notices
      .map((n) => n.servedDate)
      .filter((x): x is string => x !== undefined)
      .sort();
    const lastServed = served[served.length - 1];
    if (lastServed) {
      const deadline = addWorkingDays(lastServed, params.hearing.requestWorkingDays, calendar);
      if (compareIsoDates(h.requestedDate, deadline) > 0)
        warnings.push(
          `听证申请 ${h.requestedDate} 晚于申请期限 ${deadline}（告知书送达 ${lastServed} 后第 ${params.hearing.requestWorkingDays} 个工作日）`,
        );
    }
    if (h.withdrawn)
      return f.notApplicable(`当事人申请听证 ${h.requestedDate} 后撤回`, { evidence, warnings });
    if (!h.heldDate) {
      if (d) problems.push(`当事人申请听证，但未见举行听证即于 ${d.date} 作出决定`);
      else return f.unknown('当事人申请听证，未录入听证举行日期', ['听证举行日期']);
    } else {
      notes.push(`举行听证 ${h.heldDate}`);
      if (!h.noticeDate)
        return f.unknown(`举行听证 ${h.heldDate}；未录入听证通知送达日期`, ['听证通知送达日期'], {
          evidence,
        });
      if (compareIsoDates(h.heldDate, h.noticeDate) < 0) {
        return f.unknown(
          `听证日期 ${h.heldDate} 早于通知日期 ${h.noticeDate}，日期顺序有误`,
          ['听证日期（顺序有误）'],
          { evidence },
        );
      }
      const n = params.hearing.noticeWorkingDaysBefore;
      const earliest = addWorkingDays(h.noticeDate, n, calendar);
      const k = countWorkingDaysBetween(h.noticeDate, h.heldDate, calendar);
      notes.push(`通知 ${h.noticeDate}，听证日为通知后第 ${k} 个工作日（最早可在 ${earliest}）`);
      if (compareIsoDates(h.heldDate, earliest) < 0)
        problems.push(`听证通知未在举行听证 ${n} 个工作日前送达`);
      if (!h.chair) return f.unknown(`${notes.join('；')}；未录入听证主持人`, ['听证主持人'], { evidence });
      if (investigatorNames(facts).has(h.chair)) problems.push(`听证主持人 ${h.chair} 是本案调查人员`);
      if (d && compareIsoDates(d.date, h.heldDate) < 0)
        problems.push(`决定 ${d.date} 早于听证 ${h.heldDate}`);
    }
    if (problems.length > 0)
      return f.fail(`${notes.join('；')}；${problems.join('；')}`, { evidence, warnings });
    return f.pass(`${notes.join('；')}；主持人 ${h.chair ?? ''} 非调查人员`, { evidence, warnings });
  },
};
