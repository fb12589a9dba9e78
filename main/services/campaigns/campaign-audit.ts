import type { Kysely } from 'kysely';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { appendAudit } from '../audit';

export interface CampaignChange {
  actor: ReviewerIdentity;
  /** Dotted verb, e.g. `campaign.update`, `assignment.override`, `result.lock`. */
  action: string;
  entityType:
    | 'campaign'
    | 'campaign_member'
    | 'campaign_sample'
    | 'campaign_case'
    | 'campaign_assignment'
    | 'campaign_result';
  entityId: string;
  oldValue?: unknown;
  newValue?: unknown;
  reason?: string;
}

/**
 * The one place every campaign change reaches the hash-chained audit log.
 * Always called inside the transaction that makes the change, so the entry and
 * the data commit (or roll back) together.
 */
export async function recordCampaignChange(trx: Kysely<DB>, change: CampaignChange): Promise<void> {
  await appendAudit(trx, { ...change, action: `campaign.${change.action}` });
}
