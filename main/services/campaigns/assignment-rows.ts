import type { Kysely } from 'kysely';
import type { AssignmentReviewStatus, CampaignAssignment } from '../../../preload/contract/methods/campaigns';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { conflictsWith } from './avoidance';

/** Assignments joined with member, dossier and the member's own review (status only). */
export const assignmentQuery = (trx: Kysely<DB>) =>
  trx
    .selectFrom('campaign_assignments as a')
    .innerJoin('campaign_members as m', 'm.id', 'a.member_id')
    .innerJoin('cases as c', 'c.id', 'a.case_id')
    .innerJoin('campaign_cases as cc', (j) =>
      j.onRef('cc.campaign_id', '=', 'a.campaign_id').onRef('cc.case_id', '=', 'a.case_id'),
    )
    .leftJoin('reviews as r', 'r.id', 'a.review_id')
    .where('cc.removed_at', 'is', null)
    .select([
      'a.id',
      'a.campaign_id',
      'a.case_id',
      'a.member_id',
      'a.review_id',
      'a.override',
      'a.override_reason',
      'm.name as member_name',
      'm.unit as member_unit',
      'c.case_number',
      'c.name as case_name',
      'c.agency',
      'c.act_type',
      'r.status as review_status',
    ]);

type Row = Awaited<ReturnType<ReturnType<typeof assignmentQuery>['execute']>>[number];

export const statusOf = (r: {
  review_id: string | null;
  review_status: 'draft' | 'submitted' | null;
}): AssignmentReviewStatus =>
  r.review_id === null || r.review_status === null ? 'not_started' : r.review_status;

export const toAssignment = (r: Row): CampaignAssignment => ({
  id: r.id,
  caseId: r.case_id,
  caseNumber: r.case_number ?? '',
  caseName: r.case_name ?? '',
  agency: r.agency ?? '',
  memberId: r.member_id,
  memberName: r.member_name,
  memberUnit: r.member_unit,
  reviewId: r.review_id,
  reviewStatus: statusOf(r),
  conflict: conflictsWith(r.member_unit, r.agency ?? ''),
  override: r.override === 1,
  overrideReason: r.override_reason,
});

/**
 * Links a reviewer's own review to their assignment once it exists (whether it
 * was opened from the queue or from the case's 评查打分 tab).
 */
export async function linkReview(
  trx: Kysely<DB>,
  review: { id: string; case_id: string; standard_version_id: string },
  actor: ReviewerIdentity,
): Promise<void> {
  const open = await trx
    .selectFrom('campaign_assignments as a')
    .innerJoin('campaign_members as m', 'm.id', 'a.member_id')
    .innerJoin('campaigns as c', 'c.id', 'a.campaign_id')
    .select(['a.id', 'c.standards', 'c.name'])
    .where('a.case_id', '=', review.case_id)
    .where('a.review_id', 'is', null)
    .where('m.name', '=', actor.name)
    .where('m.unit', '=', actor.unit)
    .execute();
  const kase = await trx
    .selectFrom('cases')
    .select('act_type')
    .where('id', '=', review.case_id)
    .executeTakeFirst();
  for (const a of open) {
    const standards = JSON.parse(a.standards) as Record<string, string>;
    const wanted = (kase?.act_type ? standards[kase.act_type] : undefined) ?? standards['*'];
    if (wanted === review.standard_version_id) {
      await trx
        .updateTable('campaign_assignments')
        .set({ review_id: review.id })
        .where('id', '=', a.id)
        .execute();
    }
  }
}
