import { z } from 'zod';
import { formulaSchema } from './formula';
import { defaultGrading, gradingSchema } from './grade-bands';
import { codeSchema } from './item';
import { sectionSchema } from './section';
import { ACT_TYPES, NA_POLICIES, VERIFY_LOCALLY_NOTE } from './vocabulary';

/** Version of the file format itself (not of the standard's content). */
export const STANDARD_FORMAT_VERSION = 1;

export const standardSchema = z
  .object({
    format: z.literal(STANDARD_FORMAT_VERSION).default(STANDARD_FORMAT_VERSION),
    code: codeSchema,
    name: z.string().trim().min(1),
    version: z.string().trim().min(1),
    issuer: z.string().trim().min(1),
    /** Where the content comes from (document number, date, link), and its reliability. */
    sourceNote: z.string().trim().min(1),
    verifyNote: z.string().default(VERIFY_LOCALLY_NOTE),
    description: z.string().optional(),
    actTypes: z.array(z.enum(ACT_TYPES)).min(1),
    formula: formulaSchema,
    naPolicy: z.enum(NA_POLICIES).default('renormalise'),
    grading: gradingSchema.default(defaultGrading),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();

/** A validated standard with all defaults applied. */
export type Standard = z.infer<typeof standardSchema>;
/** What an author may write (defaults optional). */
export type StandardInput = z.input<typeof standardSchema>;
