import { z } from 'zod';
import { VERIFY_LOCALLY_NOTE } from './vocabulary';

/**
 * Grade bands are a property of the standard version: no official thresholds
 * were found (domain.md §2.5), so defaults are labelled for local checking.
 * Bands are listed from best to worst; the first is "excellent" for the
 * `cap_below_excellent` veto, and the last must start at 0.
 */
export const gradeBandSchema = z
  .object({
    label: z.string().trim().min(1),
    /** Inclusive lower bound on the (2-decimal rounded) total. */
    min: z.number().finite().nonnegative().max(100_000),
    /** Counts as 合格 for pass-rate statistics. */
    pass: z.boolean(),
  })
  .strict();

export type GradeBand = z.infer<typeof gradeBandSchema>;

export const gradingSchema = z
  .object({
    note: z.string().default(VERIFY_LOCALLY_NOTE),
    bands: z.array(gradeBandSchema).min(2),
  })
  .strict();

export type Grading = z.infer<typeof gradingSchema>;

export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = Object.freeze([
  { label: '优秀', min: 90, pass: true },
  { label: '良好', min: 80, pass: true },
  { label: '合格', min: 60, pass: true },
  { label: '不合格', min: 0, pass: false },
]);

export const THREE_TIER_GRADE_BANDS: readonly GradeBand[] = Object.freeze([
  { label: '优秀', min: 90, pass: true },
  { label: '合格', min: 60, pass: true },
  { label: '不合格', min: 0, pass: false },
]);

export const defaultGrading = (): Grading => ({
  note: VERIFY_LOCALLY_NOTE,
  bands: DEFAULT_GRADE_BANDS.map((b) => ({ ...b })),
});
