import { z } from 'zod';
import { defineMethod } from '../define-method';
import type { TaskState } from './tasks';

/** What an import job reports when it ends: `TaskState.result` of an import task, and the CLI's output. */
export interface CaseImportSummary {
  caseId: string;
  caseName: string;
  imported: number;
  duplicates: number;
  failed: { fileName: string; reason: string }[];
  cancelled: number;
}

export interface ImportSummary {
  cases: CaseImportSummary[];
  imported: number;
  duplicates: number;
  failed: number;
  /** Files not processed because the user cancelled. */
  cancelled: number;
  /** System litter (.DS_Store, Thumbs.db) left out. */
  skipped: string[];
  /** Problems that kept something from importing: manifest rows (sheet, row, column) and case.yaml/case.json facts. */
  problems: string[];
}

/**
 * Import flow: `imports.newBatch` → upload each file with
 * `POST upload?batch=<id>&path=<relative path>` (body = file bytes) →
 * `imports.start` → poll `tasks.get` until done. The renderer never names a
 * path on this machine.
 */
export const importMethods = {
  'imports.newBatch': defineMethod<{ batchId: string }>()(z.object({}).strict()),
  'imports.start': defineMethod<TaskState>()(
    z
      .object({
        batchId: z.string().min(1).max(64),
        /** files: into an existing case; folder: one new case named after the folder; manifest: 案卷清单 rows → cases. */
        mode: z.enum(['files', 'folder', 'manifest']),
        caseId: z.string().min(1).max(64).optional(),
      })
      .strict(),
  ),
};
