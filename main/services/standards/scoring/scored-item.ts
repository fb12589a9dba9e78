import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import type { ItemResult } from './item-result';
import type { NaSource } from '../../../../preload/contract/model/score-report';

/** Engine-internal view of one item after applicability and N/A are resolved. */
export interface ScoredItem {
  item: StandardItem;
  topSectionCode: string;
  /** Codes of every enclosing section, outermost first. */
  sectionCodes: string[];
  result: ItemResult | undefined;
  na: NaSource | null;
  applicability: true | false | 'unknown';
  /** In the denominator: non-bonus, and either applicable or N/A under `full_marks`. */
  counted: boolean;
  /** Raw points: earned points, max for N/A under `full_marks`, 0 when not counted. */
  score: number;
  vetoTriggered: boolean;
}

export const isBonus = (s: ScoredItem): boolean => s.item.mode === 'bonus';

/** Σ of earned bonus points (N/A bonus items earn nothing). */
export const bonusSum = (items: readonly ScoredItem[]): number =>
  items.filter((s) => isBonus(s) && s.na === null).reduce((acc, s) => acc + s.score, 0);

export function ratioOf(items: readonly ScoredItem[]): { sum: number; max: number; ratio: number } {
  const counted = items.filter((s) => s.counted);
  const sum = counted.reduce((acc, s) => acc + s.score, 0);
  const max = counted.reduce((acc, s) => acc + s.item.points, 0);
  // Everything N/A means nothing was found wrong: full marks rather than 0/0.
  return { sum, max, ratio: max > 0 ? sum / max : 1 };
}
