import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import type { ReviewerIdentityStore } from '../reviews/reviewer-identity';
import type { ReviewsService } from '../reviews/reviews-service';
import { linkReview } from './assignment-rows';

type Access = 'read' | 'write' | 'reopen';

/**
 * Blind scoring enforced in the API (issue #8): wraps the reviews service so
 * that, for reviews that belong to a campaign,
 * - only the reviewer themself may change their review (no two reviewers ever
 *   write the same row);
 * - another person may read it only once it is submitted, and only the
 *   campaign's leader or a panel member who has submitted their own review of
 *   the same dossier (a reviewer stays blind until they submit);
 * - the consolidated review changes only through campaigns.* and is readable
 *   by the leader, and by everyone once locked;
 * - a reviewer cannot reopen their review once the panel result is locked.
 * Reviews outside campaigns behave exactly as before.
 */
export function guardCampaignReviews(
  inner: ReviewsService,
  deps: { db: () => Kysely<DB>; reviewer: ReviewerIdentityStore },
): ReviewsService {
  const { db, reviewer } = deps;

  /** null when allowed, else the reason (Chinese). */
  const denial = async (
    reviewId: string,
    access: Access,
    actor: ReviewerIdentity | null,
  ): Promise<string | null> => {
    const review = await db()
      .selectFrom('reviews')
      .select(['id', 'case_id', 'reviewer_name', 'reviewer_unit', 'status'])
      .where('id', '=', reviewId)
      .executeTakeFirst();
    if (!review) return null; // the inner service reports E_NOT_FOUND
    const owner =
      actor !== null && actor.name === review.reviewer_name && actor.unit === review.reviewer_unit;
    const assignments = await db()
      .selectFrom('campaign_assignments')
      .select(['campaign_id'])
      .where('review_id', '=', reviewId)
      .execute();
    const results = await db()
      .selectFrom('campaign_results')
      .select(['campaign_id', 'locked'])
      .where('review_id', '=', reviewId)
      .execute();
    if (assignments.length === 0 && results.length === 0) return null;

    const roleIn = async (campaignId: string) =>
      actor === null
        ? undefined
        : await db()
            .selectFrom('campaign_members')
            .select(['id', 'role'])
            .where('campaign_id', '=', campaignId)
            .where('name', '=', actor.name)
            .where('unit', '=', actor.unit)
            .executeTakeFirst();

    if (results.length > 0) {
      if (access !== 'read') return '合议结果只能在“评查活动 → 合议”中由组长修改、锁定或重新打开';
      for (const r of results) {
        if (r.locked === 1 || (await roleIn(r.campaign_id))?.role === 'leader') return null;
      }
      return '合议结果锁定前只有组长可以查看';
    }

    const campaignIds = assignments.map((a) => a.campaign_id);
    if (owner) {
      if (access !== 'reopen') return null;
      const locked = await db()
        .selectFrom('campaign_results')
        .select('campaign_id')
        .where('campaign_id', 'in', campaignIds)
        .where('case_id', '=', review.case_id)
        .where('locked', '=', 1)
        .executeTakeFirst();
      return locked
        ? '本案卷的评查组合议结果已锁定，不能再重新打开个人评查；如确需修改，请组长先重新打开合议结果'
        : null;
    }
    if (access !== 'read') return `这是 ${review.reviewer_name} 的评查记录，只有本人可以修改`;
    if (review.status !== 'submitted')
      return `盲评：${review.reviewer_name} 的评查尚未提交，提交前其他人不能查看评分`;
    for (const campaignId of campaignIds) {
      const member = await roleIn(campaignId);
      if (!member) continue;
      if (member.role === 'leader') return null;
      const own = await db()
        .selectFrom('campaign_assignments as a')
        .innerJoin('reviews as r', 'r.id', 'a.review_id')
        .select('r.status')
        .where('a.campaign_id', '=', campaignId)
        .where('a.case_id', '=', review.case_id)
        .where('a.member_id', '=', member.id)
        .executeTakeFirst();
      if (own?.status === 'submitted') return null;
    }
    return `盲评：提交自己的评查之前，不能查看 ${review.reviewer_name} 的评分`;
  };

  const check = async (reviewId: string, access: Access) => {
    const reason = await denial(reviewId, access, await reviewer.get());
    if (reason)
      throw new AppError(access === 'read' ? 'E_UNAUTHORIZED' : 'E_LOCKED', reason, { id: reviewId });
  };

  return {
    ...inner,
    async get(id) {
      await check(id, 'read');
      return inner.get(id);
    },
    async history(id, itemCode) {
      await check(id, 'read');
      return inner.history(id, itemCode);
    },
    async listForCase(caseId) {
      const all = await inner.listForCase(caseId);
      const actor = await reviewer.get();
      const visible = await Promise.all(all.map(async (r) => (await denial(r.id, 'read', actor)) === null));
      return all.filter((_r, i) => visible[i]);
    },
    async openOrCreate(caseId, standardVersionId) {
      const view = await inner.openOrCreate(caseId, standardVersionId);
      const actor = await reviewer.require();
      await db()
        .transaction()
        .execute((trx) =>
          linkReview(
            trx,
            { id: view.review.id, case_id: caseId, standard_version_id: standardVersionId },
            actor,
          ),
        );
      return view;
    },
    async setItem(id, itemCode, finding) {
      await check(id, 'write');
      return inner.setItem(id, itemCode, finding);
    },
    async submit(id) {
      await check(id, 'write');
      return inner.submit(id);
    },
    async reopen(id, reason) {
      await check(id, 'reopen');
      return inner.reopen(id, reason);
    },
    async decideSuggestion(id, decision) {
      await check(id, 'write');
      return inner.decideSuggestion(id, decision);
    },
  };
}
