/**
 * Closed vocabularies of the standard model, with the Chinese labels the UI and
 * the Excel importer use. Keys are stable ASCII so stored reviews survive
 * relabelling; labels are what 法制科 staff actually write.
 */

// Act types and procedures are shared with case records and facts.
import { PROCEDURES } from '../../vocabulary';
export { ACT_TYPES, PROCEDURES, type ActType } from '../../vocabulary';
export type Procedure = (typeof PROCEDURES)[number];

/**
 * How an item turns a reviewer's finding into points.
 * - deduct: max minus selected deduction options, never below 0 (扣完为止)
 * - per_occurrence: max minus step × occurrences, never below 0
 * - range: max minus a reviewer-chosen value inside [range.min, range.max]; reason required
 * - award: points given up to max (options are criteria met, or a free value)
 * - bonus: extra points added above the total, capped at the item max (加分项)
 */
export const SCORING_MODES = ['deduct', 'per_occurrence', 'range', 'award', 'bonus'] as const;
export type ScoringMode = (typeof SCORING_MODES)[number];

export const SCORING_MODE_LABELS: Record<ScoringMode, string> = {
  deduct: '扣分',
  per_occurrence: '按次扣分',
  range: '区间扣分',
  award: '得分',
  bonus: '加分',
};

/**
 * A reviewer's finding on one item: ok, deduct, na (本项无需评审) or veto.
 * Shared by the engine's itemResultSchema, the API's itemFindingSchema and the
 * per-item status of a ScoreReport.
 */
export const ITEM_RESULT_STATUSES = ['ok', 'deduct', 'na', 'veto'] as const;
export type ItemResultStatus = (typeof ITEM_RESULT_STATUSES)[number];

/**
 * What a triggered veto (否决) does. Ordered from strongest to weakest so the
 * engine can pick the strongest when several fire.
 */
export const VETO_EFFECTS = ['zero_total', 'grade_fail', 'cap_below_excellent'] as const;
export type VetoEffect = (typeof VETO_EFFECTS)[number];

export const VETO_EFFECT_LABELS: Record<VetoEffect, string> = {
  zero_total: '案卷得0分',
  grade_fail: '评为不合格',
  cap_below_excellent: '不得评为优秀',
};

/** 三项制度 tag of an item. */
export const THREE_SYSTEMS = ['publicity', 'recording', 'legal_review', 'none'] as const;
export type ThreeSystem = (typeof THREE_SYSTEMS)[number];

export const THREE_SYSTEM_LABELS: Record<ThreeSystem, string> = {
  publicity: '行政执法公示',
  recording: '执法全过程记录',
  legal_review: '重大执法决定法制审核',
  none: '无',
};

/**
 * N/A (本项无需评审) policy: `renormalise` removes N/A items from the
 * denominator (ECO24); `full_marks` counts them as fully scored.
 */
export const NA_POLICIES = ['renormalise', 'full_marks'] as const;
export type NaPolicy = (typeof NA_POLICIES)[number];

/** Shown next to every built-in or default value the user must verify locally. */
export const VERIFY_LOCALLY_NOTE = '默认标准，请按本地标准核对';
