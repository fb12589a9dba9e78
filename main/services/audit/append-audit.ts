import type { Kysely } from 'kysely';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { auditEntryHash, GENESIS_HASH, type HashedAuditFields } from './audit-hash';
import { workstationId } from './workstation-id';

export interface AuditInput {
  actor: ReviewerIdentity;
  /** Dotted verb, e.g. `review.set`, `standard_version.created`, `assignment.created`. */
  action: string;
  entityType: string;
  entityId: string;
  /** Any JSON-serialisable value; strings that already hold JSON may be passed via `oldJson`/`newJson`. */
  oldValue?: unknown;
  newValue?: unknown;
  /** Already-serialised JSON (e.g. a stored finding), stored verbatim. */
  oldJson?: string | null;
  newJson?: string | null;
  reason?: string | null | undefined;
}

const toJson = (value: unknown, raw: string | null | undefined): string | null => {
  if (raw !== undefined) return raw;
  return value === undefined ? null : JSON.stringify(value);
};

/**
 * Appends one entry to this workstation's audit chain. Must be called with
 * the caller's transaction (`trx`), so the change and its audit entry commit
 * or roll back together, and so the chain's tail cannot move under us
 * (transactions are `begin immediate`: one writer at a time).
 *
 * @example
 * await db.transaction().execute(async (trx) => {
 *   await trx.updateTable('campaigns').set({ name }).where('id', '=', id).execute();
 *   await appendAudit(trx, { actor, action: 'campaign.renamed', entityType: 'campaign', entityId: id,
 *     oldValue: { name: old }, newValue: { name } });
 * });
 */
export async function appendAudit(
  trx: Kysely<DB>,
  input: AuditInput,
): Promise<{ seq: number; hash: string }> {
  const origin = await workstationId(trx);
  const tail = await trx
    .selectFrom('audit_log')
    .select(['seq', 'hash'])
    .where('origin', '=', origin)
    .orderBy('seq', 'desc')
    .limit(1)
    .executeTakeFirst();
  const fields: HashedAuditFields = {
    origin,
    seq: (tail?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    actor_name: input.actor.name,
    actor_unit: input.actor.unit,
    actor_role: input.actor.role,
    action: input.action,
    entity_type: input.entityType,
    entity_id: input.entityId,
    old_value: toJson(input.oldValue, input.oldJson),
    new_value: toJson(input.newValue, input.newJson),
    reason: input.reason ?? null,
    prev_hash: tail?.hash ?? GENESIS_HASH,
  };
  const hash = auditEntryHash(fields);
  await trx
    .insertInto('audit_log')
    .values({ ...fields, hash })
    .execute();
  return { seq: fields.seq, hash };
}
