import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { canonicalJson } from '../standards/model/canonical-json';

/**
 * SHA-256 over the canonical JSON of everything a locked result stands for:
 * the consolidated review's standard and item results, the panel decisions and
 * the reviewers' own reviews it was made from (with their item results). Any
 * later change to one of those rows makes the recomputed hash differ.
 */
export async function resultContentHash(
  trx: Kysely<DB>,
  campaignId: string,
  caseId: string,
): Promise<string | null> {
  const result = await trx
    .selectFrom('campaign_results')
    .select(['review_id', 'decisions'])
    .where('campaign_id', '=', campaignId)
    .where('case_id', '=', caseId)
    .executeTakeFirst();
  if (!result?.review_id) return null;
  const reviewIds = (
    await trx
      .selectFrom('campaign_assignments')
      .select('review_id')
      .where('campaign_id', '=', campaignId)
      .where('case_id', '=', caseId)
      .where('review_id', 'is not', null)
      .execute()
  )
    .map((r) => r.review_id!)
    .sort();
  const all = [result.review_id, ...reviewIds];
  const reviews = await trx
    .selectFrom('reviews')
    .select(['id', 'standard_hash', 'reviewer_name', 'reviewer_unit'])
    .where('id', 'in', all)
    .execute();
  const items = await trx
    .selectFrom('review_items')
    .select(['review_id', 'item_code', 'result'])
    .where('review_id', 'in', all)
    .execute();
  const itemsOf = (id: string) =>
    items
      .filter((i) => i.review_id === id)
      .sort((a, b) => (a.item_code < b.item_code ? -1 : 1))
      .map((i) => [i.item_code, JSON.parse(i.result) as unknown]);
  const reviewOf = (id: string) => {
    const r = reviews.find((x) => x.id === id);
    return {
      id,
      standardHash: r?.standard_hash ?? null,
      reviewer: [r?.reviewer_name ?? '', r?.reviewer_unit ?? ''],
      items: itemsOf(id),
    };
  };
  const content = {
    campaignId,
    caseId,
    consolidated: reviewOf(result.review_id),
    decisions: JSON.parse(result.decisions) as unknown,
    reviews: reviewIds.map(reviewOf),
  };
  return createHash('sha256').update(canonicalJson(content), 'utf8').digest('hex');
}
