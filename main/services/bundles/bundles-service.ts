import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { BundleExportOutcome, BundleImportOutcome } from '../../../preload/contract/methods/bundles';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import { appendAudit, type AuditService } from '../audit';
import type { BlobStore } from '../documents';
import type { ReviewerIdentityStore } from '../reviews/reviewer-identity';
import type { StagingStore } from '../staging/staging-store';
import type { StandardsService } from '../standards/standards-service';
import type { TaskRegistry, TaskReporter } from '../tasks/task-registry';
import { applyCampaignBundle } from './apply-campaign-bundle';
import { applyResultsBundle } from './apply-results-bundle';
import type { BundleKind, BundleLimits } from './bundle-format';
import { collectCampaignBundle } from './collect-campaign-bundle';
import { collectResultsBundle } from './collect-results-bundle';
import { pickRows } from './bundle-rows';
import { describeCounts } from './import-counts';
import { outboxPath, outboxName } from './outbox';
import { readBundle } from './read-bundle';
import { writeBundle } from './write-bundle';

export interface BundlesDeps {
  db: () => Kysely<DB>;
  blobs: () => BlobStore;
  dataDir: string;
  staging: StagingStore;
  tasks: TaskRegistry;
  audit: AuditService;
  reviewer: ReviewerIdentityStore;
  standards: StandardsService;
  /** Pages of imported documents are indexed for search after the import commits. */
  onDocumentsImported?: () => void;
  limits?: BundleLimits;
}

export interface ImportOptions {
  preview: boolean;
  expect?: { kind?: BundleKind | undefined; campaignId?: string | undefined };
  signal?: AbortSignal;
  onProgress?: (done: number, total: number, current: string) => void;
}

/** Thrown inside a preview transaction so that it rolls back after counting. */
class PreviewRollback extends Error {
  constructor(readonly outcome: BundleImportOutcome) {
    super('preview');
  }
}

const SYSTEM: ReviewerIdentity = { name: '（未设置评查人员）', unit: '', role: '' };

/**
 * Exchange between workstations: export a campaign bundle (leader → reviewer)
 * or a results bundle (reviewer → leader), verify and preview an incoming one,
 * import it. Imports verify the whole file first (readBundle), copy documents
 * into the blob store, then write every row in one transaction.
 */
export function createBundlesService(deps: BundlesDeps) {
  const { db } = deps;
  const actor = async () => (await deps.reviewer.get()) ?? SYSTEM;

  const exportCampaign = async (
    campaignId: string,
    memberId: string,
    outPath: string,
    reporter?: Pick<TaskReporter, 'signal' | 'setTotal' | 'step'>,
  ) => {
    const c = await collectCampaignBundle(db(), deps.blobs(), campaignId, memberId);
    reporter?.setTotal(c.blobs.length);
    const written = await writeBundle(
      outPath,
      {
        meta: {
          kind: 'campaign',
          campaignId,
          campaignName: String(c.campaign.name),
          reviewer: { memberId, name: String(c.member.name), unit: String(c.member.unit) },
          createdBy: await deps.audit.workstationId(),
          created: new Date().toISOString(),
        },
        data: c.data,
        blobs: c.blobs,
      },
      {
        ...(reporter ? { signal: reporter.signal } : {}),
        onBlob: (i) => reporter?.step(`文件 ${i + 1}/${c.blobs.length}`),
      },
    );
    return {
      ...written,
      summary: `评查包：${String(c.member.name)} 的 ${c.caseCount} 个案卷、${c.blobs.length} 个文件`,
    };
  };

  const exportResults = async (campaignId: string, outPath: string, signal?: AbortSignal) => {
    const me = await deps.reviewer.require();
    const c = await collectResultsBundle(db(), campaignId, me, await deps.audit.chainOf());
    const written = await writeBundle(
      outPath,
      {
        meta: {
          kind: 'results',
          campaignId,
          campaignName: String(c.campaign.name),
          reviewer: { memberId: String(c.member.id), name: me.name, unit: me.unit },
          createdBy: await deps.audit.workstationId(),
          created: new Date().toISOString(),
        },
        data: c.data,
        blobs: [],
      },
      signal ? { signal } : {},
    );
    return { ...written, summary: `结果包：${me.name} 的 ${c.reviewCount} 份评查记录` };
  };

  const importFile = async (zipPath: string, options: ImportOptions): Promise<BundleImportOutcome> => {
    const stageDir = join(deps.dataDir, 'staging', `bundle-${ulid()}`);
    try {
      const bundle = await readBundle(zipPath, stageDir, {
        ...(deps.limits ? { limits: deps.limits } : {}),
        ...(options.expect ? { expect: options.expect } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onProgress ? { onProgress: options.onProgress } : {}),
      });
      const { manifest } = bundle;
      const who = await actor();
      if (manifest.kind === 'campaign') {
        await requireDocuments(bundle.data, bundle.blobs);
        await deps.standards.ensureSeeded();
      }
      if (manifest.kind === 'campaign' && !options.preview) {
        // Documents first: once the rows commit, every document they name is in the store.
        for (const path of bundle.blobs.values()) await deps.blobs().put(path, options.signal);
      }
      const base = {
        kind: manifest.kind,
        campaignId: manifest.campaignId,
        campaignName: manifest.campaignName,
        reviewer: manifest.reviewer,
        created: manifest.created,
        applied: !options.preview,
      };
      try {
        const outcome = await db()
          .transaction()
          .execute(async (trx) => {
            const counts =
              manifest.kind === 'campaign'
                ? await applyCampaignBundle(trx, manifest, bundle.data)
                : await applyResultsBundle(trx, manifest, bundle.data);
            const described = describeCounts(counts, !options.preview);
            const result: BundleImportOutcome = { ...base, ...described };
            if (options.preview) throw new PreviewRollback(result);
            // Only a real change is logged: a repeated import must leave the database as it was.
            if (described.added > 0)
              await appendAudit(trx, {
                actor: who,
                action: manifest.kind === 'campaign' ? 'bundle.campaign_imported' : 'bundle.results_imported',
                entityType: 'campaign',
                entityId: manifest.campaignId,
                newValue: { reviewer: manifest.reviewer, from: manifest.createdBy, counts: described.counts },
              });
            return result;
          });
        if (manifest.kind === 'campaign') {
          deps.onDocumentsImported?.();
          if (!(await deps.reviewer.get()))
            await deps.reviewer.set({
              name: manifest.reviewer.name,
              unit: manifest.reviewer.unit,
              role: '评查员',
            });
        }
        return outcome;
      } catch (error) {
        if (error instanceof PreviewRollback) return error.outcome;
        throw error;
      }
    } finally {
      await rm(stageDir, { recursive: true, force: true });
    }
  };

  /** Every document the bundle lists must have its bytes: carried in the bundle or already here. */
  const requireDocuments = async (data: Map<string, unknown>, carried: Map<string, string>) => {
    for (const d of pickRows('documents', data.get('documents'))) {
      const sha = String(d.sha256 ?? '');
      if (carried.has(sha)) continue;
      if (!/^[0-9a-f]{64}$/.test(sha) || !(await deps.blobs().has(sha)))
        throw new AppError(
          'E_CORRUPT_FILE',
          `评查包被拒绝：缺少文件“${String(d.file_name ?? '')}”的内容。未导入任何内容。`,
        );
    }
  };

  /** The uploaded bundle of a batch (exactly one .zip). */
  const uploaded = async (batchId: string) => {
    const files = await deps.staging.files(batchId);
    const zips = files.filter((f) => f.relativePath.toLowerCase().endsWith('.zip'));
    if (zips.length !== 1) throw new AppError('E_INVALID_ARGS', '请上传一个评查包文件（.zip）');
    return zips[0]!.absolutePath;
  };

  const exportTask = (
    kind: BundleKind,
    run: (
      out: string,
      r: TaskReporter,
    ) => Promise<{ bytes: number; entries: number; blobBytes: number; summary: string }>,
  ) =>
    deps.tasks.start(`bundle-export-${kind}`, async (reporter): Promise<BundleExportOutcome> => {
      const fileName = outboxName(kind);
      await mkdir(join(deps.dataDir, 'outbox'), { recursive: true });
      const w = await run(outboxPath(deps.dataDir, fileName), reporter);
      reporter.finishItem('ok', w.summary);
      return {
        kind,
        fileName,
        downloadPath: `/outbox/${fileName}`,
        bytes: w.bytes,
        entries: w.entries,
        documentBytes: w.blobBytes,
        summary: w.summary,
      };
    });

  const importTask = (batchId: string, preview: boolean, expect: ImportOptions['expect']) =>
    deps.tasks.start(preview ? 'bundle-inspect' : 'bundle-import', async (reporter) => {
      const path = await uploaded(batchId);
      const outcome = await importFile(path, {
        preview,
        ...(expect ? { expect } : {}),
        signal: reporter.signal,
        onProgress: (done, total, current) => {
          reporter.setTotal(total);
          reporter.step(current);
        },
      });
      reporter.finishItem('ok', outcome.message);
      if (!preview) await deps.staging.dispose(batchId);
      return outcome;
    });

  return {
    exportCampaign,
    exportResults,
    importFile,
    startExportCampaign: (campaignId: string, memberId: string) =>
      exportTask('campaign', (out, r) => exportCampaign(campaignId, memberId, out, r)),
    startExportResults: (campaignId: string) =>
      exportTask('results', (out, r) => exportResults(campaignId, out, r.signal)),
    startInspect: (batchId: string, expect?: ImportOptions['expect']) => importTask(batchId, true, expect),
    startImport: (batchId: string, expect?: ImportOptions['expect']) => importTask(batchId, false, expect),
  };
}

export type BundlesService = ReturnType<typeof createBundlesService>;
