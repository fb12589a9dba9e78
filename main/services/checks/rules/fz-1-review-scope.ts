import { findingsFor } from './rule-helpers';
import { legalReviewScope } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'FZ-1',
  system: '法制审核',
  legalBasis:
    '《行政处罚法》第五十八条第一款（重大公共利益；直接关系重大权益且经过听证；案情疑难复杂涉及多个法律关系；法律法规规定的其他情形）；国办发〔2018〕118号；本机关法制审核目录清单',
} as const;

/** FZ-1: when the case falls in the review scope, a legal-review record must exist. */
export const fz1ReviewScope: RuleDefinition = {
  ...head,
  title: '应当法制审核的案件已审核',
  run({ facts, params }) {
    const f = findingsFor(head);
    if (!facts.events.decision)
      return f.unknown('未录入决定，无法判断是否属于法制审核范围', ['决定（日期、处罚种类、金额）']);
    const scope = legalReviewScope(facts, params);
    const reviews = facts.events.legalReviews;
    const notes = scope.notes;
    if (scope.inScope === true) {
      const why = `属于法制审核范围：${scope.reasons.join('；')}`;
      if (reviews.length === 0)
        return f.fail(`${why}；案卷未见法制审核记录`, { evidence: [facts.events.decision.source] });
      return f.pass(
        `${why}；已有法制审核记录 ${reviews.map((r) => `${r.date}（${r.outcome}）`).join('、')}`,
        {
          evidence: reviews.map((r) => r.source),
        },
      );
    }
    if (scope.inScope === undefined) {
      return f.unknown(`无法判断是否达到法制审核目录标准：${notes.join('；')}`, scope.missing);
    }
    return f.notApplicable(`未达到法制审核目录标准${notes.length ? `（${notes.join('；')}）` : ''}`, {
      warnings: reviews.length === 0 ? ['是否涉及重大公共利益、案情是否疑难复杂，须人工判断'] : [],
    });
  },
};
