import type { Kysely } from 'kysely';
import type { SearchHit } from '../../../preload/contract/methods/search';
import type { DB } from '../../db/schema';
import { DOC_TYPE_LABELS, isDocTypeCode } from '../documents/classify/doc-types';
import { searchPages } from './search-pages';

/** Full-text search joined with case and document labels; deleted cases are left out. */
export function createSearchService(db: () => Kysely<DB>) {
  return {
    async query(
      query: string,
      options: { caseId?: string | undefined; limit: number; offset: number },
    ): Promise<{ hits: SearchHit[] }> {
      const pages = await searchPages(db(), query, {
        ...(options.caseId ? { caseId: options.caseId } : {}),
        limit: options.limit,
        offset: options.offset,
      });
      if (pages.length === 0) return { hits: [] };
      const caseIds = [...new Set(pages.map((p) => p.caseId))];
      const docIds = [...new Set(pages.map((p) => p.documentId))];
      const cases = new Map(
        (
          await db()
            .selectFrom('cases')
            .select(['id', 'name', 'case_number'])
            .where('id', 'in', caseIds)
            .where('deleted_at', 'is', null)
            .execute()
        ).map((c) => [c.id, c]),
      );
      const types = new Map(
        (
          await db().selectFrom('documents').select(['id', 'doc_type']).where('id', 'in', docIds).execute()
        ).map((d) => [d.id, d.doc_type]),
      );
      return {
        hits: pages.flatMap((p) => {
          const c = cases.get(p.caseId);
          if (!c) return [];
          const docType = types.get(p.documentId);
          return [
            {
              caseId: p.caseId,
              caseName: c.name ?? '',
              caseNumber: c.case_number ?? '',
              documentId: p.documentId,
              fileName: p.fileName,
              docTypeLabel: docType && isDocTypeCode(docType) ? DOC_TYPE_LABELS[docType] : null,
              page: p.pageIndex + 1,
              snippet: {
                text: p.snippet.text,
                highlights: p.snippet.highlights,
                truncatedStart: p.snippet.truncatedStart,
                truncatedEnd: p.snippet.truncatedEnd,
              },
            },
          ];
        }),
      };
    },
  };
}
