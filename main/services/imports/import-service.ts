import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { CaseFields } from '../../../preload/contract/methods/cases';
import { caseInputSchema } from '../../../preload/contract/methods/cases';
import type { DB } from '../../db/schema';
import type { CasesService } from '../cases/cases-service';
import { importFiles, type BlobStore } from '../documents';
import type { StagingStore } from '../staging/staging-store';
import type { TaskRegistry, TaskReporter } from '../tasks/task-registry';
import type { CaseImportSummary, ImportSummary } from '../../../preload/contract/methods/imports';
import { MANIFEST_COLUMNS } from './manifest-columns';
import { describeProblem, parseManifest } from './parse-manifest';
import { readTable } from './read-table';

export type ImportMode = 'files' | 'folder' | 'manifest';

export interface SourceFile {
  /** Path inside the selection, '/'-separated (what the user sees). */
  relativePath: string;
  absolutePath: string;
}

/** System litter that folders carry along; never evidence. */
const IGNORED = /(^|\/)(\.[^/]*|Thumbs\.db|desktop\.ini)$/i;
const TABLE = /\.(xlsx|csv)$/i;
/** Case facts for the pre-checks (docs/checks.md §2) at a dossier folder's root: not evidence. */
const CASE_FILE = /^case\.(ya?ml|json)$/i;

/** Stores a dossier's case.yaml/case.json for its case; returns a Chinese problem, or null when stored. */
export type CaseFileHook = (caseId: string, absolutePath: string) => Promise<string | null>;

/** Takes `<root>case.yaml` (or .yml/.json) out of a dossier's files. */
function takeCaseFile(files: SourceFile[], root: string): { files: SourceFile[]; caseFile?: SourceFile } {
  const caseFile = files.find(
    (f) => f.relativePath.startsWith(root) && CASE_FILE.test(f.relativePath.slice(root.length)),
  );
  return caseFile ? { files: files.filter((f) => f !== caseFile), caseFile } : { files };
}

const defaultCase = (name: string): CaseFields => caseInputSchema.parse({ name });

export interface ImportDeps {
  db: () => Kysely<DB>;
  blobs: () => BlobStore;
  cases: CasesService;
  staging: StagingStore;
  tasks: TaskRegistry;
  onCaseFile?: CaseFileHook;
  /** Called after each document commits (starts the background full-text indexer). */
  onImported?: () => void;
}

/**
 * Brings dossiers in: loose files into a case, a folder as one new case, or a
 * manifest (案卷清单) whose rows are cases pointing at folders. Runs as a task
 * with per-file progress and cancellation; one bad file never stops the rest.
 */
export function createImportService(deps: ImportDeps) {
  async function importIntoCase(
    caseId: string,
    caseName: string,
    files: SourceFile[],
    reporter: TaskReporter,
  ): Promise<CaseImportSummary> {
    const summary: CaseImportSummary = {
      caseId,
      caseName,
      imported: 0,
      duplicates: 0,
      failed: [],
      cancelled: 0,
    };
    await importFiles(
      { db: deps.db(), blobs: deps.blobs() },
      caseId,
      // Staged copies have generated names: the user's own name travels with each file.
      files.map((f) => ({
        path: f.absolutePath,
        fileName: f.relativePath.split('/').at(-1) ?? f.relativePath,
      })),
      {
        signal: reporter.signal,
        // A long PDF shows how far it is, page by page, next to the overall file count.
        onPageProgress: ({ index, done, total }) =>
          reporter.step(`${files[index]?.relativePath ?? ''}（第 ${done}/${total} 页）`),
        onProgress: ({ outcome, index }) => {
          const shown = files[index]?.relativePath ?? outcome.fileName;
          if (outcome.status === 'imported') {
            summary.imported++;
            deps.onImported?.();
            reporter.finishItem('ok', `${shown}：已导入（${outcome.pageCount} 页）`);
          } else if (outcome.status === 'duplicate') {
            summary.duplicates++;
            reporter.finishItem('skip', outcome.reason);
          } else if (outcome.code === 'E_CANCELLED') {
            summary.cancelled++;
            reporter.finishItem('skip', outcome.reason);
          } else {
            summary.failed.push({ fileName: shown, reason: outcome.reason });
            reporter.finishItem('error', outcome.reason);
          }
          const next = files[index + 1];
          if (next) reporter.step(next.relativePath);
        },
      },
    );
    return summary;
  }

  async function run(
    mode: ImportMode,
    all: SourceFile[],
    caseId: string | undefined,
    reporter: TaskReporter,
  ): Promise<ImportSummary> {
    const files = all.filter((f) => !IGNORED.test(f.relativePath));
    const result: ImportSummary = {
      cases: [],
      imported: 0,
      duplicates: 0,
      failed: 0,
      cancelled: 0,
      skipped: all.filter((f) => IGNORED.test(f.relativePath)).map((f) => f.relativePath),
      problems: [],
    };
    const plan: { caseId?: string; fields?: CaseFields; files: SourceFile[]; caseFile?: SourceFile }[] = [];

    if (mode === 'files') {
      if (!caseId) throw new AppError('E_INVALID_ARGS', '导入文件时必须指定案卷');
      plan.push({ caseId, files });
    } else if (mode === 'folder') {
      const tops = new Set(files.map((f) => f.relativePath.split('/')[0]));
      const single = tops.size === 1 && files.every((f) => f.relativePath.includes('/'));
      const name = single ? [...tops][0]! : '导入的案卷';
      plan.push({
        ...(caseId ? { caseId } : { fields: defaultCase(name) }),
        ...takeCaseFile(files, single ? `${name}/` : ''),
      });
    } else {
      const tables = files
        .filter((f) => TABLE.test(f.relativePath))
        .sort((a, b) => a.relativePath.split('/').length - b.relativePath.split('/').length);
      const manifest = tables[0];
      if (!manifest) throw new AppError('E_INVALID_ARGS', '没有找到案卷清单（.xlsx 或 .csv）');
      const base = manifest.relativePath.includes('/')
        ? manifest.relativePath.slice(0, manifest.relativePath.lastIndexOf('/') + 1)
        : '';
      const table = await readTable(manifest.absolutePath, basename(manifest.relativePath));
      const parsed = parseManifest(table);
      result.problems = parsed.problems.map(describeProblem);
      for (const row of parsed.rows) {
        const prefix = `${base}${row.folder}/`;
        const inFolder = files.filter((f) => f.relativePath.startsWith(prefix));
        // Like any row with a problem, it is not imported: no empty dossier is created.
        if (inFolder.length === 0)
          result.problems.push(
            describeProblem({
              sheet: table.sheetName,
              row: row.rowNumber,
              column: MANIFEST_COLUMNS.folder,
              message: `清单所在目录下没有文件夹“${row.folder}”或其中没有文件，该行未导入`,
            }),
          );
        else plan.push({ fields: row.fields, ...takeCaseFile(inFolder, prefix) });
      }
    }

    reporter.setTotal(plan.reduce((n, p) => n + p.files.length, 0));
    for (const item of plan) {
      if (reporter.signal.aborted && !item.caseId) {
        // Cancelled before this dossier started: create no case, report its files as not processed.
        for (const file of item.files)
          reporter.finishItem('skip', `“${file.relativePath}”：导入已取消，未处理。`);
        result.cancelled += item.files.length;
        continue;
      }
      const target = item.caseId
        ? await deps.cases.get(item.caseId)
        : (await deps.cases.create(item.fields!)).record;
      reporter.step(item.files[0]?.relativePath ?? target.name);
      const summary = await importIntoCase(target.id, target.name, item.files, reporter);
      if (item.caseFile && deps.onCaseFile) {
        const problem = await deps.onCaseFile(target.id, item.caseFile.absolutePath);
        if (problem) result.problems.push(`${item.caseFile.relativePath}：${problem}`);
      }
      result.cases.push(summary);
      result.imported += summary.imported;
      result.duplicates += summary.duplicates;
      result.failed += summary.failed.length;
      result.cancelled += summary.cancelled;
    }
    return result;
  }

  return {
    /** Runs synchronously to completion (CLI, tests); progress goes to `reporter` if given. */
    run,

    newBatch: () => deps.staging.createBatch(),

    /** Starts importing an uploaded batch as a task; the batch is deleted afterwards. */
    startFromBatch(batchId: string, mode: ImportMode, caseId?: string) {
      return deps.tasks.start(`import:${mode}`, async (reporter) => {
        try {
          const files = await deps.staging.files(batchId);
          if (files.length === 0) throw new AppError('E_INVALID_ARGS', '上传批次中没有文件');
          return await run(mode, files, caseId, reporter);
        } finally {
          await deps.staging.dispose(batchId);
        }
      });
    },
  };
}

export type ImportService = ReturnType<typeof createImportService>;
