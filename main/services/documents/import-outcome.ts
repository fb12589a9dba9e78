import type { ErrorCode } from '../../../preload/contract/error-codes';
import type { DocTypeCode } from './classify/doc-types';
import type { FileKind } from './detect/file-kind';
import type { TextStatus } from './extracted-document';

interface OutcomeBase {
  /** The path that was imported (as given). */
  path: string;
  fileName: string;
}

export interface ImportedOutcome extends OutcomeBase {
  status: 'imported';
  documentId: string;
  sha256: string;
  detectedType: FileKind;
  docType: DocTypeCode | null;
  docTypeConfidence: number;
  textStatus: TextStatus;
  pageCount: number;
  /** Chinese notes for the user (extension mismatch, pages needing OCR, ...). */
  warnings: string[];
}

export interface DuplicateOutcome extends OutcomeBase {
  status: 'duplicate';
  /** The document of this case that already holds identical content. */
  documentId: string;
  reason: string;
}

export interface FailedOutcome extends OutcomeBase {
  status: 'failed';
  code: ErrorCode;
  /** Chinese, names the file and says what to do. */
  reason: string;
  details?: unknown;
}

/** Per-file result of an import; a failure never throws out of the importer. */
export type ImportOutcome = ImportedOutcome | DuplicateOutcome | FailedOutcome;
