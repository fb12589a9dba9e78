import type { Selectable } from 'kysely';
import type { AuditEntry } from '../../../preload/contract/methods/audit';
import type { DB } from '../../db/schema';
import type { AuditWireEntry } from './audit-wire';

export type AuditRow = Selectable<DB['audit_log']>;

const parse = (value: string | null): unknown => {
  if (value === null) return null;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
};

export const auditRowToEntry = (r: AuditRow, localOrigin: string): AuditEntry => ({
  origin: r.origin,
  seq: r.seq,
  at: r.at,
  actor: { name: r.actor_name, unit: r.actor_unit, role: r.actor_role },
  action: r.action,
  entityType: r.entity_type,
  entityId: r.entity_id,
  oldValue: parse(r.old_value),
  newValue: parse(r.new_value),
  reason: r.reason,
  hash: r.hash,
  local: r.origin === localOrigin,
});

export const auditRowToWire = ({ id: _id, ...rest }: AuditRow): AuditWireEntry => rest;
