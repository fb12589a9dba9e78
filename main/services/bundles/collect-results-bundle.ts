import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import type { AuditWireEntry } from '../audit';
import { COLUMNS, type Row } from './bundle-rows';
import type { BundleContent } from './write-bundle';

const select = (db: Kysely<DB>, table: keyof typeof COLUMNS) =>
  (db as unknown as Kysely<Record<string, Row>>).selectFrom(table).select([...COLUMNS[table]]);

/**
 * The reviewer's own work on their share of a campaign: their reviews (with
 * items and history), their annotations on those dossiers, which assignment
 * each review answers, and this workstation's whole audit chain (a chain is
 * only verifiable from its first entry). Nothing of other reviewers.
 */
export async function collectResultsBundle(
  db: Kysely<DB>,
  campaignId: string,
  reviewer: ReviewerIdentity,
  auditChain: AuditWireEntry[],
): Promise<Omit<BundleContent, 'meta'> & { member: Row; campaign: Row; reviewCount: number }> {
  const campaign = (await select(db, 'campaigns').where('id', '=', campaignId).executeTakeFirst()) as
    Row | undefined;
  if (!campaign) throw new AppError('E_NOT_FOUND', `评查活动不存在：${campaignId}`);
  const member = (await select(db, 'campaign_members')
    .where('campaign_id', '=', campaignId)
    .where('name', '=', reviewer.name)
    .where('unit', '=', reviewer.unit)
    .executeTakeFirst()) as Row | undefined;
  if (!member)
    throw new AppError(
      'E_CONFLICT',
      `当前评查人员 ${reviewer.name}（${reviewer.unit || '未填单位'}）不是该评查活动的成员，无法导出结果包`,
    );
  const assignments = (await select(db, 'campaign_assignments')
    .where('campaign_id', '=', campaignId)
    .where('member_id', '=', String(member.id))
    .execute()) as Row[];
  const caseIds = [...new Set(assignments.map((a) => String(a.case_id)))];
  const reviews =
    caseIds.length === 0
      ? []
      : ((await select(db, 'reviews')
          .where('case_id', 'in', caseIds)
          .where('reviewer_name', '=', reviewer.name)
          .where('reviewer_unit', '=', reviewer.unit)
          .execute()) as Row[]);
  const reviewIds = reviews.map((r) => String(r.id));
  const versionIds = [...new Set(reviews.map((r) => String(r.standard_version_id)))];
  const none = <T>(ids: string[], q: () => Promise<T[]>) => (ids.length === 0 ? Promise.resolve([]) : q());
  return {
    campaign,
    member,
    reviewCount: reviews.length,
    data: {
      links: assignments.map((a) => ({ assignment_id: a.id, case_id: a.case_id, review_id: a.review_id })),
      reviews,
      'review-items': await none(reviewIds, () =>
        select(db, 'review_items').where('review_id', 'in', reviewIds).execute(),
      ),
      'review-history': await none(reviewIds, () =>
        select(db, 'review_history').where('review_id', 'in', reviewIds).orderBy('at').execute(),
      ),
      'standard-versions': await none(versionIds, () =>
        select(db, 'standard_versions').where('id', 'in', versionIds).execute(),
      ),
      annotations: await none(caseIds, () =>
        select(db, 'annotations')
          .where('case_id', 'in', caseIds)
          .where('author_name', '=', reviewer.name)
          .where('author_unit', '=', reviewer.unit)
          .execute(),
      ),
      audit: auditChain,
    },
    blobs: [],
  };
}
