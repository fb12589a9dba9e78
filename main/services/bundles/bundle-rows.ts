import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';

/**
 * The columns carried for each table, in one place. Import keeps only these
 * columns (unknown keys in a bundle are ignored, never turned into SQL), and
 * values must be plain strings, numbers or null.
 */
export const COLUMNS = {
  cases: [
    'id',
    'case_number',
    'name',
    'agency',
    'act_type',
    'created_at',
    'updated_at',
    'sector',
    'procedure',
    'party_name',
    'party_kind',
    'party_id_number',
    'filed_date',
    'decided_date',
    'served_date',
    'closed_date',
    'penalty_types',
    'penalty_amount',
    'officers',
    'tags',
    'notes',
    'status',
    'deleted_at',
  ],
  documents: [
    'id',
    'case_id',
    'position',
    'file_name',
    'sha256',
    'size',
    'detected_type',
    'doc_type',
    'doc_type_confidence',
    'page_count',
    'title',
    'author',
    'created',
    'text_status',
    'error',
    'warnings',
    'imported_at',
  ],
  document_pages: ['document_id', 'page_index', 'text', 'has_text'],
  case_facts: ['case_id', 'facts', 'revision', 'created_at', 'updated_at'],
  standard_contents: ['hash', 'json'],
  standard_versions: [
    'id',
    'code',
    'version',
    'name',
    'content_hash',
    'builtin',
    'locked',
    'created_at',
    'updated_at',
  ],
  campaigns: [
    'id',
    'name',
    'year',
    'batch',
    'scope',
    'standards',
    'grade_bands',
    'deadlines',
    'reviewers_per_case',
    'review_threshold',
    'status',
    'created_at',
    'updated_at',
  ],
  campaign_members: ['id', 'campaign_id', 'name', 'unit', 'role', 'created_at'],
  campaign_cases: [
    'campaign_id',
    'case_id',
    'source',
    'sample_id',
    'stratum',
    'reason',
    'added_at',
    'removed_at',
    'removed_reason',
  ],
  campaign_assignments: [
    'id',
    'campaign_id',
    'case_id',
    'member_id',
    'review_id',
    'override',
    'override_reason',
    'created_at',
  ],
  reviews: [
    'id',
    'case_id',
    'standard_version_id',
    'standard_hash',
    'reviewer_name',
    'reviewer_unit',
    'reviewer_role',
    'status',
    'created_at',
    'updated_at',
    'submitted_at',
    'reopened_at',
    'reopen_reason',
  ],
  review_items: ['review_id', 'item_code', 'result', 'created_at', 'updated_at'],
  review_history: [
    'review_id',
    'item_code',
    'kind',
    'rule_id',
    'old_value',
    'new_value',
    'reason',
    'actor_name',
    'actor_unit',
    'actor_role',
    'at',
  ],
  annotations: [
    'id',
    'case_id',
    'document_id',
    'document_sha256',
    'document_title',
    'kind',
    'page_index',
    'anchor',
    'quote',
    'category',
    'body',
    'author_name',
    'author_unit',
    'item_codes',
    'rule_ids',
    'created_at',
    'updated_at',
    'deleted_at',
  ],
} as const satisfies Partial<Record<keyof DB, readonly string[]>>;

export type CarriedTable = keyof typeof COLUMNS;
export type Row = Record<string, string | number | null>;

const bad = (what: string) =>
  new AppError('E_CORRUPT_FILE', `评查包被拒绝：数据 ${what} 格式有误。未导入任何内容。`);

/** Validates `value` as an array of flat rows and keeps only the table's columns. */
export function pickRows(table: CarriedTable, value: unknown): Row[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw bad(table);
  return value.map((raw: unknown) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw bad(table);
    const row: Row = {};
    for (const column of COLUMNS[table]) {
      const v = (raw as Record<string, unknown>)[column];
      if (v === undefined) continue;
      if (v !== null && typeof v !== 'string' && typeof v !== 'number') throw bad(`${table}.${column}`);
      row[column] = v;
    }
    return row;
  });
}

/** Selects the carried columns of rows matching `where` (export side). */
export const str = (row: Row, column: string): string => String(row[column] ?? '');

/** Rows per INSERT: well under SQLite's bound-parameter limit for the widest carried table. */
const BATCH = 100;

/** Inserts rows that are not there yet (by primary key / unique key); returns how many were new. */
export async function insertMissing(
  trx: Kysely<DB>,
  table: CarriedTable,
  rows: readonly Row[],
): Promise<number> {
  let added = 0;
  // Multi-row statements need the same columns in every row: group by column set.
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = Object.keys(row).join(',');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i += BATCH) {
      const result = await (trx as unknown as Kysely<Record<string, Row>>)
        .insertInto(table)
        .values(group.slice(i, i + BATCH))
        .onConflict((oc) => oc.doNothing())
        .executeTakeFirst();
      added += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
  }
  return added;
}
