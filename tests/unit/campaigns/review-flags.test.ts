import { describe, expect, it } from 'vitest';
import { itemSpread, reviewFlags } from '../../../main/services/campaigns/review-flags';

describe('复核 rules', () => {
  const ok = (total: number, grade = '良好') => ({ total, grade, pass: true });

  it('flags nothing when grades agree and totals are within the threshold (inclusive)', () => {
    expect(reviewFlags([ok(85), ok(82), ok(80)], 5)).toMatchObject({
      needsReview: false,
      totalSpread: 5,
      reasons: [],
    });
  });

  it('flags any 不合格, grade disagreement and a spread above the threshold, each with a reason', () => {
    const fail = reviewFlags([ok(65, '合格'), { total: 55, grade: '不合格', pass: false }], 20);
    expect(fail).toMatchObject({ anyFail: true, gradesDiffer: true, needsReview: true, totalSpread: 10 });
    expect(fail.reasons).toHaveLength(2);
    const spread = reviewFlags([ok(89.5), ok(80.25)], 5);
    expect(spread).toMatchObject({
      anyFail: false,
      gradesDiffer: false,
      totalSpread: 9.25,
      needsReview: true,
    });
    expect(spread.reasons[0]).toContain('9.25');
    expect(reviewFlags([ok(92, '优秀'), ok(88)], 10).reasons[0]).toContain('优秀／良好');
  });

  it('measures item divergence; N/A against a score is a difference', () => {
    expect(itemSpread([4, 4, 4])).toEqual({ differs: false, spread: 0 });
    expect(itemSpread([4, 2.5])).toEqual({ differs: true, spread: 1.5 });
    expect(itemSpread([null, 4])).toEqual({ differs: true, spread: 0 });
    expect(itemSpread([null, null])).toEqual({ differs: false, spread: 0 });
  });
});
