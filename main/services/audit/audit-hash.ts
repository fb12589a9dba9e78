import { createHash } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { AuditLogTable } from '../../db/schema';

/** prev_hash of the first entry of every chain. */
export const GENESIS_HASH = '0'.repeat(64);

/** Bumped only if the serialization below ever changes (old entries keep verifying under v1). */
const FORMAT = 'pingcha-audit-v1';

/** The hashed fields of an entry, exactly as stored (JSON values as their stored text). */
export type HashedAuditFields = Omit<Selectable<AuditLogTable>, 'id' | 'hash'>;

/**
 * Canonical serialization: a JSON array in a fixed field order. An array (not
 * an object) leaves no room for key-order or whitespace differences, and
 * JSON string escaping keeps field boundaries unambiguous. The stored text of
 * old/new values is hashed as-is, so verification never depends on how a
 * JSON library re-serializes numbers or key order.
 */
export function canonicalAuditEntry(e: HashedAuditFields): string {
  return JSON.stringify([
    FORMAT,
    e.origin,
    e.seq,
    e.at,
    e.actor_name,
    e.actor_unit,
    e.actor_role,
    e.action,
    e.entity_type,
    e.entity_id,
    e.old_value,
    e.new_value,
    e.reason,
    e.prev_hash,
  ]);
}

export const auditEntryHash = (e: HashedAuditFields): string =>
  createHash('sha256').update(canonicalAuditEntry(e), 'utf8').digest('hex');
