import { z } from 'zod';
import { isoDateProblem } from './iso-date';
import { clockTimeProblem } from './clock-time';

const DATE_SHAPE = /^\d{4}-\d{2}-\d{2}$/;
const TIME_SHAPE = /^\d{2}:\d{2}$/;

/**
 * zod schema for a real calendar date in `YYYY-MM-DD` form (2024-02-30 is
 * rejected). The regex goes into the exported JSON Schema; the refinement
 * catches impossible days, which a regex cannot.
 */
export const isoDateSchema = z
  .string()
  .regex(DATE_SHAPE, { message: '日期应为 YYYY-MM-DD 格式，例如 2024-10-08' })
  .superRefine((value, ctx) => {
    if (!DATE_SHAPE.test(value)) return;
    const problem = isoDateProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: '日期，YYYY-MM-DD', examples: ['2024-10-08'] });

/** zod schema for a time of day in `HH:mm` form. */
export const clockTimeSchema = z
  .string()
  .regex(TIME_SHAPE, { message: '时间应为 HH:mm 格式（24 小时制），例如 09:30' })
  .superRefine((value, ctx) => {
    if (!TIME_SHAPE.test(value)) return;
    const problem = clockTimeProblem(value);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta({ description: '时间，HH:mm（24 小时制）', examples: ['09:30'] });
