import { z } from 'zod';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '摘要必须是 64 位十六进制 SHA-256');
const short = z.string().max(200);
const json = z.string().max(1_000_000).nullable();

/**
 * An audit entry as carried in a results bundle (`audit.json`): the stored
 * fields, hash included, so the importer can verify it and keep the origin's
 * own chain. The local row id is not part of it.
 */
export const auditWireEntrySchema = z
  .object({
    origin: z.string().min(1).max(64),
    seq: z.number().int().min(1),
    at: z.string().min(1).max(40),
    actor_name: short,
    actor_unit: short,
    actor_role: short,
    action: short,
    entity_type: short,
    entity_id: short,
    old_value: json,
    new_value: json,
    reason: z.string().max(5000).nullable(),
    prev_hash: sha256,
    hash: sha256,
  })
  .strict();

export type AuditWireEntry = z.output<typeof auditWireEntrySchema>;
