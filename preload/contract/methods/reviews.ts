import { z } from 'zod';
import type { CaseFacts } from '../model/standard/case-facts';
import type { Standard } from '../model/standard/standard';
import type { ScoreReport } from '../model/score-report';
import { ITEM_RESULT_STATUSES } from '../model/standard/vocabulary';
import { defineMethod } from '../define-method';

/** Who reviews on this workstation (设置 → 评查人员); recorded on every review and change. */
export const reviewerIdentitySchema = z
  .object({
    name: z.string().trim().min(1, '姓名不能为空').max(50),
    unit: z.string().trim().max(200).default(''),
    role: z.string().trim().max(50).default(''),
  })
  .strict();
export type ReviewerIdentity = z.output<typeof reviewerIdentitySchema>;

/**
 * One item's finding without its code (the code is a separate argument). Mirrors
 * the engine's itemResultSchema; the engine checks it against the item again.
 */
export const itemFindingSchema = z
  .object({
    status: z.enum(ITEM_RESULT_STATUSES),
    optionIds: z.array(z.string().min(1).max(40)).max(100).optional(),
    occurrences: z
      .union([
        z.number().int().nonnegative().max(100_000),
        z.record(z.string().max(40), z.number().int().nonnegative().max(100_000)),
      ])
      .optional(),
    rangeValue: z.number().finite().optional(),
    reason: z.string().max(5000).optional(),
    note: z.string().max(5000).optional(),
  })
  .strict();
export type ItemFinding = z.output<typeof itemFindingSchema>;

export type ReviewStatus = 'draft' | 'submitted';

export interface ReviewSummary {
  id: string;
  caseId: string;
  standardVersionId: string;
  standardCode: string;
  standardVersion: string;
  standardName: string;
  /** SHA-256 of the canonical standard this review is scored against. */
  standardHash: string;
  reviewer: ReviewerIdentity;
  status: ReviewStatus;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  reopenedAt: string | null;
  reopenReason: string | null;
  total: number;
  grade: string;
}

export interface SavedItemResult extends ItemFinding {
  itemCode: string;
  createdAt: string;
  updatedAt: string;
}

export type SuggestionDecision = 'accepted' | 'rejected';

export interface ReviewView {
  review: ReviewSummary;
  standard: Standard;
  /** Facts derived from the case record; missing facts keep items applicable. */
  facts: CaseFacts;
  results: SavedItemResult[];
  report: ScoreReport;
  /** Latest decision per item and pre-check rule. */
  suggestionDecisions: { itemCode: string; ruleId: string; decision: SuggestionDecision; at: string }[];
}

export type HistoryKind =
  'created' | 'set' | 'cleared' | 'submitted' | 'reopened' | 'suggestion_accepted' | 'suggestion_rejected';

export interface HistoryEntry {
  id: number;
  itemCode: string | null;
  kind: HistoryKind;
  /** Pre-check rule id, for suggestion decisions. */
  ruleId: string | null;
  oldValue: ItemFinding | null;
  newValue: ItemFinding | null;
  reason: string | null;
  actor: ReviewerIdentity;
  at: string;
}

const id = z.string().min(1).max(64);
const itemCode = z.string().trim().min(1).max(40);
const ruleId = z.string().trim().min(1).max(40);

export const reviewMethods = {
  'reviewer.get': defineMethod<{ identity: ReviewerIdentity | null }>()(z.object({}).strict()),
  'reviewer.set': defineMethod<ReviewerIdentity>()(z.object({ identity: reviewerIdentitySchema }).strict()),
  'reviews.listForCase': defineMethod<ReviewSummary[]>()(z.object({ caseId: id }).strict()),
  /** This workstation's reviewer's review of the case against that version, created when missing. */
  'reviews.openOrCreate': defineMethod<ReviewView>()(
    z.object({ caseId: id, standardVersionId: id }).strict(),
  ),
  'reviews.get': defineMethod<ReviewView>()(z.object({ id }).strict()),
  /** Autosave one item (`finding: null` clears it); returns the fresh score report. */
  'reviews.setItem': defineMethod<{ report: ScoreReport; item: SavedItemResult | null; updatedAt: string }>()(
    z.object({ id, itemCode, finding: itemFindingSchema.nullable() }).strict(),
  ),
  'reviews.submit': defineMethod<ReviewView>()(z.object({ id }).strict()),
  'reviews.reopen': defineMethod<ReviewView>()(
    z.object({ id, reason: z.string().trim().min(1, '重新打开必须填写理由').max(2000) }).strict(),
  ),
  'reviews.history': defineMethod<HistoryEntry[]>()(z.object({ id, itemCode: itemCode.optional() }).strict()),
  /** Logs the reviewer's decision on a pre-check finding shown as a suggestion on an item. */
  'reviews.decideSuggestion': defineMethod<ReviewView['suggestionDecisions'][number]>()(
    z
      .object({
        id,
        itemCode,
        ruleId,
        decision: z.enum(['accepted', 'rejected']),
        note: z.string().max(2000).optional(),
      })
      .strict(),
  ),
};
