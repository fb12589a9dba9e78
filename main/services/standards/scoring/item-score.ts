import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import type { ItemResult } from './item-result';

/**
 * Raw (unrounded) points of one applicable, non-N/A item. Deductions stop at
 * zero (扣完为止); awards and bonuses stop at the item maximum. Assumes the
 * result passed validateItemResults.
 */
export function itemScore(item: StandardItem, result: ItemResult | undefined): number {
  const max = item.points;
  if (result === undefined) return item.mode === 'bonus' ? 0 : max;
  if (result.status === 'veto') return 0;
  if (result.status === 'ok') return max;
  if (result.status === 'na') return item.mode === 'bonus' ? 0 : max;
  switch (item.mode) {
    case 'deduct': {
      let deduction = 0;
      for (const id of result.optionIds ?? []) {
        const opt = item.options.find((o) => o.id === id);
        if (opt === undefined) continue;
        const occ = result.occurrences;
        const count = opt.perOccurrence ? (typeof occ === 'number' ? occ : (occ?.[id] ?? 0)) : 1;
        deduction += opt.points * count;
      }
      return Math.max(0, max - deduction);
    }
    case 'per_occurrence': {
      const n = typeof result.occurrences === 'number' ? result.occurrences : 0;
      return Math.max(0, max - (item.step ?? 0) * n);
    }
    case 'range':
      return Math.max(0, max - (result.rangeValue ?? 0));
    case 'award':
    case 'bonus': {
      if (item.mode === 'award' && item.options.length > 0) {
        const awarded = (result.optionIds ?? []).reduce(
          (acc, id) => acc + (item.options.find((o) => o.id === id)?.points ?? 0),
          0,
        );
        return Math.min(max, awarded);
      }
      return Math.min(max, Math.max(0, result.rangeValue ?? 0));
    }
  }
}
