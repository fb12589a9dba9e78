import { AppError } from '../../../preload/contract/app-error';
import type { ReviewSummary, ReviewView } from '../../../preload/contract/methods/reviews';

export interface ReviewReader {
  get(id: string): Promise<ReviewView>;
  listForCase(caseId: string): Promise<ReviewSummary[]>;
  /** Submitted review ids of the case, latest first; cheaper than listForCase (no scoring). */
  submittedIds?(caseId: string): Promise<string[]>;
}

/**
 * Which review a report prints. An explicit id wins (drafts allowed: the
 * report then says 草稿). Otherwise the latest submitted review of the case —
 * the campaigns capability stores a consolidated result as a normal submitted
 * review, so extending this choice (e.g. preferring a consolidated row) is a
 * change here only.
 */
export async function selectReportReview(
  reviews: ReviewReader,
  caseId: string,
  reviewId?: string,
): Promise<ReviewView> {
  if (reviewId) {
    const view = await reviews.get(reviewId);
    if (view.review.caseId !== caseId) {
      throw new AppError('E_INVALID_ARGS', `评查记录 ${reviewId} 不属于案卷 ${caseId}`, { reviewId, caseId });
    }
    return view;
  }
  const latest = reviews.submittedIds
    ? (await reviews.submittedIds(caseId))[0]
    : (await reviews.listForCase(caseId))
        .filter((r) => r.status === 'submitted')
        .sort((a, b) => (b.submittedAt ?? '').localeCompare(a.submittedAt ?? ''))[0]?.id;
  if (!latest) {
    throw new AppError(
      'E_CONFLICT',
      '该案卷还没有已提交的评查，不能生成评查意见书。请先在“评查打分”中完成并提交评查，或指定一条评查记录。',
      { caseId },
    );
  }
  return reviews.get(latest);
}
