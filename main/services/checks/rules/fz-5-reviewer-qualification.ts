import { compareIsoDates } from '../calendar/iso-date';
import { findingsFor, worstOf } from './rule-helpers';
import type { CheckResult, RuleDefinition } from './rule-types';

const head = {
  id: 'FZ-5',
  system: '法制审核',
  legalBasis:
    '《行政处罚法》第五十八条第二款（初次从事行政处罚决定法制审核的人员，应当通过国家统一法律职业资格考试取得法律职业资格），2021年7月15日施行',
} as const;

/** FZ-5: reviewers first appointed on/after 2021-07-15 hold 法律职业资格. */
export const fz5ReviewerQualification: RuleDefinition = {
  ...head,
  title: '法制审核人员具备法律职业资格',
  run({ facts, params }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政处罚')
      return f.notApplicable('第五十八条第二款仅适用于行政处罚决定的法制审核');
    const reviews = facts.events.legalReviews;
    if (reviews.length === 0) return f.notApplicable('案卷无法制审核记录');
    const from = params.legalReview.qualificationRequiredFrom;
    const known = new Map(facts.legalReviewers.map((r) => [r.name, r]));
    const lines: string[] = [];
    const results: CheckResult[] = [];
    const missing: string[] = [];
    for (const name of new Set(reviews.map((r) => r.reviewer))) {
      const r = known.get(name);
      if (!r) {
        results.push('无法判定');
        lines.push(`“${name}”不在法制审核人员名单中`);
        missing.push(`审核人员“${name}”的资格信息`);
      } else if (!r.firstAppointedDate) {
        results.push(r.legalQualification ? '符合' : '无法判定');
        lines.push(
          r.legalQualification ? `${name}：具有法律职业资格` : `${name}：初次从事法制审核日期未录入`,
        );
        if (!r.legalQualification) missing.push(`${name} 初次从事法制审核的日期`);
      } else if (compareIsoDates(r.firstAppointedDate, from) < 0) {
        results.push('符合');
        lines.push(`${name}：${r.firstAppointedDate} 初次从事法制审核，早于 ${from}，不受资格要求限制`);
      } else if (r.legalQualification === true) {
        results.push('符合');
        lines.push(`${name}：${r.firstAppointedDate} 初次从事法制审核，具有法律职业资格`);
      } else if (r.legalQualification === false) {
        results.push('不符合');
        lines.push(`${name}：${r.firstAppointedDate} 初次从事法制审核（${from} 以后），未取得法律职业资格`);
      } else {
        results.push('无法判定');
        lines.push(`${name}：${r.firstAppointedDate} 初次从事法制审核，是否具有法律职业资格未录入`);
        missing.push(`${name} 是否具有法律职业资格`);
      }
    }
    const text = lines.join('；');
    const evidence = facts.legalReviewers.map((r) => r.source);
    const result = worstOf(results);
    if (result === '不符合') return f.fail(text, { evidence });
    if (result === '无法判定') return f.unknown(text, missing, { evidence });
    return f.pass(text, { evidence });
  },
};
