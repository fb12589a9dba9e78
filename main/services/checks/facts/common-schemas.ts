import { z } from 'zod';
import { ACT_TYPES, PARTY_KINDS, PENALTY_TYPES, PROCEDURES } from '../../../../preload/contract/vocabulary';

export { isoDateSchema, clockTimeSchema } from '../calendar/date-schemas';

/** Where a fact was read from (per-fact provenance, all optional). */
export const provenanceSchema = z
  .strictObject({
    documentId: z.string().min(1).meta({ description: '文书编号/标识' }),
    page: z.number().int().positive().optional().meta({ description: '页码' }),
    quote: z.string().optional().meta({ description: '原文摘录' }),
  })
  .meta({ description: '事实来源（文书、页码、原文）' });

export type Provenance = z.infer<typeof provenanceSchema>;

/** Optional `source` field added to every fact object. */
export const withSource = { source: provenanceSchema.optional() };

/** Officers are referenced by name; names must appear in the `officers` roster. */
export const officerNamesSchema = z
  .array(z.string().min(1))
  .default([])
  .meta({ description: '在场执法人员姓名（须在 officers 名册中）' });

/** Money in yuan (元). */
export const yuanSchema = z.number().nonnegative().meta({ description: '金额（元）' });

// One vocabulary for cases, facts and standards.
export { ACT_TYPES, PARTY_KINDS, PENALTY_TYPES, PROCEDURES } from '../../../../preload/contract/vocabulary';

export type ActType = (typeof ACT_TYPES)[number];
export type Procedure = (typeof PROCEDURES)[number];
export type PartyKind = (typeof PARTY_KINDS)[number];
export type PenaltyType = (typeof PENALTY_TYPES)[number];
