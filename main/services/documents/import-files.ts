import { basename } from 'node:path';
import { importFile, type ImportContext } from './import-file';
import type { ImportOutcome } from './import-outcome';

export interface ImportProgress {
  /** 0-based index of the file just finished. */
  index: number;
  total: number;
  outcome: ImportOutcome;
}

export interface PageProgress {
  /** 0-based index of the file being extracted. */
  index: number;
  done: number;
  total: number;
}

export interface ImportFilesOptions {
  onProgress?: (progress: ImportProgress) => void;
  /** Page progress inside the current PDF, for long documents. */
  onPageProgress?: (progress: PageProgress) => void;
  signal?: AbortSignal;
  /** Per-path PDF passwords (e.g. after the user typed one for a locked file). */
  passwords?: ReadonlyMap<string, string>;
}

/**
 * Imports files one after another (pdf.js parses on the calling thread, so
 * parallelism would not help). One bad file never stops the batch; after an
 * abort the remaining files are reported as cancelled (E_CANCELLED), so the
 * outcomes always line up with `sources`.
 */
/** A file to import: a path, or a path plus the name to show (when the path is a staged copy). */
export type ImportSource = string | { path: string; fileName: string };

export async function importFiles(
  ctx: ImportContext,
  caseId: string,
  sources: readonly ImportSource[],
  options: ImportFilesOptions = {},
): Promise<ImportOutcome[]> {
  const outcomes: ImportOutcome[] = [];
  for (const [index, source] of sources.entries()) {
    const path = typeof source === 'string' ? source : source.path;
    const fileName = typeof source === 'string' ? basename(path) : source.fileName;
    let outcome: ImportOutcome;
    if (options.signal?.aborted) {
      outcome = {
        status: 'failed',
        path,
        fileName,
        code: 'E_CANCELLED',
        reason: `“${fileName}”：导入已取消，未处理。`,
      };
    } else {
      const password = options.passwords?.get(path);
      outcome = await importFile(ctx, {
        caseId,
        path,
        fileName,
        ...(password !== undefined ? { password } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onPageProgress
          ? { onPage: (done: number, total: number) => options.onPageProgress?.({ index, done, total }) }
          : {}),
      });
    }
    outcomes.push(outcome);
    try {
      options.onProgress?.({ index, total: sources.length, outcome });
    } catch {
      // A failing progress listener (e.g. a closed window) must not abort the import.
    }
  }
  return outcomes;
}
