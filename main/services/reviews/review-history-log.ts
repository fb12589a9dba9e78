import type { Kysely } from 'kysely';
import type { HistoryKind, ReviewerIdentity, ReviewView } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit/append-audit';

export interface HistoryInput {
  kind: HistoryKind;
  itemCode?: string;
  ruleId?: string;
  /** JSON of the finding before and after, for item changes. */
  old?: string | null;
  new?: string | null;
  reason?: string;
}

/**
 * Appends one entry to review_history (append-only: a trigger refuses updates)
 * and the same change to the hash-chained audit log, in the caller's transaction.
 */
export const log = async (
  trx: Kysely<DB>,
  reviewId: string,
  actor: ReviewerIdentity,
  entry: HistoryInput,
) => {
  await appendAudit(trx, {
    actor,
    action: `review.${entry.kind}`,
    // Item changes are their own entity so the item history drawer can list them directly.
    entityType: entry.itemCode ? 'review_item' : 'review',
    entityId: entry.itemCode ? `${reviewId}:${entry.itemCode}` : reviewId,
    oldJson: entry.old ?? null,
    newJson: entry.new ?? null,
    reason: entry.ruleId ? `${entry.ruleId}${entry.reason ? `：${entry.reason}` : ''}` : entry.reason,
  });
  await trx
    .insertInto('review_history')
    .values({
      review_id: reviewId,
      item_code: entry.itemCode ?? null,
      kind: entry.kind,
      rule_id: entry.ruleId ?? null,
      old_value: entry.old ?? null,
      new_value: entry.new ?? null,
      reason: entry.reason ?? null,
      actor_name: actor.name,
      actor_unit: actor.unit,
      actor_role: actor.role,
      at: new Date().toISOString(),
    })
    .execute();
};

/** The latest accept/reject decision per item and pre-check rule, read back from the log. */
export async function latestDecisions(
  db: Kysely<DB>,
  reviewId: string,
): Promise<ReviewView['suggestionDecisions']> {
  const rows = await db
    .selectFrom('review_history')
    .select(['item_code', 'rule_id', 'kind', 'at'])
    .where('review_id', '=', reviewId)
    .where('kind', 'in', ['suggestion_accepted', 'suggestion_rejected'])
    .orderBy('id')
    .execute();
  const latest = new Map<string, ReviewView['suggestionDecisions'][number]>();
  for (const d of rows) {
    const itemCode = d.item_code ?? '';
    const ruleId = d.rule_id ?? '';
    const decision = d.kind === 'suggestion_accepted' ? 'accepted' : 'rejected';
    latest.set(`${itemCode}\u0000${ruleId}`, { itemCode, ruleId, decision, at: d.at });
  }
  return [...latest.values()];
}
