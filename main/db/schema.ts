import type { ColumnType, Generated } from 'kysely';

/**
 * Kysely table types. Each capability adds its tables here together with a
 * migration in ./migrations. Dates of legal acts are `YYYY-MM-DD` strings;
 * timestamps are ISO-8601 with offset; ids are ULIDs (mergeable across workstations).
 */
export interface SettingsTable {
  key: string;
  value: string;
  updated_at: string;
}

/** Minimal case row; the full case model extends it in a later migration. */
export interface CasesTable {
  id: string;
  case_number: string | null;
  name: string | null;
  agency: string | null;
  act_type: string | null;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
  // Added by 0003_case_records.
  sector: ColumnType<string, string | undefined, string>;
  procedure: string | null;
  party_name: ColumnType<string, string | undefined, string>;
  party_kind: string | null;
  party_id_number: ColumnType<string, string | undefined, string>;
  filed_date: string | null;
  decided_date: string | null;
  served_date: string | null;
  closed_date: string | null;
  /** JSON array of strings. */
  penalty_types: ColumnType<string, string | undefined, string>;
  penalty_amount: number | null;
  /** JSON array of { name, certificateNumber }. */
  officers: ColumnType<string, string | undefined, string>;
  /** JSON array of strings. */
  tags: ColumnType<string, string | undefined, string>;
  notes: ColumnType<string, string | undefined, string>;
  status: ColumnType<string, string | undefined, string>;
  deleted_at: string | null;
}

export interface DocumentsTable {
  id: string;
  case_id: string;
  position: number;
  file_name: string;
  sha256: string;
  size: number;
  /** FileKind from main/services/documents/detect/file-kind.ts. */
  detected_type: string;
  /** DocTypeCode from main/services/documents/classify/doc-types.ts, null when unrecognised. */
  doc_type: string | null;
  doc_type_confidence: number | null;
  page_count: ColumnType<number, number | undefined, number>;
  title: string | null;
  author: string | null;
  /** Creation date from the file's metadata (ISO-8601), not the import time. */
  created: string | null;
  text_status: 'ok' | 'partial' | 'none' | 'failed';
  error: string | null;
  /** JSON array of Chinese, user-facing import notes. */
  warnings: ColumnType<string, string | undefined, string>;
  imported_at: ColumnType<string, string | undefined, string>;
}

export interface DocumentPagesTable {
  id: Generated<number>;
  document_id: string;
  page_index: number;
  text: string;
  has_text: 0 | 1;
  /** 0 while the page's text awaits the full-text index (0009_deferred_page_index). */
  indexed: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
}

/** Contentless FTS5 index over bigram-split page text; rowid = document_pages.id. */
export interface PageFtsTable {
  rowid: number;
  body: string;
}

/** Canonical JSON of a standard, keyed by its SHA-256 (0004_standards_reviews). */
export interface StandardContentsTable {
  hash: string;
  json: string;
}

export interface StandardVersionsTable {
  id: string;
  code: string;
  version: string;
  name: string;
  content_hash: string;
  builtin: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
  /** 1 once a submitted review uses this version: it can never change again. */
  locked: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface ReviewsTable {
  id: string;
  case_id: string;
  standard_version_id: string;
  /** The exact content scored against (standard_contents.hash). */
  standard_hash: string;
  reviewer_name: string;
  reviewer_unit: ColumnType<string, string | undefined, string>;
  reviewer_role: ColumnType<string, string | undefined, string>;
  status: ColumnType<'draft' | 'submitted', 'draft' | 'submitted' | undefined, 'draft' | 'submitted'>;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
  submitted_at: string | null;
  reopened_at: string | null;
  reopen_reason: string | null;
}

export interface ReviewItemsTable {
  review_id: string;
  item_code: string;
  /** JSON ItemResult. */
  result: string;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface ReviewHistoryTable {
  id: Generated<number>;
  review_id: string;
  item_code: string | null;
  kind: string;
  rule_id: string | null;
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  actor_name: string;
  actor_unit: ColumnType<string, string | undefined, string>;
  actor_role: ColumnType<string, string | undefined, string>;
  at: ColumnType<string, string | undefined, string>;
}

/** Confirmed case facts, one JSON document per case (0005_case_facts). */
export interface CaseFactsTable {
  case_id: string;
  /** JSON CaseFacts, validated by main/services/checks/facts before writing. */
  facts: string;
  revision: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
}

type ProposalStatusColumn = 'proposed' | 'confirmed' | 'rejected';

/** A value extracted from page text, awaiting the reviewer's decision (0005_case_facts). */
export interface FactProposalsTable {
  id: string;
  case_id: string;
  /** Target field path in CaseFacts, e.g. events.decision.date. */
  field: string;
  /** Chinese label shown in the proposals list. */
  label: string;
  /** JSON value. */
  value: string;
  document_id: string;
  /** 1-based page within the document. */
  page: number;
  quote: string;
  status: ColumnType<ProposalStatusColumn, ProposalStatusColumn | undefined, ProposalStatusColumn>;
  /** JSON value the reviewer corrected to, when different. */
  decided_value: string | null;
  created_at: ColumnType<string, string | undefined, string>;
  decided_at: string | null;
}

/** A reviewer's annotation on a document (0006_annotations); see docs/annotations.md. */
export interface AnnotationsTable {
  id: string;
  case_id: string;
  /** Not a foreign key: removing the document must not delete the evidence (it becomes orphaned). */
  document_id: string;
  /** Re-attaches the annotation to a re-imported document with the same content. */
  document_sha256: string;
  /** Title snapshot, for citations of an orphaned annotation. */
  document_title: string;
  kind: 'highlight' | 'underline' | 'comment' | 'area' | 'media-note';
  /** 0-based page, null for DOCX and media. */
  page_index: number | null;
  /** JSON AnnotationAnchor (preload/contract/methods/annotations.ts). */
  anchor: string;
  quote: string | null;
  category: string;
  body: ColumnType<string, string | undefined, string>;
  author_name: string;
  author_unit: ColumnType<string, string | undefined, string>;
  /** JSON array of standard item codes. */
  item_codes: ColumnType<string, string | undefined, string>;
  /** JSON array of pre-check rule ids. */
  rule_ids: ColumnType<string, string | undefined, string>;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
  deleted_at: string | null;
}

/** A review campaign (评查活动, 0007_campaigns). JSON columns are validated by the contract before writing. */
export interface CampaignsTable {
  id: string;
  name: string;
  year: number;
  batch: ColumnType<string, string | undefined, string>;
  /** JSON CampaignScope: closed-date period, act types, agencies. */
  scope: ColumnType<string, string | undefined, string>;
  /** JSON { [actType]: standardVersionId }, '*' for the default. */
  standards: ColumnType<string, string | undefined, string>;
  /** JSON grade bands overriding the standard's, or null. */
  grade_bands: string | null;
  /** JSON { [milestone]: 'YYYY-MM-DD' }. */
  deadlines: ColumnType<string, string | undefined, string>;
  reviewers_per_case: ColumnType<number, number | undefined, number>;
  /** Total-score difference above which a dossier is flagged for 复核. */
  review_threshold: ColumnType<number, number | undefined, number>;
  status: ColumnType<'active' | 'closed', 'active' | 'closed' | undefined, 'active' | 'closed'>;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
}

export interface CampaignMembersTable {
  id: string;
  campaign_id: string;
  name: string;
  unit: ColumnType<string, string | undefined, string>;
  role: ColumnType<'leader' | 'member', 'leader' | 'member' | undefined, 'leader' | 'member'>;
  created_at: ColumnType<string, string | undefined, string>;
}

/** A confirmed draw: same seed + params + library → same case_ids. */
export interface CampaignSamplesTable {
  id: string;
  campaign_id: string;
  seed: string;
  /** JSON SampleParams. */
  params: string;
  /** JSON array of case ids in draw order. */
  case_ids: string;
  actor: ColumnType<string, string | undefined, string>;
  created_at: ColumnType<string, string | undefined, string>;
}

export interface CampaignCasesTable {
  campaign_id: string;
  case_id: string;
  source: 'sampled' | 'manual';
  sample_id: string | null;
  /** "agency × act type" the dossier was drawn from. */
  stratum: ColumnType<string, string | undefined, string>;
  reason: ColumnType<string, string | undefined, string>;
  added_at: ColumnType<string, string | undefined, string>;
  /** Soft removal keeps the reason. */
  removed_at: string | null;
  removed_reason: string | null;
}

export interface CampaignAssignmentsTable {
  id: string;
  campaign_id: string;
  case_id: string;
  member_id: string;
  /** The reviewer's own reviews row, once opened. */
  review_id: string | null;
  /** 1 when 回避 was overridden by hand (reason required). */
  override: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
  override_reason: string | null;
  created_at: ColumnType<string, string | undefined, string>;
}

export interface CampaignResultsTable {
  campaign_id: string;
  case_id: string;
  /** The consolidated review (a normal submitted reviews row). */
  review_id: string | null;
  /** JSON { [itemCode]: PanelDecision }. */
  decisions: ColumnType<string, string | undefined, string>;
  locked: ColumnType<0 | 1, 0 | 1 | undefined, 0 | 1>;
  content_hash: string | null;
  locked_at: string | null;
  locked_by: string | null;
  /** JSON array of { at, actor, reason, contentHash }. */
  reopen_history: ColumnType<string, string | undefined, string>;
  created_at: ColumnType<string, string | undefined, string>;
  updated_at: ColumnType<string, string | undefined, string>;
}

/** One audit entry (0008_audit_log); hash chain per origin, see docs/audit.md. */
export interface AuditLogTable {
  id: Generated<number>;
  /** Workstation id (ULID in settings `audit.workstationId`) whose chain this entry belongs to. */
  origin: string;
  /** 1, 2, 3… within the origin's chain. */
  seq: number;
  at: string;
  actor_name: string;
  actor_unit: string;
  actor_role: string;
  /** e.g. review.set, standard_version.created, assignment.created. */
  action: string;
  entity_type: string;
  entity_id: string;
  /** JSON before/after (null when not applicable). */
  old_value: string | null;
  new_value: string | null;
  reason: string | null;
  prev_hash: string;
  hash: string;
}
export interface DB {
  settings: SettingsTable;
  cases: CasesTable;
  documents: DocumentsTable;
  document_pages: DocumentPagesTable;
  page_fts: PageFtsTable;
  case_facts: CaseFactsTable;
  fact_proposals: FactProposalsTable;
  standard_contents: StandardContentsTable;
  standard_versions: StandardVersionsTable;
  reviews: ReviewsTable;
  review_items: ReviewItemsTable;
  review_history: ReviewHistoryTable;
  audit_log: AuditLogTable;
  campaigns: CampaignsTable;
  campaign_members: CampaignMembersTable;
  campaign_samples: CampaignSamplesTable;
  campaign_cases: CampaignCasesTable;
  campaign_assignments: CampaignAssignmentsTable;
  campaign_results: CampaignResultsTable;
  annotations: AnnotationsTable;
}
