import { z } from 'zod';

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

export const ACT_TYPES = [
  '行政处罚',
  '行政许可',
  '行政强制',
  '行政检查',
  '行政征收',
  '行政确认',
  '其他',
] as const;
export const PROCEDURES = ['简易', '普通'] as const;
export const PARTY_KINDS = ['自然人', '法人', '其他组织'] as const;

/** APL Art 9 penalty kinds (plus 其他). */
export const PENALTY_TYPES = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '行政拘留',
  '其他',
] as const;

export type ActType = (typeof ACT_TYPES)[number];
export type Procedure = (typeof PROCEDURES)[number];
export type PartyKind = (typeof PARTY_KINDS)[number];
export type PenaltyType = (typeof PENALTY_TYPES)[number];
