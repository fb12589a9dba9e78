import { z } from 'zod';
import { MAX_POINTS, codeSchema } from './item';

/**
 * `sum_100`: total = fullScore × Σ item scores / Σ applicable item maxima
 * (with N/A items renormalised away or counted as full, per the N/A policy),
 * plus bonus.
 */
export const sum100FormulaSchema = z
  .object({
    kind: z.literal('sum_100'),
    fullScore: z.number().finite().positive().max(MAX_POINTS).default(100),
  })
  .strict();

/**
 * ECO24 (生态环境行政执法案卷评查细则 2024): any legality veto → 0; otherwise
 * legalityPoints + normativityPoints × Σ document item scores / Σ applicable
 * document maxima − Σ form (卷面) deductions. Sections are referenced by the
 * codes of top-level sections so that the data says which part plays which role.
 */
export const legalityGateFormulaSchema = z
  .object({
    kind: z.literal('legality_gate_plus_normativity'),
    legalityPoints: z.number().finite().nonnegative().max(MAX_POINTS).default(50),
    normativityPoints: z.number().finite().positive().max(MAX_POINTS).default(50),
    legalitySections: z.array(codeSchema).min(1),
    formSections: z.array(codeSchema).default([]),
    normativitySections: z.array(codeSchema).min(1),
  })
  .strict();

export const formulaSchema = z.discriminatedUnion('kind', [sum100FormulaSchema, legalityGateFormulaSchema]);

export type Sum100Formula = z.infer<typeof sum100FormulaSchema>;
export type LegalityGateFormula = z.infer<typeof legalityGateFormulaSchema>;
export type FormulaPolicy = z.infer<typeof formulaSchema>;
