import { z } from 'zod';
import { caseFactsSchema } from './case-facts-schema';

/**
 * JSON Schema (draft 2020-12) of the facts *input* format — what a case.yaml
 * author writes, so defaulted fields are optional. Committed as
 * resources/schemas/case-facts.schema.json by scripts/gen-facts-schema.ts.
 */
export function caseFactsJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(caseFactsSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}

/** Stable text form (2-space indent, trailing newline) used for the committed file. */
export function caseFactsJsonSchemaText(): string {
  return `${JSON.stringify(caseFactsJsonSchema(), null, 2)}\n`;
}
