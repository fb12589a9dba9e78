import { z } from 'zod';
import { PENALTY_TYPES, clockTimeSchema, isoDateSchema, withSource, yuanSchema } from './common-schemas';

/** 法制审核 (APL Art 58). */
export const legalReviewSchema = z
  .strictObject({
    date: isoDateSchema.meta({ description: '审核意见日期' }),
    outcome: z.enum(['同意', '不同意', '退回']),
    reviewer: z.string().min(1).meta({ description: '审核人员姓名（须在 legalReviewers 中）' }),
    ...withSource,
  })
  .meta({ description: '法制审核' });

/** 集体讨论 (APL Art 57 ¶2). */
export const collectiveDiscussionSchema = z
  .strictObject({
    date: isoDateSchema,
    participants: z.array(z.string().min(1)).default([]).meta({ description: '参加人员' }),
    voters: z.array(z.string().min(1)).default([]).meta({ description: '参与表决人员' }),
    ...withSource,
  })
  .meta({ description: '集体讨论' });

/** 决定 (处罚决定 / 不予处罚 / 许可决定 …). */
export const decisionSchema = z
  .strictObject({
    date: isoDateSchema.meta({ description: '决定日期' }),
    number: z.string().min(1).optional().meta({ description: '决定书文号' }),
    kind: z.enum(['处罚', '不予处罚', '许可', '不予许可', '其他']).default('处罚'),
    penaltyTypes: z.array(z.enum(PENALTY_TYPES)).default([]).meta({ description: '处罚种类' }),
    amount: yuanSchema.optional().meta({ description: '罚款金额（元）' }),
    confiscationAmount: yuanSchema.optional().meta({ description: '没收违法所得/非法财物金额（元）' }),
    onTheSpot: z.boolean().optional().meta({ description: '当场作出' }),
    ...withSource,
  })
  .meta({ description: '决定' });

export const SERVICE_MANNERS = [
  '当场交付',
  '直接送达',
  '留置送达',
  '邮寄送达',
  '委托送达',
  '电子送达',
  '转交送达',
  '公告送达',
] as const;

/** 决定送达 (APL Art 61). */
export const serviceSchema = z
  .strictObject({
    date: isoDateSchema.meta({ description: '送达日期' }),
    manner: z.enum(SERVICE_MANNERS).optional(),
    ...withSource,
  })
  .meta({ description: '决定送达' });

export const PUBLICATION_FIELDS = [
  '决定书文号',
  '当事人',
  '违法事实',
  '处罚依据',
  '处罚结果',
  '执法机关',
  '决定日期',
] as const;

/** 公示 (118: 7/20 working days; content per GS-3b). */
export const publicationSchema = z
  .strictObject({
    date: isoDateSchema.meta({ description: '公示日期' }),
    channel: z.string().min(1).optional().meta({ description: '公示渠道，如 门户网站、信用中国' }),
    fieldsPresent: z
      .array(z.enum(PUBLICATION_FIELDS))
      .optional()
      .meta({ description: '公示内容中载明的要素' }),
    ...withSource,
  })
  .meta({ description: '公示' });

/** 罚款缴纳 (APL Art 67). */
export const paymentSchema = z
  .strictObject({
    date: isoDateSchema,
    amount: yuanSchema.optional(),
    lateFeeCharged: z.boolean().optional(),
    ...withSource,
  })
  .meta({ description: '罚款缴纳' });

/** 延期 / 中止 — excluded from, or added to, the 90-day decision limit. */
export const suspensionSchema = z
  .strictObject({
    kind: z.enum(['延期', '中止']),
    startDate: isoDateSchema,
    endDate: isoDateSchema.optional(),
    days: z.number().int().nonnegative().optional().meta({ description: '延长或扣除的天数（自然日）' }),
    approved: z.boolean().optional().meta({ description: '经负责人批准' }),
    ...withSource,
  })
  .meta({ description: '延期/中止' });

/** 强制执行 (ACL Art 43: not at night or on statutory holidays unless urgent). */
export const enforcementSchema = z
  .strictObject({
    kind: z.string().min(1).optional().meta({ description: '执行方式，如 强制拆除、划拨' }),
    reminderDate: isoDateSchema.optional().meta({ description: '催告书送达日期' }),
    date: isoDateSchema,
    startTime: clockTimeSchema.optional(),
    endTime: clockTimeSchema.optional(),
    emergency: z.boolean().optional().meta({ description: '情况紧急' }),
    officers: z.array(z.string().min(1)).default([]),
    ...withSource,
  })
  .meta({ description: '强制执行' });

/** 结案 */
export const closingSchema = z
  .strictObject({ date: isoDateSchema, ...withSource })
  .meta({ description: '结案' });

/** 行政许可 timeline (ALL Arts 32, 42, 45, 82). */
export const licensingSchema = z
  .strictObject({
    applicationDate: isoDateSchema.optional().meta({ description: '申请日期' }),
    acceptedDate: isoDateSchema.optional().meta({ description: '受理日期' }),
    extensionApproved: z.boolean().optional().meta({ description: '经负责人批准延长 10 个工作日' }),
    extensionReasonTold: z.boolean().optional().meta({ description: '已将延长理由告知申请人' }),
    excludedWorkingDays: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: '书面告知的听证、检验、专家评审等不计入期限的工作日' }),
    ...withSource,
  })
  .meta({ description: '行政许可办理' });

export type LegalReview = z.infer<typeof legalReviewSchema>;
export type CollectiveDiscussion = z.infer<typeof collectiveDiscussionSchema>;
export type Decision = z.infer<typeof decisionSchema>;
export type Service = z.infer<typeof serviceSchema>;
export type Publication = z.infer<typeof publicationSchema>;
export type Payment = z.infer<typeof paymentSchema>;
export type Suspension = z.infer<typeof suspensionSchema>;
export type Enforcement = z.infer<typeof enforcementSchema>;
export type Closing = z.infer<typeof closingSchema>;
export type Licensing = z.infer<typeof licensingSchema>;
