import { z } from 'zod';
import { ACT_TYPES, PROCEDURES } from './vocabulary';

/**
 * Case facts that applicability conditions may test. The set is closed so a
 * typo in a standard file (`hearingHold`) is a validation error instead of an
 * item that silently always applies.
 */
export const FACT_DEFINITIONS = {
  actType: { label: '行为类型', kind: 'enum', values: ACT_TYPES },
  procedure: { label: '程序', kind: 'enum', values: PROCEDURES },
  hearingHeld: { label: '举行听证', kind: 'boolean' },
  coerciveMeasureTaken: { label: '采取强制措施', kind: 'boolean' },
  legalReviewRequired: { label: '需法制审核', kind: 'boolean' },
  collectiveDiscussionRequired: { label: '需集体讨论', kind: 'boolean' },
  avRecordingRequired: { label: '需全程音像记录', kind: 'boolean' },
  penaltyImposed: { label: '作出处罚', kind: 'boolean' },
  separateCorrectionOrder: { label: '单独责令改正', kind: 'boolean' },
  samplingOrTesting: { label: '抽样检测', kind: 'boolean' },
  seizureExtended: { label: '延长查封扣押', kind: 'boolean' },
  reminderIssued: { label: '催告', kind: 'boolean' },
  courtEnforcementApplied: { label: '申请法院强制执行', kind: 'boolean' },
  caseClosed: { label: '已结案', kind: 'boolean' },
  licenceGranted: { label: '准予许可', kind: 'boolean' },
  onSiteInspection: { label: '现场检查', kind: 'boolean' },
} as const;

export type FactName = keyof typeof FACT_DEFINITIONS;
export const FACT_NAMES = Object.keys(FACT_DEFINITIONS) as FactName[];

export const isFactName = (value: unknown): value is FactName =>
  typeof value === 'string' && Object.hasOwn(FACT_DEFINITIONS, value);

/**
 * Facts of one dossier. Every fact is optional: an unknown fact makes a
 * condition "unknown", and unknown never auto-excludes an item (the reviewer
 * can still mark it N/A by hand).
 */
export const caseFactsSchema = z
  .object({
    actType: z.enum(ACT_TYPES).optional(),
    procedure: z.enum(PROCEDURES).optional(),
    hearingHeld: z.boolean().optional(),
    coerciveMeasureTaken: z.boolean().optional(),
    legalReviewRequired: z.boolean().optional(),
    collectiveDiscussionRequired: z.boolean().optional(),
    avRecordingRequired: z.boolean().optional(),
    penaltyImposed: z.boolean().optional(),
    separateCorrectionOrder: z.boolean().optional(),
    samplingOrTesting: z.boolean().optional(),
    seizureExtended: z.boolean().optional(),
    reminderIssued: z.boolean().optional(),
    courtEnforcementApplied: z.boolean().optional(),
    caseClosed: z.boolean().optional(),
    licenceGranted: z.boolean().optional(),
    onSiteInspection: z.boolean().optional(),
  })
  .strict();

export type CaseFacts = z.infer<typeof caseFactsSchema>;
export type FactValue = string | boolean;
