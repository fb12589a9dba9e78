import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { CaseRecord } from '../../../preload/contract/methods/cases';
import type { CheckRunResult } from '../../../preload/contract/methods/checks';
import type {
  GeneratedReport,
  OpinionBatchResult,
  OpinionOptionsInput,
  OpinionReport,
  ReportScope,
} from '../../../preload/contract/methods/reports';
import type { DB } from '../../db/schema';
import type { CaseListQuery } from '../cases/cases-service';
import type { TaskRegistry } from '../tasks/task-registry';
import { noAnnotationCitations, type CitationSource } from './evidence-citations-adapter';
import { opinionFileName, sanitizeFileBase } from './file-name';
import { loadReportFont } from './layout/report-font';
import { buildOpinionData, type ReportSources } from './opinion-data';
import { renderOpinionPdf } from './opinion-pdf';
import { createOutputStore } from './output-store';
import { saveReportDownload } from './report-downloads';
import type { ReviewReader } from './select-report-review';
import type { SummaryData } from '../../../preload/contract/model/summary-data';
import { buildSummaryData, type SummaryOptions } from './summary-data';
import { renderSummaryPdf } from './summary-pdf';
import { renderSummaryXlsx } from './summary-xlsx';

export interface ReportsDeps {
  db: () => Kysely<DB>;
  dataDir: string;
  resourcesDir: string;
  getCase(id: string): Promise<CaseRecord>;
  listCases(q: CaseListQuery): Promise<{ rows: Array<{ id: string }>; total: number }>;
  reviews: ReviewReader;
  runChecks(caseId: string): Promise<CheckRunResult>;
  tasks: TaskRegistry;
  /** `listEvidenceCitations` of the annotations capability once it exists. */
  citations?: CitationSource;
}

const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const PAGE = 500;
const extOf = (name: string) => (name.endsWith('.xlsx') ? 'xlsx' : name.endsWith('.zip') ? 'zip' : 'pdf');

/** 评查意见书 and 汇总表 exports (issue #7); pure services over the case, review and pre-check services. */
export function createReportsService(deps: ReportsDeps) {
  const sources: ReportSources = {
    db: deps.db,
    getCase: deps.getCase,
    reviews: {
      get: (id) => deps.reviews.get(id),
      listForCase: (caseId) => deps.reviews.listForCase(caseId),
      submittedIds: async (caseId) =>
        (
          await deps
            .db()
            .selectFrom('reviews')
            .select('id')
            .where('case_id', '=', caseId)
            .where('status', '=', 'submitted')
            .orderBy('submitted_at', 'desc')
            .orderBy('id', 'desc')
            .execute()
        ).map((r) => r.id),
    },
    runChecks: deps.runChecks,
    citations: deps.citations ?? noAnnotationCitations,
  };
  const font = () => loadReportFont(deps.resourcesDir);
  const outputs = createOutputStore(deps.dataDir);
  const generated = async (
    fileName: string,
    mimeType: string,
    bytes: Uint8Array,
  ): Promise<GeneratedReport> => ({
    fileName,
    mimeType,
    base64: Buffer.from(bytes).toString('base64'),
    byteLength: bytes.byteLength,
    downloadId: await saveReportDownload(deps.dataDir, extOf(fileName), bytes),
  });

  /** Case ids of a scope: explicit ids as given, else the filter's cases by case number. */
  const caseIdsOf = async (scope: ReportScope): Promise<string[]> => {
    if (scope.caseIds) return [...new Set(scope.caseIds)];
    const ids: string[] = [];
    for (let page = 1; ; page++) {
      const { rows, total } = await deps.listCases({
        filter: scope.filter ?? {},
        sort: { field: 'caseNumber', direction: 'asc' },
        page,
        pageSize: PAGE,
        unmask: false,
      });
      ids.push(...rows.map((r) => r.id));
      if (ids.length >= total || rows.length === 0) break;
    }
    if (ids.length === 0) throw new AppError('E_NOT_FOUND', '没有符合条件的案卷');
    return ids;
  };

  const opinionBytes = async (caseId: string, options: OpinionOptionsInput) => {
    const data = await buildOpinionData(sources, caseId, options);
    const bytes = await renderOpinionPdf(data, font());
    return { data, bytes, fileName: opinionFileName(data.caseRecord.caseNumber, data.caseRecord.name) };
  };

  /** Renders prepared summary data (the campaign dashboard passes its own). */
  const renderSummary = async (data: SummaryData, format: 'pdf' | 'xlsx') => {
    const bytes = format === 'pdf' ? await renderSummaryPdf(data, font()) : await renderSummaryXlsx(data);
    const fileName = `${sanitizeFileBase(data.title)}.${format}`;
    return {
      ...(await generated(fileName, format === 'pdf' ? PDF : XLSX, bytes)),
      rows: data.rows.length,
      skipped: data.skipped.length,
    };
  };

  return {
    sources,
    caseIdsOf,

    async opinion(caseId: string, options: OpinionOptionsInput = {}): Promise<OpinionReport> {
      const { data, bytes, fileName } = await opinionBytes(caseId, options);
      return {
        ...(await generated(fileName, PDF, bytes)),
        contentHash: data.contentHash,
        reviewId: data.review.id,
      };
    },

    async summaryData(scope: ReportScope, options: SummaryOptions = {}) {
      return buildSummaryData(sources, await caseIdsOf(scope), options);
    },

    async summary(scope: ReportScope, format: 'pdf' | 'xlsx', options: SummaryOptions = {}) {
      return renderSummary(await buildSummaryData(sources, await caseIdsOf(scope), options), format);
    },

    renderSummary,

    /** Background task: one PDF per dossier in a new output folder, then a ZIP of them. */
    exportOpinions(caseIds: readonly string[], options: OpinionOptionsInput = {}) {
      const unique = [...new Set(caseIds)];
      return deps.tasks.start('reports.opinions', async (task) => {
        const outputId = ulid();
        const { folder, taken } = outputs.create(outputId);
        const result: OpinionBatchResult = { outputId, folder, zipName: '', files: [], failed: [] };
        task.setTotal(unique.length);
        for (const caseId of unique) {
          if (task.signal.aborted) break;
          try {
            const { bytes, fileName, data } = await opinionBytes(caseId, options);
            task.step(data.caseRecord.name);
            const written = await outputs.put(folder, taken, fileName, bytes);
            result.files.push({ caseId, fileName: written });
            task.finishItem('ok', written);
          } catch (error) {
            const name = await deps.getCase(caseId).then(
              (c) => c.name,
              () => caseId,
            );
            const message = (error as Error).message;
            result.failed.push({ caseId, name, message });
            task.finishItem('error', `${name}：${message}`);
          }
        }
        if (result.files.length > 0) {
          await outputs.zip(
            outputId,
            result.files.map((f) => f.fileName),
          );
          result.zipName = `评查意见书_${result.files.length}件.zip`;
        }
        return result;
      });
    },

    async readOutput(outputId: string): Promise<GeneratedReport> {
      const bytes = await outputs.readZip(outputId);
      return generated(`评查意见书_${outputId}.zip`, 'application/zip', bytes);
    },
  };
}

export type ReportsService = ReturnType<typeof createReportsService>;
