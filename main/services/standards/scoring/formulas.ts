import type {
  FormulaPolicy,
  LegalityGateFormula,
  Sum100Formula,
} from '../../../../preload/contract/model/standard/formula';
import type {
  LegalityGateIntermediates,
  Sum100Intermediates,
} from '../../../../preload/contract/model/score-report';
import { bonusSum, ratioOf, type ScoredItem } from './scored-item';

export interface FormulaOutcome<T> {
  /** Total before vetoes and before clamping; unrounded. */
  total: number;
  /** Highest total reachable: base full score + every bonus cap. */
  maxTotal: number;
  intermediates: T;
}

const bonusCap = (items: readonly ScoredItem[]): number =>
  items.filter((s) => s.item.mode === 'bonus').reduce((acc, s) => acc + s.item.points, 0);

export function applySum100(
  formula: Sum100Formula,
  items: readonly ScoredItem[],
): FormulaOutcome<Sum100Intermediates> {
  const { sum, max, ratio } = ratioOf(items);
  const baseScore = formula.fullScore * ratio;
  const bonus = bonusSum(items);
  return {
    total: baseScore + bonus,
    maxTotal: formula.fullScore + bonusCap(items),
    intermediates: {
      kind: 'sum_100',
      fullScore: formula.fullScore,
      scoredSum: sum,
      applicableMax: max,
      ratio,
      baseScore,
      bonus,
    },
  };
}

/**
 * ECO24: 案卷得分 = 合法性(50) + 规范性, 规范性 = 50 × Σ得分 / Σ适用项标准分 − Σ卷面扣分.
 * The legality part is all-or-nothing: any triggered legality item gives the
 * whole file 0 (bonus included).
 */
export function applyLegalityGate(
  formula: LegalityGateFormula,
  items: readonly ScoredItem[],
): FormulaOutcome<LegalityGateIntermediates> {
  const inRole = (codes: readonly string[]): ScoredItem[] =>
    items.filter((s) => codes.includes(s.topSectionCode));
  const legality = inRole(formula.legalitySections);
  const form = inRole(formula.formSections).filter((s) => s.item.mode !== 'bonus');
  const normativity = inRole(formula.normativitySections);
  const legalityPassed = !legality.some((s) => s.vetoTriggered);
  const { sum, max, ratio } = ratioOf(normativity);
  const normativityBeforeForm = formula.normativityPoints * ratio;
  const formDeductions = form
    .filter((s) => s.na === null)
    .reduce((acc, s) => acc + (s.item.points - s.score), 0);
  const normativityScore = Math.max(0, normativityBeforeForm - formDeductions);
  const bonus = bonusSum(items);
  // "任一重大问题 ⇒ 案卷得0分": the gate zeroes the file whatever effect the item declares.
  const legalityScore = legalityPassed ? formula.legalityPoints : 0;
  return {
    total: legalityPassed ? legalityScore + normativityScore + bonus : 0,
    maxTotal: formula.legalityPoints + formula.normativityPoints + bonusCap(items),
    intermediates: {
      kind: 'legality_gate_plus_normativity',
      legalityPassed,
      legalityScore,
      normativityItemSum: sum,
      normativityApplicableMax: max,
      ratio,
      normativityBeforeForm,
      formDeductions,
      normativityScore,
      bonus,
    },
  };
}

export function applyFormula(
  formula: FormulaPolicy,
  items: readonly ScoredItem[],
): FormulaOutcome<Sum100Intermediates | LegalityGateIntermediates> {
  return formula.kind === 'sum_100' ? applySum100(formula, items) : applyLegalityGate(formula, items);
}
