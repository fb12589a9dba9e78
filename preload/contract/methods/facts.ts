import { z } from 'zod';
import { defineMethod } from '../define-method';

/**
 * Case facts (案件事实) for the three-system pre-checks and the proposals
 * extracted from the dossier's text. The facts payload is validated in the
 * service against the facts model (docs/checks.md §2); here it is opaque so
 * the contract stays free of the checks core.
 */

/** One problem in submitted facts: dotted path, Chinese path label, Chinese message. */
export interface FactIssueInfo {
  path: string;
  label: string;
  message: string;
}

export interface CaseFactsView {
  caseId: string;
  /** The confirmed facts (normalised: defaults filled), or null when none were entered. */
  facts: Record<string, unknown> | null;
  /** The same facts as YAML, for the text editor ('' when none). */
  yaml: string;
  /** Increases with every save; 0 when none. */
  revision: number;
  updatedAt: string | null;
  /** Consistency notes (names not in the roster, dates out of order …); not errors. */
  notes: string[];
}

export type FactValue = string | number | boolean | string[];
export type ProposalStatus = 'proposed' | 'confirmed' | 'rejected';

/** A value found in a document, waiting for the reviewer to confirm, correct or reject it. */
export interface FactProposal {
  id: string;
  caseId: string;
  /**
   * Where it goes: '' (the case root), an object path such as
   * 'events.decision', or an array path ending in '[]' (entry matched by
   * document, or by name for 'officers[]' and 'legalReviewers[]').
   */
  target: string;
  /** Chinese label of the target, e.g. 决定（行政处罚决定书）. */
  label: string;
  value: Record<string, FactValue>;
  /** Chinese label of each key of `value`. */
  keyLabels: Record<string, string>;
  documentId: string;
  fileName: string;
  /** 1-based page within the document. */
  page: number;
  quote: string;
  status: ProposalStatus;
  /** The value as confirmed when the reviewer corrected it. */
  decidedValue: Record<string, FactValue> | null;
  createdAt: string;
  decidedAt: string | null;
}

export interface ExtractResult {
  /** Proposals newly added by this run (already-known ones are not repeated). */
  added: number;
  proposals: FactProposal[];
  /** Documents without text (scans without OCR) — nothing could be extracted from them. */
  noText: string[];
}

const caseId = z.string().min(1).max(64);
const factValue = z.union([
  z.string().max(2000),
  z.number().finite(),
  z.boolean(),
  z.array(z.string().max(200)).max(200),
]);
/** Keys are field names of the facts model (letters only, so never __proto__). */
const factRecord = z.record(z.string().regex(/^[A-Za-z]{1,40}$/, '字段名无效'), factValue);

export const factMethods = {
  'facts.get': defineMethod<CaseFactsView>()(z.object({ caseId }).strict()),
  /** Replaces the case's facts; invalid facts → E_INVALID_ARGS with details.issues (FactIssueInfo[]). */
  'facts.save': defineMethod<CaseFactsView>()(
    z.object({ caseId, facts: z.unknown(), revision: z.number().int().min(0).optional() }).strict(),
  ),
  /** Same as facts.save, from the text of a case.yaml (or JSON). */
  'facts.importYaml': defineMethod<CaseFactsView>()(
    z
      .object({ caseId, text: z.string().max(1_000_000), revision: z.number().int().min(0).optional() })
      .strict(),
  ),
  /** Runs the extractors over the case's page text; never changes the facts themselves. */
  'facts.extract': defineMethod<ExtractResult>()(z.object({ caseId }).strict()),
  'facts.proposals': defineMethod<FactProposal[]>()(z.object({ caseId }).strict()),
  /** accept (optionally with a corrected value) merges into the facts; reject only marks it. */
  'facts.decideProposal': defineMethod<{ proposal: FactProposal; facts: CaseFactsView }>()(
    z
      .object({
        id: z.string().min(1).max(64),
        decision: z.enum(['accept', 'reject']),
        correctedValue: factRecord.optional(),
      })
      .strict(),
  ),
};
