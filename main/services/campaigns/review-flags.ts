import type { ReviewFlags } from '../../../preload/contract/methods/campaigns';

export interface ReviewerOutcome {
  total: number;
  grade: string;
  pass: boolean;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/**
 * 复核 rules (domain.md §3 step 6, after the 营口/许昌 practice and the
 * phalaenopsis code): a dossier needs a second review when any reviewer graded
 * it as failing (不合格), when the reviewers' grades differ, or when the spread
 * of their totals is strictly greater than the campaign's threshold.
 */
export function reviewFlags(outcomes: readonly ReviewerOutcome[], threshold: number): ReviewFlags {
  const totals = outcomes.map((o) => o.total);
  const totalSpread = totals.length > 1 ? round2(Math.max(...totals) - Math.min(...totals)) : 0;
  const anyFail = outcomes.some((o) => !o.pass);
  const gradesDiffer = new Set(outcomes.map((o) => o.grade)).size > 1;
  const reasons: string[] = [];
  if (anyFail) reasons.push('有评查人员评为不合格');
  if (gradesDiffer) reasons.push(`等次不一致（${[...new Set(outcomes.map((o) => o.grade))].join('／')}）`);
  if (totalSpread > threshold) reasons.push(`总分相差 ${totalSpread} 分，超过 ${threshold} 分`);
  return { anyFail, gradesDiffer, totalSpread, threshold, needsReview: reasons.length > 0, reasons };
}

/** Largest minus smallest item score; N/A (null) counts as different from any score. */
export function itemSpread(scores: readonly (number | null)[]): { differs: boolean; spread: number } {
  const numbers = scores.filter((s): s is number => s !== null);
  const mixedNa = numbers.length > 0 && numbers.length < scores.length;
  const spread = numbers.length > 1 ? round2(Math.max(...numbers) - Math.min(...numbers)) : 0;
  return { differs: spread > 0 || mixedNa, spread };
}
