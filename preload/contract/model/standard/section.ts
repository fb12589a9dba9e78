import { z } from 'zod';
import { conditionSchema, type Condition } from './condition';
import { MAX_POINTS, codeSchema, itemSchema, type StandardItem, type StandardItemInput } from './item';

/** Sections nest (章 → 节); a section holds items, sub-sections, or both. */
export interface StandardSection {
  code: string;
  title: string;
  description?: string | undefined;
  /** Points the source document prints for the section; checked against its items. */
  declaredPoints?: number | undefined;
  /** Applies to every item below (ANDed with the items' own conditions). */
  appliesWhen?: Condition | undefined;
  items: StandardItem[];
  sections: StandardSection[];
}

export interface StandardSectionInput {
  code: string;
  title: string;
  description?: string | undefined;
  declaredPoints?: number | undefined;
  appliesWhen?: Condition | undefined;
  items?: StandardItemInput[] | undefined;
  sections?: StandardSectionInput[] | undefined;
}

export const sectionSchema: z.ZodType<StandardSection, StandardSectionInput> = z.lazy(() =>
  z
    .object({
      code: codeSchema,
      title: z.string().trim().min(1),
      description: z.string().optional(),
      declaredPoints: z.number().finite().nonnegative().max(MAX_POINTS).optional(),
      appliesWhen: conditionSchema.optional(),
      items: z.array(itemSchema).default([]),
      sections: z.array(sectionSchema).default([]),
    })
    .strict(),
);
