import type { Kysely } from 'kysely';
import type { EvidenceCitation } from '../../../preload/contract/methods/annotations';
import type { DB } from '../../db/schema';
import { rowToAnnotation } from './annotation-row';
import { caseDocumentResolver } from './resolve-documents';

/**
 * The case's live (not deleted) annotations as report citations, in document
 * order then page then creation: "文书名称 第 N 页 “quote”" (N = pageIndex + 1).
 * Orphaned annotations are included and flagged — evidence is never silently lost.
 * Used by the reports (#7) for citations and the annotation summary table.
 *
 * @example
 * const cites = await listEvidenceCitations(db, caseId);
 * cites.filter((c) => c.itemCodes.includes('A1'));
 */
export async function listEvidenceCitations(db: Kysely<DB>, caseId: string): Promise<EvidenceCitation[]> {
  const resolver = await caseDocumentResolver(db, caseId);
  const rows = await db
    .selectFrom('annotations')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const order = await documentOrder(db, caseId);
  const annotations = rows.map((r) => rowToAnnotation(r, resolver.resolve(r)));
  annotations.sort(
    (a, b) =>
      (order.get(a.documentId) ?? Number.MAX_SAFE_INTEGER) -
        (order.get(b.documentId) ?? Number.MAX_SAFE_INTEGER) || (a.pageIndex ?? -1) - (b.pageIndex ?? -1),
  );
  return annotations.map((a) => ({
    annotationId: a.id,
    itemCodes: a.itemCodes,
    ruleIds: a.ruleIds,
    documentId: a.documentId,
    documentTitle: a.documentTitle,
    pageIndex: a.pageIndex,
    quote: a.quote,
    comment: a.body,
    author: a.author.name,
    category: a.category,
    orphaned: a.orphaned,
  }));
}

async function documentOrder(db: Kysely<DB>, caseId: string): Promise<Map<string, number>> {
  const docs = await db
    .selectFrom('documents')
    .select(['id', 'position'])
    .where('case_id', '=', caseId)
    .execute();
  return new Map(docs.map((d) => [d.id, d.position]));
}
