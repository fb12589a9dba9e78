import { z } from 'zod';
import type { SummaryData } from '../model/summary-data';
import { ACT_TYPES } from '../vocabulary';
import { defineMethod } from '../define-method';
import type { TaskState } from './tasks';

const id = z.string().min(1).max(64);
const field = (max: number) => z.string().trim().max(max, `不能超过 ${max} 个字符`);

/** Fields of a 评查意见书 the reviewer fills at export time (no campaign table yet). */
export const opinionOptionsSchema = z
  .object({
    reviewId: id.optional(),
    documentNumber: field(100).optional(),
    campaign: field(200).optional(),
    batch: field(100).optional(),
    rectification: field(5000).optional(),
    rectificationDeadline: field(50).optional(),
    unmaskParty: z.boolean().optional(),
  })
  .strict();
export type OpinionOptionsInput = z.input<typeof opinionOptionsSchema>;

/** Which dossiers a summary covers: explicit ids, or a case-list filter (all cases when empty). */
export const reportScopeSchema = z
  .object({
    caseIds: z.array(id).min(1, '至少选择一个案卷').max(20_000).optional(),
    filter: z
      .object({
        agency: field(200).optional(),
        actType: z.enum(ACT_TYPES).optional(),
        tag: field(50).optional(),
        text: field(200).optional(),
        decidedFrom: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
          .optional(),
        decidedTo: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式应为 YYYY-MM-DD')
          .optional(),
      })
      .strict()
      .optional(),
  })
  .strict();
export type ReportScope = z.output<typeof reportScopeSchema>;

const summaryText = z.object({ title: field(200).optional(), campaign: field(200).optional() }).strict();

/** A generated file, sent whole (reports are small); the renderer previews or downloads it. */
export interface GeneratedReport {
  fileName: string;
  mimeType: string;
  base64: string;
  byteLength: number;
  /** The same bytes at `reports-download/<downloadId>` on the UI origin (for the PDF preview). */
  downloadId: string;
}

export interface OpinionReport extends GeneratedReport {
  contentHash: string;
  reviewId: string;
}

/** Result of a finished `reports.exportOpinions` task (TaskState.result). */
export interface OpinionBatchResult {
  outputId: string;
  /** Folder in the data directory holding one PDF per dossier. */
  folder: string;
  /** All PDFs in one ZIP, for download in browser mode (`reports.readOutput`). */
  zipName: string;
  files: Array<{ caseId: string; fileName: string }>;
  failed: Array<{ caseId: string; name: string; message: string }>;
}

export type { SummaryData };

export const reportMethods = {
  /** One dossier's 评查意见书 (PDF): the given review, else its latest submitted one. */
  'reports.opinion': defineMethod<OpinionReport>()(
    z.object({ caseId: id, options: opinionOptionsSchema.default({}) }).strict(),
  ),
  /** The 汇总表 numbers (for the app's charts and tables). */
  'reports.summaryData': defineMethod<SummaryData>()(
    z.object({ scope: reportScopeSchema, text: summaryText.default({}) }).strict(),
  ),
  /** The 汇总表 as PDF or Excel. */
  'reports.summary': defineMethod<GeneratedReport & { rows: number; skipped: number }>()(
    z
      .object({ scope: reportScopeSchema, format: z.enum(['pdf', 'xlsx']), text: summaryText.default({}) })
      .strict(),
  ),
  /** Starts a task writing one 评查意见书 per dossier into a new output folder; poll with tasks.get. */
  'reports.exportOpinions': defineMethod<TaskState>()(
    z
      .object({
        caseIds: z.array(id).min(1, '至少选择一个案卷').max(20_000),
        options: opinionOptionsSchema.omit({ reviewId: true }).default({}),
      })
      .strict(),
  ),
  /** The ZIP of a finished batch export, by its output id (never by path). */
  'reports.readOutput': defineMethod<GeneratedReport>()(
    z.object({ outputId: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, '输出编号无效') }).strict(),
  ),
};
