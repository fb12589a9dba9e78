import { compareIsoDates } from '../calendar/iso-date';
import { findingsFor } from './rule-helpers';
import { collectiveDiscussionScope, investigatorNames } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'FZ-7',
  system: '法制审核',
  legalBasis:
    '《行政处罚法》第五十七条第二款（情节复杂或者重大违法行为给予行政处罚，负责人应当集体讨论决定）；生态环境行政执法案卷评查细则（2024年版）第17、18项',
} as const;

/** FZ-7: collective discussion before the decision, repeated after later statements, investigators not voting. */
export const fz7CollectiveDiscussion: RuleDefinition = {
  ...head,
  title: '重大案件集体讨论',
  run({ facts, params }) {
    const f = findingsFor(head);
    const d = facts.events.decision;
    const list = [...facts.events.collectiveDiscussions].sort((a, b) => compareIsoDates(a.date, b.date));
    if (!d) return f.unknown('未录入决定，无法核对集体讨论', ['决定']);
    const scope = collectiveDiscussionScope(facts, params);
    if (list.length === 0) {
      if (scope.inScope === true)
        return f.fail(`须集体讨论（${scope.reasons.join('；')}），案卷未见集体讨论记录`);
      if (scope.inScope === undefined)
        return f.unknown(`无法判断是否须集体讨论：${scope.notes.join('；')}`, scope.missing);
      return f.notApplicable(
        `未达到须集体讨论的标准${scope.notes.length ? `（${scope.notes.join('；')}）` : ''}`,
      );
    }
    const evidence = [...list.map((c) => c.source), d.source];
    const problems: string[] = [];
    const before = list.filter((c) => compareIsoDates(c.date, d.date) <= 0);
    const last = before[before.length - 1];
    if (!last) problems.push(`集体讨论 ${list.map((c) => c.date).join('、')} 均晚于决定 ${d.date}`);
    if (last) {
      const served = facts.events.notices
        .map((n) => n.servedDate)
        .filter((x): x is string => x !== undefined)
        .sort();
      const lastServed = served[served.length - 1];
      const laterParty = [
        ...facts.events.statements
          .filter((s) => compareIsoDates(s.date, last.date) > 0)
          .map((s) => `陈述申辩 ${s.date}`),
        ...(facts.events.hearing?.requestedDate &&
        compareIsoDates(facts.events.hearing.requestedDate, last.date) > 0
          ? [`申请听证 ${facts.events.hearing.requestedDate}`]
          : []),
      ];
      if (lastServed && compareIsoDates(last.date, lastServed) < 0 && laterParty.length > 0) {
        problems.push(
          `集体讨论 ${last.date} 早于告知书送达 ${lastServed}，其后当事人${laterParty.join('、')}，未重新集体讨论（ECO24 第17项）`,
        );
      }
      const investigators = investigatorNames(facts);
      const voting = last.voters.filter((v) => investigators.has(v));
      if (voting.length > 0) problems.push(`本案调查人员 ${voting.join('、')} 参与表决（ECO24 第18项）`);
    }
    if (problems.length > 0) return f.fail(problems.join('；'), { evidence });
    if (last && last.voters.length === 0) {
      return f.unknown(
        `集体讨论 ${last.date} 未录入表决人员，无法核对调查人员是否参与表决`,
        ['集体讨论表决人员'],
        { evidence },
      );
    }
    const why = scope.inScope === true ? `须集体讨论（${scope.reasons.join('；')}）；` : '';
    return f.pass(`${why}集体讨论 ${last?.date ?? ''} 不晚于决定 ${d.date}，调查人员未参与表决`, {
      evidence,
    });
  },
};
