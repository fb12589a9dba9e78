import { join } from 'node:path';
import { resolveMaxFileBytes } from '../runtime/max-file-size';
import type { Runtime } from '../runtime/runtime';
import { createAnnotationsService } from './annotations/annotations-service';
import { createAuditService } from './audit/audit-service';
import { createBundlesService } from './bundles/bundles-service';
import { createCampaignsService, guardCampaignReviews } from './campaigns';
import { createCaseChecksService } from './case-checks/case-checks-service';
import { createCaseDocumentsService } from './case-documents/case-documents-service';
import { createCasesService } from './cases/cases-service';
import { BlobStore } from './documents';
import { createImportService } from './imports/import-service';
import { listEvidenceCitations } from './annotations/evidence-citations';
import { createReportsService } from './reports/reports-service';
import { createReviewerIdentityStore } from './reviews/reviewer-identity';
import { createReviewsService } from './reviews/reviews-service';
import { createBackgroundIndexer } from './search/page-indexer';
import { createSearchService } from './search/search-service';
import { createStagingStore, DEFAULT_STAGING_LIMITS } from './staging/staging-store';
import { createStandardsService } from './standards/standards-service';
import { createSystemService } from './system/system-service';
import { createTaskRegistry } from './tasks/task-registry';

/** All domain services, built once per process from the runtime. */
export function createServices(runtime: Runtime, env: NodeJS.ProcessEnv = process.env) {
  const db = () => runtime.db();
  const maxFileBytes = resolveMaxFileBytes(env);
  const blobStore = new BlobStore(runtime.blobsDir, { maxBytes: maxFileBytes });
  const blobs = () => blobStore;
  const tasks = createTaskRegistry();
  const staging = createStagingStore(join(runtime.info.dataDir, 'staging'), {
    ...DEFAULT_STAGING_LIMITS,
    maxFileBytes,
  });
  const cases = createCasesService(db);
  const standards = createStandardsService(db, runtime.resourcesDir, () => reviewer.get());
  const reviewer = createReviewerIdentityStore(db);
  const caseChecks = createCaseChecksService({ db, getCase: (id) => cases.get(id) });
  const annotations = createAnnotationsService({
    db,
    blobs,
    reviewer,
    runChecks: (id) => caseChecks.run(id),
  });
  const pageIndexer = createBackgroundIndexer(db);
  const audit = createAuditService(db);
  // Campaign reviews are blind until submitted: the guard enforces it for every transport.
  const reviews = guardCampaignReviews(
    createReviewsService({
      db,
      standards,
      reviewer,
      getCase: (id) => cases.get(id),
      beforeSubmit: annotations.requireEvidence,
    }),
    { db, reviewer },
  );
  return {
    runtime,
    tasks,
    staging,
    cases,
    system: createSystemService(runtime),
    documents: createCaseDocumentsService(db, blobs),
    search: createSearchService(db),
    pageIndexer,
    imports: createImportService({
      db,
      blobs,
      cases,
      staging,
      tasks,
      onCaseFile: caseChecks.importCaseFile,
      onImported: () => pageIndexer.kick(),
    }),
    standards,
    reviewer,
    audit,
    bundles: createBundlesService({
      db,
      blobs,
      dataDir: runtime.info.dataDir,
      staging,
      tasks,
      audit,
      reviewer,
      standards,
      onDocumentsImported: () => pageIndexer.kick(),
    }),
    reviews,
    campaigns: createCampaignsService({ db, reviewer, reviews, standards }),
    caseChecks,
    annotations,
    reports: createReportsService({
      db,
      dataDir: runtime.info.dataDir,
      resourcesDir: runtime.resourcesDir,
      getCase: (id) => cases.get(id),
      listCases: (q) => cases.list(q),
      reviews,
      runChecks: (id) => caseChecks.run(id),
      tasks,
      citations: listEvidenceCitations,
    }),
  };
}

export type Services = ReturnType<typeof createServices>;
