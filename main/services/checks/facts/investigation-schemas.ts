import { z } from 'zod';
import { clockTimeSchema, isoDateSchema, officerNamesSchema, withSource } from './common-schemas';

/** 立案 */
export const filingSchema = z
  .strictObject({ date: isoDateSchema.meta({ description: '立案日期' }), ...withSource })
  .meta({ description: '立案' });

/** 现场检查 / 调查取证 / 询问 — on-site acts that need ≥2 certified officers (APL Art 42, 55). */
export const investigationSchema = z
  .strictObject({
    kind: z.enum(['现场检查', '调查取证', '询问']),
    date: isoDateSchema,
    startTime: clockTimeSchema.optional(),
    endTime: clockTimeSchema.optional(),
    officers: officerNamesSchema,
    certificateShown: z.boolean().optional().meta({ description: '笔录或音像是否记载出示执法证件' }),
    ...withSource,
  })
  .meta({ description: '现场检查/调查取证/询问' });

/** 先行登记保存 (APL Art 56: decide within 7 working days). */
export const preservationSchema = z
  .strictObject({
    date: isoDateSchema.meta({ description: '先行登记保存日期' }),
    approvalDate: isoDateSchema.optional().meta({ description: '负责人批准日期' }),
    handledDate: isoDateSchema.optional().meta({ description: '作出处理决定日期' }),
    officers: officerNamesSchema,
    ...withSource,
  })
  .meta({ description: '先行登记保存' });

/** 查封 / 扣押 (ACL Arts 18, 19, 24, 25). */
export const seizureSchema = z
  .strictObject({
    kind: z.enum(['查封', '扣押']),
    date: isoDateSchema.meta({ description: '实施日期' }),
    time: clockTimeSchema.optional().meta({ description: '实施时间' }),
    endTime: clockTimeSchema.optional().meta({ description: '现场实施结束时间' }),
    approvalDate: isoDateSchema.optional().meta({ description: '负责人批准日期' }),
    approvalTime: clockTimeSchema.optional().meta({ description: '负责人批准时间' }),
    emergency: z.boolean().optional().meta({ description: '情况紧急、当场实施后补批（ACL 第十九条）' }),
    releaseDate: isoDateSchema.optional().meta({ description: '解除或作出处理决定日期' }),
    extensionDays: z.number().int().nonnegative().optional().meta({ description: '经批准延长的天数' }),
    extensionNotified: z.boolean().optional().meta({ description: '延长是否书面告知当事人' }),
    excludedDays: z
      .number()
      .int()
      .nonnegative()
      .optional()
      .meta({ description: '书面告知的检测、检验、鉴定期间天数（不计入期限）' }),
    officers: officerNamesSchema,
    ...withSource,
  })
  .meta({ description: '查封扣押' });

/** 告知书: periods run from **service**, not issue (domain.md §4.3). */
export const noticeSchema = z
  .strictObject({
    kind: z.enum(['行政处罚事先告知', '听证告知', '其他']).default('行政处罚事先告知'),
    issuedDate: isoDateSchema.optional().meta({ description: '告知书落款日期' }),
    servedDate: isoDateSchema.optional().meta({ description: '告知书送达日期' }),
    periodWorkingDays: z
      .number()
      .int()
      .positive()
      .max(60)
      .optional()
      .meta({ description: '告知书载明的陈述申辩期限（工作日）' }),
    hearingRightNotified: z.boolean().optional().meta({ description: '是否告知听证权利' }),
    proposedAmount: z.number().nonnegative().optional().meta({ description: '拟罚款金额（元）' }),
    ...withSource,
  })
  .meta({ description: '告知书' });

/** 陈述申辩 */
export const statementSchema = z
  .strictObject({
    date: isoDateSchema,
    manner: z.enum(['书面', '口头']).optional(),
    ...withSource,
  })
  .meta({ description: '陈述申辩' });

/** 听证 (APL Art 64). */
export const hearingSchema = z
  .strictObject({
    requestedDate: isoDateSchema.optional().meta({ description: '当事人申请听证日期' }),
    noticeDate: isoDateSchema.optional().meta({ description: '听证通知送达日期' }),
    heldDate: isoDateSchema.optional().meta({ description: '举行听证日期' }),
    chair: z.string().min(1).optional().meta({ description: '听证主持人' }),
    withdrawn: z.boolean().optional().meta({ description: '当事人撤回听证申请' }),
    ...withSource,
  })
  .meta({ description: '听证' });

export type Filing = z.infer<typeof filingSchema>;
export type Investigation = z.infer<typeof investigationSchema>;
export type Preservation = z.infer<typeof preservationSchema>;
export type Seizure = z.infer<typeof seizureSchema>;
export type Notice = z.infer<typeof noticeSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type Hearing = z.infer<typeof hearingSchema>;
