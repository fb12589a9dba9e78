import type { ItemResultStatus, ThreeSystem, VetoEffect } from './standard/vocabulary';

/** Why an item is N/A: marked by the reviewer, or excluded by the case facts. */
export type NaSource = 'user' | 'applicability';

export interface ItemScore {
  itemCode: string;
  title: string;
  /** Code of the top-level section and of the direct parent section. */
  topSectionCode: string;
  sectionCode: string;
  max: number;
  /** Points earned; null when N/A under the `renormalise` policy. */
  score: number | null;
  /** max − score for scored items; 0 for N/A and bonus items. */
  deduction: number;
  status: ItemResultStatus | 'unscored';
  na: NaSource | null;
  /** Applicability as evaluated from the facts ('unknown' = a needed fact is missing). */
  applicability: true | false | 'unknown';
  bonus: boolean;
  vetoTriggered: boolean;
  threeSystem: ThreeSystem;
  ruleIds: string[];
}

/**
 * Three-system (三项制度) findings, kept apart from the numeric score because
 * many standards (e.g. ECO24) have no item for them (domain.md §2.2 note).
 */
export interface ThreeSystemFinding {
  /** Applicable items carrying this tag. */
  itemCodes: string[];
  /** Of those, items with a deduction or a triggered veto. */
  problemItemCodes: string[];
  /** Points lost on tagged items (2 decimals). */
  deductions: number;
  /** Pre-check rule ids linked to the problem items, deduplicated. */
  problemRuleIds: string[];
}

export interface SectionSubtotal {
  code: string;
  title: string;
  depth: number;
  /** Σ maxima of applicable, non-bonus items (N/A items counted only under `full_marks`). */
  applicableMax: number;
  /** Σ maxima of all non-bonus items as printed in the standard. */
  nominalMax: number;
  score: number;
  deductions: number;
  bonus: number;
  naItemCodes: string[];
}

export interface TriggeredVeto {
  itemCode: string;
  title: string;
  effect: VetoEffect;
  reason?: string;
}

export interface Sum100Intermediates {
  kind: 'sum_100';
  fullScore: number;
  scoredSum: number;
  applicableMax: number;
  /** scoredSum / applicableMax (1 when every item is N/A). */
  ratio: number;
  /** fullScore × ratio, before bonus and vetoes. */
  baseScore: number;
  bonus: number;
}

export interface LegalityGateIntermediates {
  kind: 'legality_gate_plus_normativity';
  /** false when any item of a legality section triggered its veto. */
  legalityPassed: boolean;
  legalityScore: number;
  normativityItemSum: number;
  normativityApplicableMax: number;
  ratio: number;
  /** normativityPoints × ratio, before form deductions. */
  normativityBeforeForm: number;
  formDeductions: number;
  /** max(0, normativityBeforeForm − formDeductions). */
  normativityScore: number;
  bonus: number;
}

export type FormulaIntermediates = Sum100Intermediates | LegalityGateIntermediates;

export interface GradeResult {
  label: string;
  pass: boolean;
}

/**
 * Result of scoreReview. All numbers are rounded to 2 decimals (half-up) for
 * output; internal arithmetic is unrounded, and the grade is read from the
 * rounded total so that what is displayed and the grade agree.
 */
export interface ScoreReport {
  standardCode: string;
  standardVersion: string;
  total: number;
  maxTotal: number;
  /** Total before vetoes (after clamping). */
  totalBeforeVetoes: number;
  grade: GradeResult;
  gradeBeforeVetoes: GradeResult;
  gradingNote: string;
  vetoes: TriggeredVeto[];
  formula: FormulaIntermediates;
  items: ItemScore[];
  sections: SectionSubtotal[];
  na: { byUser: string[]; byApplicability: string[] };
  /** Items without a result; scored as `ok` (bonus: 0) so the total is provisional. */
  unscoredItemCodes: string[];
  complete: boolean;
  threeSystems: Record<Exclude<ThreeSystem, 'none'>, ThreeSystemFinding>;
  /** Non-blocking notes; `itemCode` is '' for standard-level warnings. */
  warnings: Array<{ itemCode: string; message: string }>;
}
