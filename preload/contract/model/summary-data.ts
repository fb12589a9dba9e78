/**
 * The 评查结果汇总表 as data (domain.md §3.2): one row per dossier, aggregations
 * per agency, top problems and the three compliance rates. Built by
 * main/services/reports/summary-data.ts; returned by reports.summary.
 */

/** A three-system flag as printed: compliant, problem found, or nothing to judge. */
export type SystemFlag = '符合' | '不符合' | '—';

export interface SummaryRow {
  no: number;
  caseId: string;
  caseNumber: string;
  agency: string;
  name: string;
  actType: string;
  reviewers: string;
  reviewId: string;
  standard: string;
  total: number;
  maxTotal: number;
  grade: string;
  pass: boolean;
  vetoes: string[];
  keyProblems: string[];
  flags: { 公示: SystemFlag; 全过程记录: SystemFlag; 法制审核: SystemFlag };
}

/** ok of `of` cases where the rule could be decided; rate is null when none could. */
export interface Rate {
  ok: number;
  of: number;
  rate: number | null;
}

export interface AgencyRow {
  agency: string;
  files: number;
  average: number;
  grades: Record<string, number>;
  passCount: number;
  passRate: number;
  /** GS-3: decision published on time with its elements. */
  publicationOnTime: Rate;
  /** JL-2: mandatory audio-visual record present. */
  avPresent: Rate;
  /** FZ-1: legal review done where required. */
  legalReviewDone: Rate;
}

export interface TopProblem {
  key: string;
  label: string;
  count: number;
}

export interface SummaryData {
  title: string;
  campaign: string;
  rows: SummaryRow[];
  agencies: AgencyRow[];
  /** All files together, as one more aggregation row. */
  overall: AgencyRow;
  gradeLabels: string[];
  topItems: TopProblem[];
  topRules: TopProblem[];
  /** Cases left out (no submitted review), with the reason. */
  skipped: Array<{ caseId: string; name: string; reason: string }>;
}
