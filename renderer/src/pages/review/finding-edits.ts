import type { ItemFinding } from '../../../../preload/contract/methods/reviews';
import type { StandardItem } from '../../../../preload/contract/model/standard/item';

/**
 * Pure edits of one item's finding, shared by the keyboard and the mouse so
 * both produce exactly the same results. `null` means "no result" (unscored).
 */
const keepNote = (current: ItemFinding | null): Pick<ItemFinding, 'note'> =>
  current?.note ? { note: current.note } : {};

export const setStatusOk = (current: ItemFinding | null): ItemFinding => ({
  status: 'ok',
  ...keepNote(current),
});

export function toggleOption(
  item: StandardItem,
  current: ItemFinding | null,
  index: number,
): ItemFinding | null | undefined {
  const option = item.options[index];
  if (!option) return undefined;
  const selected = current?.status === 'deduct' ? (current.optionIds ?? []) : [];
  const next = selected.includes(option.id)
    ? selected.filter((id) => id !== option.id)
    : [...selected, option.id];
  if (next.length === 0) return item.mode === 'deduct' ? setStatusOk(current) : null;
  const occurrences: Record<string, number> = {};
  const previous =
    current?.status === 'deduct' && typeof current.occurrences === 'object' ? current.occurrences : {};
  for (const id of next) {
    const o = item.options.find((x) => x.id === id);
    if (o?.perOccurrence) occurrences[id] = previous[id] ?? 1;
  }
  return {
    status: 'deduct',
    optionIds: next,
    ...(Object.keys(occurrences).length > 0 ? { occurrences } : {}),
    ...keepNote(current),
  };
}

/** +1 / −1 occurrence: the count of a per_occurrence item, or of every selected per-occurrence option. */
export function bumpOccurrences(
  item: StandardItem,
  current: ItemFinding | null,
  delta: 1 | -1,
): ItemFinding | null | undefined {
  if (item.mode === 'per_occurrence') {
    const count =
      current?.status === 'deduct' && typeof current.occurrences === 'number' ? current.occurrences : 0;
    const next = Math.max(0, count + delta);
    return next === 0 ? setStatusOk(current) : { status: 'deduct', occurrences: next, ...keepNote(current) };
  }
  if (current?.status !== 'deduct' || typeof current.occurrences !== 'object') return undefined;
  const occurrences = Object.fromEntries(
    Object.entries(current.occurrences).map(([id, n]) => [id, Math.max(1, n + delta)]),
  );
  return { ...current, occurrences };
}

export const toggleVeto = (item: StandardItem, current: ItemFinding | null): ItemFinding | undefined =>
  item.veto
    ? current?.status === 'veto'
      ? setStatusOk(current)
      : { status: 'veto', ...keepNote(current) }
    : undefined;

export const withNote = (current: ItemFinding | null, note: string): ItemFinding | null => {
  if (!current) return note ? { status: 'ok', note } : null;
  const { note: _old, ...rest } = current;
  return note ? { ...rest, note } : rest;
};

/** Items where the reviewer types a number: range deductions and free awards/bonuses. */
export const takesValue = (item: StandardItem) =>
  item.mode === 'range' || ((item.mode === 'award' || item.mode === 'bonus') && item.options.length === 0);
