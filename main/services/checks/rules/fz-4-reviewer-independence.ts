import { findingsFor } from './rule-helpers';
import { investigatorNames } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'FZ-4',
  system: '法制审核',
  legalBasis:
    '国办发〔2018〕118号（审核机构审核执法主体、程序等，案件调查与审核分离）；生态环境行政执法案卷评查细则（2024年版）第21项（案件调查人员同时作为本案审查人员为否决项）',
} as const;

/** FZ-4 (subject of review): the legal reviewer is not one of this case's investigators. */
export const fz4ReviewerIndependence: RuleDefinition = {
  ...head,
  title: '法制审核人员非本案调查人员',
  run({ facts }) {
    const f = findingsFor(head);
    const reviews = facts.events.legalReviews;
    if (reviews.length === 0) return f.notApplicable('案卷无法制审核记录');
    const investigators = investigatorNames(facts);
    const reviewers = [...new Set(reviews.map((r) => r.reviewer))];
    const clash = reviewers.filter((r) => investigators.has(r));
    const evidence = reviews.map((r) => r.source);
    if (clash.length > 0) return f.fail(`${clash.join('、')} 既参与本案调查又担任法制审核人员`, { evidence });
    if (investigators.size === 0)
      return f.unknown(
        `审核人员 ${reviewers.join('、')}；未录入本案调查人员，无法核对是否兼任`,
        ['调查取证活动的在场执法人员'],
        { evidence },
      );
    return f.pass(
      `审核人员 ${reviewers.join('、')} 不在本案调查人员（${[...investigators].join('、')}）之中`,
      { evidence },
    );
  },
};
