import { z } from 'zod';
import { conditionSchema } from './condition';
import { SCORING_MODES, THREE_SYSTEMS, VETO_EFFECTS } from './vocabulary';

/** Codes are what reviewers type and what results reference: no whitespace. */
export const codeSchema = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^\S+$/, { message: '编号不能包含空白字符' });

/** Pre-check rule ids such as `GS-3`, `GS-3b`, `JL-2`, `QX-WAIT`. */
export const ruleIdSchema = z.string().regex(/^[A-Z]{2,4}-[A-Z0-9]+[a-z]?$/, {
  message: '关联规则编号格式应为 GS-3、JL-2、QX-WAIT 这样的形式',
});

/** No real item is worth more than this; the cap keeps sums far from float overflow. */
export const MAX_POINTS = 1000;
const points = z.number().finite().nonnegative().max(MAX_POINTS);

/**
 * A predefined finding. In deduct mode `points` is deducted once, or per
 * occurrence when `perOccurrence` is set ("每处扣0.5分"); in award mode
 * `points` is awarded when the criterion is met.
 */
export const deductionOptionSchema = z
  .object({
    id: codeSchema,
    text: z.string().trim().min(1),
    points: z.number().finite().positive().max(MAX_POINTS),
    perOccurrence: z.boolean().default(false),
  })
  .strict();

export const itemSchema = z
  .object({
    code: codeSchema,
    title: z.string().trim().min(1),
    criterion: z.string().default(''),
    basis: z.string().default(''),
    points,
    mode: z.enum(SCORING_MODES).default('deduct'),
    /** per_occurrence: points per occurrence. */
    step: z.number().finite().positive().max(MAX_POINTS).optional(),
    /** range: the allowed deduction interval. */
    range: z.object({ min: points, max: points }).strict().optional(),
    options: z.array(deductionOptionSchema).default([]),
    veto: z.enum(VETO_EFFECTS).optional(),
    /** What triggers the veto, when it differs from the criterion text. */
    vetoCriterion: z.string().optional(),
    /** Some items (e.g. legality gates) may never be marked N/A by hand. */
    allowNa: z.boolean().default(true),
    appliesWhen: conditionSchema.optional(),
    threeSystem: z.enum(THREE_SYSTEMS).default('none'),
    ruleIds: z.array(ruleIdSchema).default([]),
    keywords: z.array(z.string().trim().min(1)).default([]),
    note: z.string().optional(),
  })
  .strict();

export type DeductionOption = z.infer<typeof deductionOptionSchema>;
export type StandardItem = z.infer<typeof itemSchema>;
/** Input shape (defaults not yet applied), e.g. for authoring in code. */
export type StandardItemInput = z.input<typeof itemSchema>;
