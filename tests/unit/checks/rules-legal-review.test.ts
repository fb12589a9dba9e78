import { describe, expect, it } from 'vitest';
import { caseWith, check } from './case-builder';

describe('FZ-1 legal review scope', () => {
  it('is not applicable below the catalogue thresholds, and says what was compared', () => {
    const f = check('FZ-1', caseWith());
    expect(f.result).toBe('不适用');
    expect(f.explanation).toContain('罚款 2,000 元 < 法人标准 100,000 元');
  });

  it('is required at the threshold (inclusive) and fails without a review', () => {
    const facts = caseWith((c) => {
      c.events.decision = { date: '2024-09-27', penaltyTypes: ['罚款'], amount: 100_000 };
      c.events.legalReviews = [];
    });
    const f = check('FZ-1', facts);
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('≥ 法人标准 100,000 元');
    expect(
      check(
        'FZ-1',
        caseWith(
          (c) => (c.events.decision = { date: '2024-09-27', penaltyTypes: ['罚款'], amount: 100_000 }),
        ),
      ).result,
    ).toBe('符合');
  });

  it('uses the natural-person threshold, hearing, penalty types and flags', () => {
    const person = caseWith((c) => {
      c.party = { kind: '自然人' };
      c.events.decision = { date: '2024-09-27', penaltyTypes: ['罚款'], amount: 10_000 };
      c.events.legalReviews = [];
    });
    expect(check('FZ-1', person).result).toBe('不符合');
    const heard = caseWith((c) => {
      c.events.hearing = {
        requestedDate: '2024-09-05',
        noticeDate: '2024-09-06',
        heldDate: '2024-09-18',
        chair: '钱八',
      };
      c.events.legalReviews = [];
    });
    expect(check('FZ-1', heard).explanation).toContain('经过听证');
    const revoked = caseWith((c) => {
      c.events.decision = { date: '2024-09-27', penaltyTypes: ['吊销许可证件'] };
      c.events.legalReviews = [];
    });
    expect(check('FZ-1', revoked).result).toBe('不符合');
    const flagged = caseWith((c) => {
      c.flags = { majorPublicInterest: true };
      c.events.legalReviews = [];
    });
    expect(check('FZ-1', flagged).explanation).toContain('涉及重大公共利益');
  });

  it('cannot decide when the party kind decides the threshold', () => {
    const f = check(
      'FZ-1',
      caseWith((c) => {
        delete c.party;
        c.events.decision = { date: '2024-09-27', penaltyTypes: ['罚款'], amount: 50_000 };
      }),
    );
    expect(f.result).toBe('无法判定');
    expect(f.missingFacts).toEqual(['当事人类型']);
  });

  it('thresholds are configurable', () => {
    const f = check(
      'FZ-1',
      caseWith((c) => (c.events.legalReviews = [])),
      { legalReview: { fineOrganisationMin: 2000 } },
    );
    expect(f.result).toBe('不符合');
  });
});

describe('FZ-2 review before decision and passed', () => {
  it('passes when the last review before the decision agrees', () => {
    expect(check('FZ-2', caseWith()).result).toBe('符合');
  });

  it('fails when reviewed only after the decision', () => {
    const f = check(
      'FZ-2',
      caseWith((c) => (c.events.legalReviews = [{ date: '2024-09-28', outcome: '同意', reviewer: '王五' }])),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('先决定后审核');
  });

  it('fails when the last review before the decision did not agree', () => {
    const f = check(
      'FZ-2',
      caseWith(
        (c) =>
          (c.events.legalReviews = [
            { date: '2024-09-10', outcome: '同意', reviewer: '王五' },
            { date: '2024-09-20', outcome: '退回', reviewer: '王五' },
          ]),
      ),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('“退回”');
  });

  it('warns when statements come after the review (re-review, ECO24 item 19)', () => {
    const f = check(
      'FZ-2',
      caseWith((c) => (c.events.statements = [{ date: '2024-09-24' }])),
    );
    expect(f.result).toBe('符合');
    expect(f.warnings?.[0]).toContain('应重新审核');
  });
});

describe('FZ-4 reviewer independence', () => {
  it('fails when the reviewer investigated the case', () => {
    expect(check('FZ-4', caseWith()).result).toBe('符合');
    const f = check(
      'FZ-4',
      caseWith((c) => (c.events.legalReviews = [{ date: '2024-09-20', outcome: '同意', reviewer: '张三' }])),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('张三');
  });
});

describe('FZ-5 reviewer qualification', () => {
  it('requires 法律职业资格 for reviewers first appointed on/after 2021-07-15', () => {
    expect(check('FZ-5', caseWith()).result).toBe('符合');
    const noQual = caseWith(
      (c) =>
        (c.legalReviewers = [{ name: '王五', legalQualification: false, firstAppointedDate: '2021-07-15' }]),
    );
    expect(check('FZ-5', noQual).result).toBe('不符合');
    const old = caseWith(
      (c) =>
        (c.legalReviewers = [{ name: '王五', legalQualification: false, firstAppointedDate: '2021-07-14' }]),
    );
    expect(check('FZ-5', old).result).toBe('符合');
  });

  it('unknown reviewer or missing data → 无法判定 naming it', () => {
    const unknown = check(
      'FZ-5',
      caseWith((c) => (c.legalReviewers = [])),
    );
    expect(unknown.result).toBe('无法判定');
    expect(unknown.explanation).toContain('“王五”不在法制审核人员名单中');
    const noDate = check(
      'FZ-5',
      caseWith((c) => (c.legalReviewers = [{ name: '王五' }])),
    );
    expect(noDate.missingFacts).toEqual(['王五 初次从事法制审核的日期']);
  });
});

describe('FZ-7 collective discussion', () => {
  const big = { date: '2024-09-27', penaltyTypes: ['罚款' as const], amount: 150_000 };

  it('is required for large fines and fails without a record', () => {
    expect(check('FZ-7', caseWith()).result).toBe('不适用');
    expect(
      check(
        'FZ-7',
        caseWith((c) => (c.events.decision = big)),
      ).result,
    ).toBe('不符合');
  });

  it('passes when held before the decision without investigators voting', () => {
    const f = check(
      'FZ-7',
      caseWith((c) => {
        c.events.decision = big;
        c.events.collectiveDiscussions = [
          { date: '2024-09-25', participants: ['局长', '副局长'], voters: ['局长', '副局长'] },
        ];
      }),
    );
    expect(f.result).toBe('符合');
  });

  it('fails when an investigator votes (ECO24 item 18)', () => {
    const f = check(
      'FZ-7',
      caseWith((c) => {
        c.events.decision = big;
        c.events.collectiveDiscussions = [{ date: '2024-09-25', voters: ['局长', '张三'] }];
      }),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('张三 参与表决');
  });

  it('fails when discussed before service and the party made statements afterwards (ECO24 item 17)', () => {
    const f = check(
      'FZ-7',
      caseWith((c) => {
        c.events.decision = big;
        c.events.collectiveDiscussions = [{ date: '2024-09-02', voters: ['局长'] }];
        c.events.statements = [{ date: '2024-09-05' }];
      }),
    );
    expect(f.result).toBe('不符合');
    expect(f.explanation).toContain('未重新集体讨论');
  });
});
