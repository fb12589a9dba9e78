import { z } from 'zod';
import { defineMethod } from '../define-method';
import type { TaskState } from './tasks';

/** Offline exchange between workstations (docs/exchange.md). Long work runs as tasks; poll `tasks.get`. */

export type BundleKindName = 'campaign' | 'results';

/** `TaskState.result` of an export task. */
export interface BundleExportOutcome {
  kind: BundleKindName;
  fileName: string;
  /** Same-origin download path in browser mode (`GET /outbox/<fileName>`), never a path on disk. */
  downloadPath: string;
  bytes: number;
  entries: number;
  documentBytes: number;
  summary: string;
}

/** `TaskState.result` of an inspect (preview) or import task. */
export interface BundleImportOutcome {
  kind: BundleKindName;
  campaignId: string;
  campaignName: string;
  reviewer: { memberId: string; name: string; unit: string };
  created: string;
  /** false for a preview: nothing was written. */
  applied: boolean;
  /** What is (or would be) added, by Chinese label, e.g. { 评查记录: 2 }. */
  counts: Record<string, number>;
  /** Total rows added; 0 means the bundle was imported before and nothing changes. */
  added: number;
  message: string;
}

const id = z.string().min(1).max(64);
const batch = z.object({ batchId: id }).strict();

export const bundleMethods = {
  /** Leader: the campaign bundle for one panel member (campaign, standards, their dossiers and assignments). */
  'bundles.exportCampaign': defineMethod<TaskState>()(z.object({ campaignId: id, memberId: id }).strict()),
  /** Reviewer: this workstation's reviewer's results for a campaign (reviews, annotations, audit entries). */
  'bundles.exportResults': defineMethod<TaskState>()(z.object({ campaignId: id }).strict()),
  /**
   * Verifies an uploaded bundle (upload it first: `imports.newBatch`, then
   * `POST upload?batch=…&path=<name>.zip`) and reports what importing would add.
   */
  'bundles.inspect': defineMethod<TaskState>()(
    batch
      .extend({ expectKind: z.enum(['campaign', 'results']).optional(), campaignId: id.optional() })
      .strict(),
  ),
  /** Imports the uploaded bundle in one transaction; refusals leave nothing behind. */
  'bundles.import': defineMethod<TaskState>()(
    batch
      .extend({ expectKind: z.enum(['campaign', 'results']).optional(), campaignId: id.optional() })
      .strict(),
  ),
};
