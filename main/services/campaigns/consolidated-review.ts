import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { ItemFinding, ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { log } from '../reviews/review-history-log';

/** The consolidated review is signed by the panel, not by the leader as a reviewer. */
export const consolidatedReviewer = (leader: ReviewerIdentity): ReviewerIdentity => ({
  name: `${leader.name}（合议）`,
  unit: leader.unit,
  role: '合议',
});

/**
 * The panel result as a normal reviews row (so reports print it), created in
 * the caller's transaction; its items change only through campaigns.decide.
 */
export async function createConsolidatedReview(
  trx: Kysely<DB>,
  input: { caseId: string; standardVersionId: string; standardHash: string; actor: ReviewerIdentity },
): Promise<string> {
  const id = ulid();
  const now = new Date().toISOString();
  const panel = consolidatedReviewer(input.actor);
  await trx
    .insertInto('reviews')
    .values({
      id,
      case_id: input.caseId,
      standard_version_id: input.standardVersionId,
      standard_hash: input.standardHash,
      reviewer_name: panel.name,
      reviewer_unit: panel.unit,
      reviewer_role: panel.role,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await log(trx, id, input.actor, { kind: 'created', reason: '合议结果' });
  return id;
}

/** Sets (or clears) one item of the consolidated review, with history, attributed to the leader. */
export async function writeConsolidatedItem(
  trx: Kysely<DB>,
  reviewId: string,
  actor: ReviewerIdentity,
  itemCode: string,
  finding: ItemFinding | null,
): Promise<void> {
  const old = await trx
    .selectFrom('review_items')
    .select('result')
    .where('review_id', '=', reviewId)
    .where('item_code', '=', itemCode)
    .executeTakeFirst();
  const next = finding === null ? null : JSON.stringify(finding);
  if ((old?.result ?? null) === next) return;
  const now = new Date().toISOString();
  if (next === null) {
    await trx
      .deleteFrom('review_items')
      .where('review_id', '=', reviewId)
      .where('item_code', '=', itemCode)
      .execute();
  } else {
    await trx
      .insertInto('review_items')
      .values({ review_id: reviewId, item_code: itemCode, result: next, created_at: now, updated_at: now })
      .onConflict((oc) =>
        oc.columns(['review_id', 'item_code']).doUpdateSet({ result: next, updated_at: now }),
      )
      .execute();
  }
  await trx.updateTable('reviews').set({ updated_at: now }).where('id', '=', reviewId).execute();
  await log(trx, reviewId, actor, {
    kind: next === null ? 'cleared' : 'set',
    itemCode,
    old: old?.result ?? null,
    new: next,
  });
}
