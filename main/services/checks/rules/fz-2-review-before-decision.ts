import { compareIsoDates } from '../calendar/iso-date';
import { findingsFor } from './rule-helpers';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'FZ-2',
  system: '法制审核',
  legalBasis:
    '《行政处罚法》第五十八条第一款（未经法制审核或者审核未通过的，不得作出决定）；生态环境行政执法案卷评查细则（2024年版）第19项',
} as const;

/** FZ-2: the last review before the decision is dated on/before it and says 同意. */
export const fz2ReviewBeforeDecision: RuleDefinition = {
  ...head,
  title: '法制审核在决定前且审核通过',
  run({ facts }) {
    const f = findingsFor(head);
    const d = facts.events.decision;
    const reviews = [...facts.events.legalReviews].sort((a, b) => compareIsoDates(a.date, b.date));
    if (reviews.length === 0) return f.notApplicable('案卷无法制审核记录（是否应当审核见 FZ-1）');
    if (!d) return f.unknown('未录入决定日期，无法核对审核与决定的先后', ['决定日期']);
    const evidence = [...reviews.map((r) => r.source), d.source];
    const before = reviews.filter((r) => compareIsoDates(r.date, d.date) <= 0);
    const last = before[before.length - 1];
    if (!last)
      return f.fail(
        `法制审核 ${reviews.map((r) => r.date).join('、')} 均晚于决定 ${d.date}，属于先决定后审核`,
        { evidence },
      );
    if (last.outcome !== '同意') {
      return f.fail(
        `决定 ${d.date} 前最后一次法制审核（${last.date}，${last.reviewer}）结论为“${last.outcome}”，审核未通过即作出决定`,
        { evidence },
      );
    }
    const warnings: string[] = [];
    const later = [
      ...facts.events.statements
        .filter((s) => compareIsoDates(s.date, last.date) > 0)
        .map((s) => `陈述申辩 ${s.date}`),
      ...(facts.events.hearing?.heldDate && compareIsoDates(facts.events.hearing.heldDate, last.date) > 0
        ? [`听证 ${facts.events.hearing.heldDate}`]
        : []),
    ];
    if (later.length > 0)
      warnings.push(
        `${later.join('、')} 晚于法制审核 ${last.date}；如提出新的事实、理由或证据，应重新审核（ECO24 第19项）`,
      );
    return f.pass(`法制审核 ${last.date}（${last.reviewer}，同意）不晚于决定 ${d.date}`, {
      evidence,
      warnings,
    });
  },
};
