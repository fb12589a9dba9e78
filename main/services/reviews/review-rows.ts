import type { Selectable } from 'kysely';
import type {
  HistoryEntry,
  HistoryKind,
  ItemFinding,
  ReviewSummary,
  SavedItemResult,
} from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import type { ScoreReport } from '../../../preload/contract/model/score-report';

export type ReviewRow = Selectable<DB['reviews']>;
export type ReviewItemRow = Selectable<DB['review_items']>;
export type HistoryRow = Selectable<DB['review_history']>;
export type VersionRow = Selectable<DB['standard_versions']>;

export const parseFinding = (json: string | null): ItemFinding | null =>
  json === null ? null : (JSON.parse(json) as ItemFinding);

export const itemRowToResult = (row: ReviewItemRow): SavedItemResult => ({
  ...(JSON.parse(row.result) as ItemFinding),
  itemCode: row.item_code,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export const rowToSummary = (row: ReviewRow, version: VersionRow, report: ScoreReport): ReviewSummary => ({
  id: row.id,
  caseId: row.case_id,
  standardVersionId: row.standard_version_id,
  standardCode: version.code,
  standardVersion: version.version,
  standardName: version.name,
  standardHash: row.standard_hash,
  reviewer: { name: row.reviewer_name, unit: row.reviewer_unit, role: row.reviewer_role },
  status: row.status,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
  submittedAt: row.submitted_at,
  reopenedAt: row.reopened_at,
  reopenReason: row.reopen_reason,
  total: report.total,
  grade: report.grade.label,
});

export const historyRowToEntry = (row: HistoryRow): HistoryEntry => ({
  id: row.id,
  itemCode: row.item_code,
  kind: row.kind as HistoryKind,
  ruleId: row.rule_id,
  oldValue: parseFinding(row.old_value),
  newValue: parseFinding(row.new_value),
  reason: row.reason,
  actor: { name: row.actor_name, unit: row.actor_unit, role: row.actor_role },
  at: row.at,
});
