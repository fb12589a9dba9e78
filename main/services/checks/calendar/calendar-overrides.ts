import { z } from 'zod';
import { isoDateSchema } from './date-schemas';
import { MAX_YEAR, MIN_YEAR } from './iso-date';

/**
 * The admin-editable override table (domain.md §5.2: "ship a versioned
 * calendar table … allow admin edits and import"). It is data, passed to
 * `createWorkingCalendar` — never a process-wide global — so that a check run
 * can record exactly which table it used.
 */
export const calendarOverrideDaySchema = z.object({
  date: isoDateSchema,
  /** workday = 上班（含调休上班）; holiday = 放假 */
  kind: z.enum(['workday', 'holiday']),
  /** Festival name shown in explanations, e.g. 春节. */
  name: z.string().min(1).optional(),
  note: z.string().optional(),
});

export const calendarOverridesSchema = z.object({
  /** Version label of the table, e.g. "2027-国办发明电〔2026〕x号". */
  version: z.string().optional(),
  source: z.string().optional(),
  /**
   * Years declared complete by the admin. A year chinese-days does not cover
   * may only be used for computation once it is listed here.
   */
  loadedYears: z.array(z.number().int().min(MIN_YEAR).max(MAX_YEAR)).default([]),
  days: z.array(calendarOverrideDaySchema).default([]),
});

export type CalendarOverrideDay = z.infer<typeof calendarOverrideDaySchema>;
export type CalendarOverrides = z.infer<typeof calendarOverridesSchema>;
export type CalendarOverridesInput = z.input<typeof calendarOverridesSchema>;

export const EMPTY_OVERRIDES: CalendarOverrides = { loadedYears: [], days: [] };
