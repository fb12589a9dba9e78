import { z } from 'zod';
import {
  ACT_TYPES,
  PARTY_KINDS,
  PROCEDURES,
  clockTimeSchema,
  isoDateSchema,
  withSource,
} from './common-schemas';
import { legalReviewerSchema, officerSchema } from './people-schemas';
import {
  filingSchema,
  hearingSchema,
  investigationSchema,
  noticeSchema,
  preservationSchema,
  seizureSchema,
  statementSchema,
} from './investigation-schemas';
import {
  closingSchema,
  collectiveDiscussionSchema,
  decisionSchema,
  enforcementSchema,
  legalReviewSchema,
  licensingSchema,
  paymentSchema,
  publicationSchema,
  serviceSchema,
  suspensionSchema,
} from './decision-schemas';

export const AV_STAGES = [
  '立案',
  '现场检查',
  '调查取证',
  '询问',
  '先行登记保存',
  '查封扣押',
  '听证',
  '送达',
  '留置送达',
  '公告送达',
  '强制执行',
  '办案场所',
  '其他',
] as const;
export type AvStage = (typeof AV_STAGES)[number];

/** 音像记录. Photos are recorded too, but never count as 全程音像记录 (domain.md §1.3 design note). */
export const avRecordSchema = z
  .strictObject({
    stage: z.enum(AV_STAGES),
    kind: z.enum(['video', 'audio', 'photo']).meta({ description: 'video=视频, audio=录音, photo=照片' }),
    date: isoDateSchema,
    startTime: clockTimeSchema.optional(),
    endTime: clockTimeSchema.optional(),
    interrupted: z.boolean().optional().meta({ description: '记录中断（须说明原因）' }),
    ...withSource,
  })
  .meta({ description: '音像记录' });

/** 书面放弃陈述申辩/听证期限 (ECO24 item 14: only an explicit written waiver shortens the wait). */
export const waiverSchema = z
  .strictObject({
    kind: z.enum(['陈述申辩', '听证']),
    date: isoDateSchema.optional(),
    written: z.boolean().meta({ description: '是否书面放弃' }),
    ...withSource,
  })
  .meta({ description: '放弃陈述申辩/听证' });

/** 首违不罚 / 轻微不罚 (APL Art 33). */
export const leniencySchema = z
  .strictObject({
    ground: z.enum(['首违不罚', '轻微不罚', '无主观过错']),
    firstViolation: z.boolean().optional().meta({ description: '初次违法' }),
    harmMinor: z.boolean().optional().meta({ description: '危害后果轻微（或没有危害后果）' }),
    correctedInTime: z.boolean().optional().meta({ description: '及时改正' }),
    educated: z.boolean().optional().meta({ description: '已对当事人进行教育（第三十三条第三款）' }),
    ...withSource,
  })
  .meta({ description: '首违不罚/轻微不罚' });

/** Case-level facts that decide whether FZ-1/FZ-7 apply, as judged by the reviewer. */
export const caseFlagsSchema = z
  .strictObject({
    majorPublicInterest: z.boolean().optional().meta({ description: '涉及重大公共利益' }),
    complexFacts: z.boolean().optional().meta({ description: '案件情况疑难复杂、涉及多个法律关系' }),
    majorSocialImpact: z.boolean().optional().meta({ description: '可能造成重大社会影响或引发社会风险' }),
    majorCase: z.boolean().optional().meta({ description: '情节复杂或重大违法行为（须集体讨论）' }),
  })
  .meta({ description: '案件性质标记（评查人员判断）' });

export const caseEventsSchema = z.strictObject({
  filing: filingSchema.optional(),
  investigations: z.array(investigationSchema).default([]),
  preservations: z.array(preservationSchema).default([]),
  seizures: z.array(seizureSchema).default([]),
  notices: z.array(noticeSchema).default([]),
  statements: z.array(statementSchema).default([]),
  hearing: hearingSchema.optional(),
  legalReviews: z.array(legalReviewSchema).default([]),
  collectiveDiscussions: z.array(collectiveDiscussionSchema).default([]),
  decision: decisionSchema.optional(),
  decisionService: serviceSchema.optional(),
  publication: publicationSchema.optional(),
  payment: paymentSchema.optional(),
  suspensions: z.array(suspensionSchema).default([]),
  enforcements: z.array(enforcementSchema).default([]),
  closing: closingSchema.optional(),
  licensing: licensingSchema.optional(),
});

/** The case facts model: one dossier's events, people and flags, as entered or extracted. */
export const caseFactsSchema = z
  .strictObject({
    schemaVersion: z.literal(1).default(1),
    caseNumber: z.string().min(1).optional().meta({ description: '案号/决定书文号' }),
    title: z.string().min(1).optional().meta({ description: '案件名称' }),
    agency: z.string().min(1).optional().meta({ description: '执法机关' }),
    actType: z.enum(ACT_TYPES).meta({ description: '行为类型' }),
    procedure: z.enum(PROCEDURES).optional().meta({ description: '程序类型' }),
    party: z
      .strictObject({ kind: z.enum(PARTY_KINDS), name: z.string().min(1).optional() })
      .optional()
      .meta({ description: '当事人' }),
    officers: z.array(officerSchema).default([]),
    legalReviewers: z.array(legalReviewerSchema).default([]),
    events: caseEventsSchema.prefault({}),
    avRecords: z.array(avRecordSchema).default([]),
    waivers: z.array(waiverSchema).default([]),
    leniency: leniencySchema.optional(),
    flags: caseFlagsSchema.optional(),
  })
  .meta({
    title: '案件事实（Pingcha case facts）',
    description: '一份案卷的事件、人员与标记，用于三项制度预检',
  });

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type CaseFactsInput = z.input<typeof caseFactsSchema>;
export type CaseEvents = CaseFacts['events'];
export type AvRecord = z.infer<typeof avRecordSchema>;
export type Waiver = z.infer<typeof waiverSchema>;
export type Leniency = z.infer<typeof leniencySchema>;
export type CaseFlags = z.infer<typeof caseFlagsSchema>;
