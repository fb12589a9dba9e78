import { z } from 'zod';
import type { Standard } from '../model/standard/standard';
import type { StandardValidationError } from '../model/standard/validation-error';
import { defineMethod } from '../define-method';

/**
 * Scoring standards (评查标准) stored per version. Built-ins are seeded from the
 * bundled resources on first use and, like any version used by a submitted
 * review, are locked: editing creates a new version (E_LOCKED otherwise).
 */
export interface StandardVersionSummary {
  id: string;
  code: string;
  version: string;
  name: string;
  issuer: string;
  actTypes: string[];
  formulaKind: Standard['formula']['kind'];
  itemCount: number;
  contentHash: string;
  builtin: boolean;
  locked: boolean;
  /** Submitted reviews that use this version. */
  submittedReviews: number;
  createdAt: string;
  updatedAt: string;
}

export interface StandardVersionDetail {
  summary: StandardVersionSummary;
  standard: Standard;
}

export type StandardValidationResult =
  { ok: true; contentHash: string; itemCount: number } | { ok: false; errors: StandardValidationError[] };

export interface StandardImportOutcome {
  summary: StandardVersionSummary;
  warnings: string[];
}

const id = z.string().min(1).max(64);
/** A standard as authored; validated by the service with precise Chinese messages. */
const standardJson = z.record(z.string(), z.unknown());
const shortText = z.string().trim().min(1).max(100);

export const standardMethods = {
  'standards.list': defineMethod<StandardVersionSummary[]>()(z.object({}).strict()),
  'standards.get': defineMethod<StandardVersionDetail>()(z.object({ id }).strict()),
  'standards.validate': defineMethod<StandardValidationResult>()(
    z.object({ standard: standardJson }).strict(),
  ),
  /** Saves code@version: updates an unlocked version in place, or creates it. */
  'standards.saveVersion': defineMethod<StandardVersionSummary>()(
    z.object({ standard: standardJson }).strict(),
  ),
  /** Copies a version under a new version (and optionally a new code and name). */
  'standards.clone': defineMethod<StandardVersionSummary>()(
    z.object({ id, version: shortText, code: shortText.optional(), name: shortText.optional() }).strict(),
  ),
  'standards.importJson': defineMethod<StandardImportOutcome>()(
    z
      .object({
        text: z
          .string()
          .min(1)
          .max(5 * 1024 * 1024),
      })
      .strict(),
  ),
  /** Excel (.xlsx) bytes as base64. */
  'standards.importXlsx': defineMethod<StandardImportOutcome>()(
    z
      .object({
        base64: z
          .string()
          .min(1)
          .max(14 * 1024 * 1024),
      })
      .strict(),
  ),
  'standards.exportJson': defineMethod<{ fileName: string; text: string }>()(z.object({ id }).strict()),
  'standards.exportXlsx': defineMethod<{ fileName: string; base64: string; warnings: string[] }>()(
    z.object({ id }).strict(),
  ),
};
