import { z } from 'zod';
import { defineMethod } from '../define-method';
import type { TaskState } from './tasks';

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
