import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { buildFtsQuery } from './fts-query';
import { indexPendingPages } from './page-indexer';
import { buildSnippet, type Snippet } from './snippet';

export interface PageHit {
  documentId: string;
  caseId: string;
  fileName: string;
  pageIndex: number;
  snippet: Snippet;
}

export interface SearchOptions {
  caseId?: string;
  limit?: number;
  offset?: number;
  /** Characters of context on each side of the first hit in the snippet. */
  context?: number;
  /** Include soft-deleted cases (`cases.deleted_at` set); default false, filtered in SQL so paging stays exact. */
  includeDeletedCases?: boolean;
}

/**
 * Full-text search over imported pages (pending pages are indexed first): in dossier order within one case,
 * in import order across cases. Returns [] for queries without searchable characters.
 */
export async function searchPages(
  db: Kysely<DB>,
  query: string,
  options: SearchOptions = {},
): Promise<PageHit[]> {
  const match = buildFtsQuery(query);
  if (!match) return [];
  // Pages imported moments ago may still await the background indexer: catch up
  // first so a search never misses them (a no-op lookup when nothing is pending).
  await indexPendingPages(db);
  const caseFilter = options.caseId === undefined ? sql`` : sql`and d.case_id = ${options.caseId}`;
  const deletedFilter = options.includeDeletedCases ? sql`` : sql`and c.deleted_at is null`;
  // Inside one case, hits follow the dossier. Across all cases they follow the index (import order):
  // FTS5 yields rowids in order, so SQLite stops at the limit instead of sorting every page a
  // frequent word such as 罚 occurs on (measured in bench/suites/search.bench.ts).
  const ordering =
    options.caseId === undefined ? sql`order by page_fts.rowid` : sql`order by d.position, p.page_index`;
  const rows = await sql<{
    document_id: string;
    case_id: string;
    file_name: string;
    page_index: number;
    text: string;
  }>`
    select p.document_id, d.case_id, d.file_name, p.page_index, p.text
    from page_fts
    join document_pages p on p.id = page_fts.rowid
    join documents d on d.id = p.document_id
    join cases c on c.id = d.case_id
    where page_fts match ${match} ${caseFilter} ${deletedFilter}
    ${ordering}
    limit ${options.limit ?? 200} offset ${options.offset ?? 0}`.execute(db);
  return rows.rows.map((row) => ({
    documentId: row.document_id,
    caseId: row.case_id,
    fileName: row.file_name,
    pageIndex: row.page_index,
    snippet: buildSnippet(row.text, query, options.context),
  }));
}
