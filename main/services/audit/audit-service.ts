import type { Kysely } from 'kysely';
import type { AuditEntry, AuditVerifyReport } from '../../../preload/contract/methods/audit';
import type { DB } from '../../db/schema';
import { auditRowToEntry, auditRowToWire } from './audit-rows';
import type { AuditWireEntry } from './audit-wire';
import { verifyAuditChain } from './verify-audit-chain';
import { peekWorkstationId, workstationId } from './workstation-id';

/** Reading side of the audit trail; writing is `appendAudit(trx, …)` inside each change's transaction. */
export function createAuditService(db: () => Kysely<DB>) {
  return {
    workstationId: () => workstationId(db()),

    async list(entityType: string, entityId: string, limit = 1000): Promise<AuditEntry[]> {
      const local = await peekWorkstationId(db());
      const rows = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('entity_type', '=', entityType)
        .where('entity_id', '=', entityId)
        .orderBy('at')
        .orderBy('id')
        .limit(limit)
        .execute();
      return rows.map((r) => auditRowToEntry(r, local));
    },

    verify: (): Promise<AuditVerifyReport> => verifyAuditChain(db()),

    /** The whole chain of one origin (default: this workstation), in order — what a results bundle carries. */
    async chainOf(origin?: string): Promise<AuditWireEntry[]> {
      const o = origin ?? (await workstationId(db()));
      const rows = await db()
        .selectFrom('audit_log')
        .selectAll()
        .where('origin', '=', o)
        .orderBy('seq')
        .execute();
      return rows.map(auditRowToWire);
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
