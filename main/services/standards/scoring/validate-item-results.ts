import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import { formatPoints } from '../model/points-math';
import type { Standard } from '../../../../preload/contract/model/standard/standard';
import { listItems } from '../../../../preload/contract/model/standard/walk';
import { SCORING_MODE_LABELS } from '../../../../preload/contract/model/standard/vocabulary';
import type { ItemResult, ItemResultError } from './item-result';

const isPositiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n >= 1;

function countFor(result: ItemResult, optionId: string): number | undefined {
  const occ = result.occurrences;
  if (occ === undefined) return undefined;
  return typeof occ === 'number' ? occ : occ[optionId];
}

/** Details required by a `deduct` status, per scoring mode. */
function checkDeduct(
  item: StandardItem,
  result: ItemResult,
  push: (field: string, message: string) => void,
): void {
  const hasReason = (result.reason ?? '').trim() !== '';
  switch (item.mode) {
    case 'deduct': {
      const ids = result.optionIds ?? [];
      if (ids.length === 0) {
        push('optionIds', '扣分时必须选择至少一个扣分选项');
        return;
      }
      for (const id of ids) {
        const opt = item.options.find((o) => o.id === id);
        if (opt === undefined) {
          push('optionIds', `扣分选项「${id}」不属于本项`);
          continue;
        }
        if (opt.perOccurrence && !isPositiveInt(countFor(result, id))) {
          push('occurrences', `选项「${opt.text}」按次扣分，须填写次数（正整数）`);
        }
      }
      if (result.rangeValue !== undefined) push('rangeValue', '「扣分」项目不使用扣分值，请选择扣分选项');
      return;
    }
    case 'per_occurrence':
      if (typeof result.occurrences !== 'number' || result.occurrences < 1)
        push('occurrences', '按次扣分须填写出现次数（正整数）');
      return;
    case 'range': {
      const range = item.range;
      const v = result.rangeValue;
      if (v === undefined) push('rangeValue', '区间扣分须填写扣分值');
      else if (range !== undefined && (v < range.min || v > range.max)) {
        push(
          'rangeValue',
          `扣分值 ${formatPoints(v)} 超出允许区间 ${formatPoints(range.min)}–${formatPoints(range.max)} 分`,
        );
      }
      if (!hasReason) push('reason', '区间扣分须填写扣分理由');
      return;
    }
    case 'award':
    case 'bonus': {
      if (item.mode === 'award' && item.options.length > 0) {
        for (const id of result.optionIds ?? []) {
          if (!item.options.some((o) => o.id === id)) push('optionIds', `得分选项「${id}」不属于本项`);
        }
        if (result.rangeValue !== undefined) push('rangeValue', '本项按得分选项计分，不使用得分值');
        return;
      }
      const v = result.rangeValue;
      if (v === undefined)
        push('rangeValue', `「${SCORING_MODE_LABELS[item.mode]}」项目部分得分时须填写得分值`);
      else if (v < 0 || v > item.points)
        push('rangeValue', `得分值 ${formatPoints(v)} 超出允许范围 0–${formatPoints(item.points)} 分`);
      return;
    }
  }
}

/**
 * Checks results against the standard. Returns every problem found (not only
 * the first) so the UI can mark all offending rows at once.
 */
export function validateItemResults(standard: Standard, results: readonly ItemResult[]): ItemResultError[] {
  const errors: ItemResultError[] = [];
  const byCode = new Map(listItems(standard).map((l) => [l.item.code, l.item]));
  const seen = new Map<string, number>();
  results.forEach((result, index) => {
    const itemCode = result.itemCode;
    const push = (field: string, message: string): void => {
      errors.push({ index, itemCode, field, message });
    };
    const item = byCode.get(itemCode);
    if (item === undefined) {
      push('itemCode', `评查标准中没有编号为「${itemCode}」的项目`);
      return;
    }
    const prev = seen.get(itemCode);
    if (prev !== undefined) {
      push('itemCode', `项目「${itemCode}」重复提交（另见第 ${prev + 1} 条）`);
      return;
    }
    seen.set(itemCode, index);
    const ids = result.optionIds ?? [];
    if (new Set(ids).size !== ids.length) push('optionIds', '同一选项不能重复选择');
    switch (result.status) {
      case 'veto':
        if (item.veto === undefined) push('status', `项目「${item.title}」不是否决项，不能判定否决`);
        break;
      case 'na':
        if (!item.allowNa) push('status', `项目「${item.title}」不允许标记为不适用`);
        break;
      case 'deduct':
        checkDeduct(item, result, push);
        break;
      case 'ok':
        break;
    }
  });
  return errors;
}
