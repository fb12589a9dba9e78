import type { Migration } from 'kysely';
import { init } from './0001-init';
import { documents } from './0002-documents';
import { caseRecords } from './0003-case-records';
import { standardsReviews } from './0004-standards-reviews';
import { caseFacts } from './0005-case-facts';
import { annotations } from './0006-annotations';
import { campaigns } from './0007-campaigns';
import { auditLog } from './0008-audit-log';
import { deferredPageIndex } from './0009-deferred-page-index';

/**
 * All migrations, in order. Names sort lexicographically; never rename or edit a
 * released migration: add a new one. The schema version is the count of entries.
 */
export const migrations: Record<string, Migration> = {
  '0001_init': init,
  '0002_documents': documents,
  '0003_case_records': caseRecords,
  '0004_standards_reviews': standardsReviews,
  '0005_case_facts': caseFacts,
  '0006_annotations': annotations,
  '0007_campaigns': campaigns,
  '0008_audit_log': auditLog,
  '0009_deferred_page_index': deferredPageIndex,
};

export const LATEST_SCHEMA_VERSION = Object.keys(migrations).length;
