import { z } from 'zod';
import { defineMethod } from '../define-method';
import type { ReviewerIdentity } from './reviews';

/** One audit-log entry as shown to users (docs/audit.md). Values are parsed JSON. */
export interface AuditEntry {
  origin: string;
  seq: number;
  at: string;
  actor: ReviewerIdentity;
  action: string;
  entityType: string;
  entityId: string;
  oldValue: unknown;
  newValue: unknown;
  reason: string | null;
  hash: string;
  /** True when the entry was written on this workstation (not imported). */
  local: boolean;
}

export interface AuditChainSummary {
  origin: string;
  entries: number;
  lastSeq: number;
  lastHash: string;
}

/** Result of recomputing every chain; `broken` names the first entry that fails. */
export interface AuditVerifyReport {
  ok: boolean;
  workstationId: string;
  checked: number;
  chains: AuditChainSummary[];
  broken: { origin: string; seq: number; message: string } | null;
}

const text = z.string().min(1).max(200);

export const auditMethods = {
  /** Entries about one entity (e.g. `review_item` + `<reviewId>:<itemCode>`), oldest first. */
  'audit.list': defineMethod<AuditEntry[]>()(
    z
      .object({ entityType: text, entityId: text, limit: z.number().int().min(1).max(5000).optional() })
      .strict(),
  ),
  'audit.verify': defineMethod<AuditVerifyReport>()(z.object({}).strict()),
};
