import { z } from 'zod';

/**
 * Applicability condition: a tiny declarative language over case facts.
 *
 *   { "fact": "hearingHeld", "equals": true }
 *   { "fact": "actType", "in": ["行政处罚", "行政强制"] }
 *   { "all": [c1, c2] }   { "any": [c1, c2] }   { "not": c }
 *
 * Fact names and value types are checked semantically (see
 * validate-conditions.ts) so that messages can name the fact precisely.
 */
export type Condition =
  | { fact: string; equals: string | boolean }
  | { fact: string; in: Array<string | boolean> }
  | { all: Condition[] }
  | { any: Condition[] }
  | { not: Condition };

const factValue = z.union([z.string(), z.boolean()]);

export const conditionSchema: z.ZodType<Condition, Condition> = z.lazy(() =>
  z.union([
    z.object({ fact: z.string().min(1), equals: factValue }).strict(),
    z.object({ fact: z.string().min(1), in: z.array(factValue).min(1) }).strict(),
    z.object({ all: z.array(conditionSchema).min(1) }).strict(),
    z.object({ any: z.array(conditionSchema).min(1) }).strict(),
    z.object({ not: conditionSchema }).strict(),
  ]),
);
