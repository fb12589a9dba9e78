import { z } from 'zod';
import { ITEM_RESULT_STATUSES } from '../../../../preload/contract/model/standard/vocabulary';

/**
 * A reviewer's finding on one item, as the API receives it.
 * - ok: no problem (full points; for a bonus item: bonus earned in full)
 * - deduct: a problem (or partial award/bonus) — details depend on the item's mode
 * - na: 本项无需评审 (not applicable)
 * - veto: the item's veto fires (only on items that declare one)
 *
 * `occurrences` is a plain count for per_occurrence items, or a map
 * optionId → count for per-occurrence options of deduct items (a plain number
 * then applies to every selected per-occurrence option).
 */
export const itemResultSchema = z
  .object({
    itemCode: z.string().trim().min(1),
    status: z.enum(ITEM_RESULT_STATUSES),
    optionIds: z.array(z.string().min(1)).optional(),
    occurrences: z
      .union([z.number().int().nonnegative(), z.record(z.string(), z.number().int().nonnegative())])
      .optional(),
    rangeValue: z.number().finite().optional(),
    reason: z.string().max(5000).optional(),
    note: z.string().max(5000).optional(),
  })
  .strict();

export const itemResultsSchema = z.array(itemResultSchema);

export type ItemResult = z.infer<typeof itemResultSchema>;

/** A problem with the scoring input; mapped by the API to E_INVALID_ARGS. */
export interface ItemResultError {
  /** Index in the submitted array, or -1 for problems with the facts. */
  index: number;
  itemCode?: string;
  field: string;
  message: string;
}
