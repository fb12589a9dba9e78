import { z } from 'zod';
import { defineMethod } from '../define-method';
import { ACT_TYPES } from '../vocabulary';
import { itemFindingSchema, type ItemFinding, type ReviewStatus } from './reviews';

/** Review campaigns (评查活动): panel, sampling, assignment, blind scoring, consolidation. docs/campaigns.md */

const id = z.string().min(1).max(64);
const text = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字符`);
const reason = z.string().trim().min(1, '必须填写理由').max(2000, '理由不能超过 2000 个字符');
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD');

export const campaignScopeSchema = z
  .object({
    /** Cases closed (结案) within [closedFrom, closedTo]; null = open-ended. */
    closedFrom: isoDate.nullable().default(null),
    closedTo: isoDate.nullable().default(null),
    /** Empty = every act type / every agency. */
    actTypes: z.array(z.enum(ACT_TYPES)).max(ACT_TYPES.length).default([]),
    agencies: z.array(text(200).min(1)).max(500).default([]),
  })
  .strict();
export type CampaignScope = z.output<typeof campaignScopeSchema>;

export const campaignGradeBandSchema = z
  .object({ label: text(20).min(1), min: z.number().finite().nonnegative().max(100_000), pass: z.boolean() })
  .strict();

export const campaignMemberInputSchema = z
  .object({
    name: text(50).min(1, '姓名不能为空'),
    unit: text(200).default(''),
    role: z.enum(['leader', 'member']).default('member'),
  })
  .strict();
export type CampaignMemberInput = z.input<typeof campaignMemberInputSchema>;

export const campaignSettingsSchema = z
  .object({
    name: text(200).min(1, '活动名称不能为空'),
    year: z.number().int().min(2000).max(2100),
    batch: text(50).default(''),
    scope: campaignScopeSchema.default({ closedFrom: null, closedTo: null, actTypes: [], agencies: [] }),
    /** Standard version per act type; key '*' applies to act types without their own. */
    standards: z.partialRecord(z.enum([...ACT_TYPES, '*']), id).default({}),
    /** Overrides the standard's grade bands for this campaign (best to worst, last min 0). */
    gradeBands: z.array(campaignGradeBandSchema).min(2).max(10).nullable().default(null),
    /** Milestones, e.g. { 评查截止: '2025-06-30' }. */
    deadlines: z.record(text(50).min(1), isoDate).default({}),
    reviewersPerCase: z.number().int().min(1).max(5).default(2),
    /** Total-score difference between reviewers above which a dossier needs 复核. */
    reviewThreshold: z.number().finite().nonnegative().max(1000).default(10),
  })
  .strict();
export type CampaignSettingsInput = z.input<typeof campaignSettingsSchema>;
export type CampaignSettings = z.output<typeof campaignSettingsSchema>;

export type MemberRole = 'leader' | 'member';
export interface CampaignMember {
  id: string;
  name: string;
  unit: string;
  role: MemberRole;
}

export interface CampaignSummary {
  id: string;
  name: string;
  year: number;
  batch: string;
  status: 'active' | 'closed';
  caseCount: number;
  memberCount: number;
  lockedCount: number;
  createdAt: string;
  updatedAt: string;
}

export interface Campaign extends CampaignSettings {
  id: string;
  status: 'active' | 'closed';
  members: CampaignMember[];
  createdAt: string;
  updatedAt: string;
}

export const sampleParamsSchema = z
  .object({
    /** Any text; omitted = a random seed is generated and recorded. */
    seed: text(100).min(1).optional(),
    /** Total dossiers to draw (allocated to strata proportionally). */
    size: z.number().int().min(1, '抽取数量至少为 1').max(100_000),
  })
  .strict();
export type SampleParams = z.input<typeof sampleParamsSchema>;

export interface SampleStratum {
  agency: string;
  actType: string;
  population: number;
  /** Dossiers drawn from this stratum (proportional, largest remainder). */
  quota: number;
  caseIds: string[];
}

export interface DistributionRow {
  key: string;
  count: number;
  /** Share of the draw, in % with 1 decimal. */
  percent: number;
}

export interface SamplePreview {
  seed: string;
  size: number;
  population: number;
  strata: SampleStratum[];
  caseIds: string[];
  byAgency: DistributionRow[];
  byActType: DistributionRow[];
}

export interface CampaignCase {
  caseId: string;
  caseNumber: string;
  name: string;
  agency: string;
  actType: string;
  closedDate: string | null;
  source: 'sampled' | 'manual';
  stratum: string;
  reason: string;
  addedAt: string;
  removedAt: string | null;
  removedReason: string | null;
}

export type AssignmentReviewStatus = 'not_started' | ReviewStatus;

export interface CampaignAssignment {
  id: string;
  caseId: string;
  caseNumber: string;
  caseName: string;
  agency: string;
  memberId: string;
  memberName: string;
  memberUnit: string;
  reviewId: string | null;
  reviewStatus: AssignmentReviewStatus;
  /** true when the reviewer's unit is the dossier's agency (回避 overridden by hand). */
  conflict: boolean;
  override: boolean;
  overrideReason: string | null;
}

export interface AutoAssignOutcome {
  created: number;
  /** Dossiers that could not get N reviewers without breaking 回避. */
  shortfalls: { caseId: string; caseName: string; missing: number }[];
  loads: { memberId: string; name: string; count: number }[];
}

export interface QueueEntry {
  assignmentId: string;
  caseId: string;
  caseNumber: string;
  caseName: string;
  agency: string;
  actType: string;
  standardVersionId: string | null;
  reviewId: string | null;
  reviewStatus: AssignmentReviewStatus;
}

export type PanelDecision =
  | { kind: 'adopt'; memberId: string; finding: ItemFinding }
  | { kind: 'consensus'; finding: ItemFinding; reason: string };

export interface ComparisonReviewer {
  memberId: string;
  name: string;
  unit: string;
  reviewId: string;
  total: number;
  grade: string;
  pass: boolean;
  vetoes: string[];
}

export interface ComparisonItem {
  itemCode: string;
  title: string;
  max: number;
  /** In reviewer order; null score = N/A. */
  cells: { finding: ItemFinding | null; score: number | null; status: string }[];
  differs: boolean;
  /** Largest minus smallest score among reviewers (0 when they agree). */
  spread: number;
  decision: PanelDecision | null;
}

export interface ReviewFlags {
  anyFail: boolean;
  gradesDiffer: boolean;
  totalSpread: number;
  threshold: number;
  needsReview: boolean;
  /** Chinese reasons, one per rule that fired. */
  reasons: string[];
}

export interface CampaignResultState {
  reviewId: string | null;
  locked: boolean;
  contentHash: string | null;
  /** Recomputed now: false means the locked content was changed afterwards. */
  hashValid: boolean | null;
  lockedAt: string | null;
  lockedBy: string | null;
  total: number | null;
  grade: string | null;
  reopenHistory: { at: string; actor: string; reason: string; contentHash: string | null }[];
}

export interface Comparison {
  caseId: string;
  caseNumber: string;
  caseName: string;
  agency: string;
  standardVersionId: string;
  ready: boolean;
  /** Reviews still open (status only: blind until submitted). */
  pending: { memberName: string; status: AssignmentReviewStatus }[];
  reviewers: ComparisonReviewer[];
  items: ComparisonItem[];
  flags: ReviewFlags;
  result: CampaignResultState;
}

export interface DashboardData {
  campaignId: string;
  totals: {
    cases: number;
    slots: number;
    notStarted: number;
    draft: number;
    submitted: number;
    readyToConsolidate: number;
    locked: number;
  };
  byReviewer: {
    memberId: string;
    name: string;
    unit: string;
    assigned: number;
    notStarted: number;
    draft: number;
    submitted: number;
  }[];
  byCase: {
    caseId: string;
    caseNumber: string;
    caseName: string;
    agency: string;
    actType: string;
    reviews: { memberName: string; status: AssignmentReviewStatus }[];
    result: 'none' | 'draft' | 'locked';
    total: number | null;
    grade: string | null;
  }[];
  byAgency: {
    agency: string;
    cases: number;
    locked: number;
    averageScore: number | null;
    grades: Record<string, number>;
    /** Share of locked results with a passing grade, % with 1 decimal. */
    passRate: number | null;
  }[];
}

const decisionInput = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('adopt'), memberId: id }).strict(),
  z.object({ kind: z.literal('consensus'), finding: itemFindingSchema, reason }).strict(),
]);

const campaignId = id;
const ref = z.object({ campaignId, caseId: id }).strict();

export const campaignMethods = {
  'campaigns.list': defineMethod<CampaignSummary[]>()(z.object({}).strict()),
  'campaigns.get': defineMethod<Campaign>()(z.object({ id }).strict()),
  'campaigns.create': defineMethod<Campaign>()(
    z
      .object({
        settings: campaignSettingsSchema,
        members: z.array(campaignMemberInputSchema).max(200).default([]),
      })
      .strict(),
  ),
  'campaigns.update': defineMethod<Campaign>()(z.object({ id, settings: campaignSettingsSchema }).strict()),
  'campaigns.addMember': defineMethod<Campaign>()(
    z.object({ campaignId, member: campaignMemberInputSchema }).strict(),
  ),
  'campaigns.removeMember': defineMethod<Campaign>()(z.object({ campaignId, memberId: id, reason }).strict()),
  'campaigns.previewSample': defineMethod<SamplePreview>()(
    z.object({ campaignId, params: sampleParamsSchema }).strict(),
  ),
  /** Draws again with the previewed seed (same result) and adds the dossiers. */
  'campaigns.confirmSample': defineMethod<SamplePreview & { sampleId: string }>()(
    z.object({ campaignId, params: sampleParamsSchema.required({ seed: true }) }).strict(),
  ),
  'campaigns.cases': defineMethod<CampaignCase[]>()(z.object({ campaignId }).strict()),
  'campaigns.addCase': defineMethod<CampaignCase>()(z.object({ campaignId, caseId: id, reason }).strict()),
  'campaigns.removeCase': defineMethod<CampaignCase>()(z.object({ campaignId, caseId: id, reason }).strict()),
  'campaigns.assignments': defineMethod<CampaignAssignment[]>()(z.object({ campaignId }).strict()),
  'campaigns.autoAssign': defineMethod<AutoAssignOutcome>()(z.object({ campaignId }).strict()),
  /** Manual assignment; a 回避 conflict needs `overrideReason` and is logged. */
  'campaigns.assign': defineMethod<CampaignAssignment>()(
    z.object({ campaignId, caseId: id, memberId: id, overrideReason: reason.optional() }).strict(),
  ),
  'campaigns.unassign': defineMethod<{ removed: true }>()(
    z.object({ campaignId, assignmentId: id, reason }).strict(),
  ),
  /** The current reviewer's (设置 → 评查人员) own dossiers. */
  'campaigns.myQueue': defineMethod<QueueEntry[]>()(z.object({ campaignId }).strict()),
  /** Opens (creating when needed) the current reviewer's own review for an assignment. */
  'campaigns.openAssignment': defineMethod<{ reviewId: string; caseId: string; standardVersionId: string }>()(
    z.object({ assignmentId: id }).strict(),
  ),
  'campaigns.comparison': defineMethod<Comparison>()(ref),
  'campaigns.decide': defineMethod<Comparison>()(
    z
      .object({ campaignId, caseId: id, itemCode: z.string().trim().min(1).max(40), decision: decisionInput })
      .strict(),
  ),
  /** Records "adopt" for every item on which all reviewers agree. */
  'campaigns.adoptAgreed': defineMethod<Comparison>()(ref),
  'campaigns.lock': defineMethod<Comparison>()(ref),
  'campaigns.reopen': defineMethod<Comparison>()(z.object({ campaignId, caseId: id, reason }).strict()),
  'campaigns.dashboard': defineMethod<DashboardData>()(z.object({ campaignId }).strict()),
};
