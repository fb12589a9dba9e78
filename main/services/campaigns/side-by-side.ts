import { AppError } from '../../../preload/contract/app-error';
import type {
  CampaignSettings,
  ComparisonItem,
  ComparisonReviewer,
} from '../../../preload/contract/methods/campaigns';
import type { ItemFinding, ReviewView } from '../../../preload/contract/methods/reviews';
import { campaignGrade } from './campaign-grade';
import { itemSpread } from './review-flags';
import type { StoredDecisions } from './stored-decisions';

export const findingOf = (view: ReviewView, itemCode: string): ItemFinding | null => {
  const r = view.results.find((x) => x.itemCode === itemCode);
  if (!r) return null;
  const { itemCode: _c, createdAt: _a, updatedAt: _u, ...finding } = r;
  return finding;
};

export const sameFinding = (a: ItemFinding | null, b: ItemFinding | null) =>
  JSON.stringify(a) === JSON.stringify(b);

/**
 * The reviewers' submitted reviews of one dossier side by side: totals and
 * grades (under the campaign's bands when set), and every item with each
 * reviewer's finding and score, whether they differ and by how much. Reviews
 * scored against different standard contents cannot be compared item by item.
 */
export function sideBySide(
  views: readonly ReviewView[],
  members: readonly { member_id: string; name: string; unit: string }[],
  settings: CampaignSettings,
  decisions: StoredDecisions,
): { reviewers: ComparisonReviewer[]; items: ComparisonItem[] } {
  if (new Set(views.map((v) => v.review.standardHash)).size > 1) {
    throw new AppError(
      'E_CONFLICT',
      `本案卷的评查使用了不同版本的评查标准（${[...new Set(views.map((v) => `${v.review.standardCode}@${v.review.standardVersion}`))].join('、')}），不能逐项合议；请相关评查人员按活动指定的标准重新评查`,
    );
  }
  const reviewers = views.map((v, i): ComparisonReviewer => {
    const grade = campaignGrade(v.report, settings.gradeBands);
    return {
      memberId: members[i]!.member_id,
      name: members[i]!.name,
      unit: members[i]!.unit,
      reviewId: v.review.id,
      total: v.report.total,
      grade: grade.label,
      pass: grade.pass,
      vetoes: v.report.vetoes.map((x) => x.title),
    };
  });
  const items = views[0]!.report.items.map((item): ComparisonItem => {
    const cells = views.map((v) => {
      const score = v.report.items.find((x) => x.itemCode === item.itemCode);
      return {
        finding: findingOf(v, item.itemCode),
        score: score?.score ?? null,
        status: score?.status ?? 'unscored',
      };
    });
    const spread = itemSpread(cells.map((c) => c.score));
    const statusesDiffer = new Set(cells.map((c) => c.status)).size > 1;
    return {
      itemCode: item.itemCode,
      title: item.title,
      max: item.max,
      cells,
      differs: spread.differs || statusesDiffer,
      spread: spread.spread,
      decision: decisions.items[item.itemCode] ?? null,
    };
  });
  return { reviewers, items };
}
