import { compareIsoDates } from '../calendar/iso-date';
import { describeDay, explainWorkingDeadline } from '../calendar/explain-days';
import { findingsFor } from './rule-helpers';
import { hearingRightScope } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'QX-WAIT',
  system: '程序',
  legalBasis:
    '《行政处罚法》第四十四条、第四十五条、第六十二条、第六十四条第（一）项、第八十五条；生态环境行政执法案卷评查细则（2024年版）第14项（期限自告知书送达之日起算，不得将工作日按自然日计算）',
} as const;

/**
 * QX-WAIT: the decision comes only after the statement period printed on the
 * 告知书 and (where a hearing right exists) the 5-working-day hearing-request
 * period have both run out, counted from **service**, unless waived in writing.
 */
export const qxWaitStatementPeriod: RuleDefinition = {
  ...head,
  title: '告知后期限届满方可决定',
  run({ facts, params, calendar }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政处罚') return f.notApplicable('非行政处罚案件');
    if (facts.procedure === '简易') return f.notApplicable('简易程序当场作出决定，不适用等待期');
    const d = facts.events.decision;
    if (!d) return f.unknown('未录入决定日期', ['决定日期']);
    if (d.kind !== '处罚') return f.notApplicable(`${d.kind}决定，不适用第六十二条`);
    const notices = facts.events.notices.filter((n) => n.kind !== '其他');
    if (notices.length === 0) {
      return f.unknown('未录入行政处罚事先告知书；如案卷确无告知，违反第六十二条', [
        '告知书送达日期',
        '告知书载明的陈述申辩期限',
      ]);
    }
    const served = notices
      .filter((n) => n.servedDate !== undefined)
      .sort((a, b) => compareIsoDates(a.servedDate ?? '', b.servedDate ?? ''));
    const notice = served[served.length - 1];
    if (!notice?.servedDate) {
      return f.unknown(
        `告知书${notices[0]?.issuedDate ? `落款 ${notices[0].issuedDate}，但` : ''}未录入送达日期；期限自送达之日起算，不能以落款日期代替`,
        ['告知书送达日期'],
      );
    }
    const servedDate = notice.servedDate;
    const evidence = [notice.source, d.source];
    if (notice.issuedDate && compareIsoDates(servedDate, notice.issuedDate) < 0) {
      return f.unknown(
        `告知书送达日期 ${servedDate} 早于落款日期 ${notice.issuedDate}，日期顺序有误`,
        ['告知书送达日期（顺序有误）'],
        { evidence },
      );
    }
    if (compareIsoDates(d.date, servedDate) <= 0) {
      return f.fail(`决定 ${d.date} 不晚于告知书送达 ${servedDate}，未给予陈述申辩机会`, { evidence });
    }
    const waived = (kind: '陈述申辩' | '听证'): boolean =>
      facts.waivers.some((w) => w.kind === kind && w.written);
    const periods: { what: string; end: string; text: string }[] = [];
    const missing: string[] = [];
    if (!waived('陈述申辩')) {
      if (notice.periodWorkingDays === undefined) missing.push('告知书载明的陈述申辩期限');
      else {
        const x = explainWorkingDeadline(servedDate, notice.periodWorkingDays, calendar);
        periods.push({
          what: `陈述申辩期 ${notice.periodWorkingDays} 个工作日`,
          end: x.deadline,
          text: x.text,
        });
      }
    }
    const hearingScope = hearingRightScope(facts, params);
    const hearingApplies = notice.hearingRightNotified === true || hearingScope.inScope === true;
    if (hearingApplies && !waived('听证')) {
      const n = params.hearing.requestWorkingDays;
      const x = explainWorkingDeadline(servedDate, n, calendar);
      periods.push({ what: `听证申请期 ${n} 个工作日`, end: x.deadline, text: x.text });
    } else if (notice.hearingRightNotified === undefined && hearingScope.inScope === undefined) {
      missing.push('是否告知听证权利');
    }
    if (missing.length > 0)
      return f.unknown(`告知书送达 ${servedDate}；缺少：${missing.join('、')}`, missing, { evidence });
    const waivedText = facts.waivers
      .filter((w) => w.written)
      .map((w) => `书面放弃${w.kind}`)
      .join('、');
    if (periods.length === 0)
      return f.pass(`当事人${waivedText}，决定 ${d.date} 晚于告知书送达 ${servedDate}`, { evidence });
    const latest = periods.reduce((a, b) => (compareIsoDates(a.end, b.end) >= 0 ? a : b));
    const summary = `告知书送达 ${servedDate}；${periods.map((p) => `${p.what}届满于 ${describeDay(p.end, calendar)}`).join('；')}${waivedText ? `；${waivedText}` : ''}`;
    if (compareIsoDates(d.date, latest.end) <= 0) {
      return f.fail(
        `${summary}；决定 ${d.date} 在期限届满日 ${latest.end} 当日或之前作出 → 未等待期限届满。${latest.text}`,
        { evidence },
      );
    }
    return f.pass(`${summary}；决定 ${d.date} 在期限届满之后`, { evidence });
  },
};
