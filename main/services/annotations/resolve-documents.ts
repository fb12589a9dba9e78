import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';

export interface CaseDocumentRef {
  id: string;
  sha256: string;
  title: string;
  detectedType: string;
  pageCount: number;
}

export interface ResolvedDocument {
  documentId: string;
  documentTitle: string;
  orphaned: boolean;
}

/** The name shown for a document: its title when it has one, else its file name. */
export const documentDisplayTitle = (d: { title: string | null; file_name: string }): string =>
  d.title?.trim() || d.file_name;

/**
 * Resolves annotations to the case's current documents. An annotation belongs
 * to the document it was made on; if that one was removed but a document with
 * the same SHA-256 is in the case (re-imported), it follows the content; with
 * neither, it is orphaned and keeps its stored id and title snapshot.
 */
export async function caseDocumentResolver(db: Kysely<DB>, caseId: string) {
  const rows = await db
    .selectFrom('documents')
    .select(['id', 'sha256', 'title', 'file_name', 'detected_type', 'page_count'])
    .where('case_id', '=', caseId)
    .orderBy('position')
    .execute();
  const byId = new Map<string, CaseDocumentRef>();
  const bySha = new Map<string, CaseDocumentRef>();
  for (const r of rows) {
    const ref: CaseDocumentRef = {
      id: r.id,
      sha256: r.sha256,
      title: documentDisplayTitle(r),
      detectedType: r.detected_type,
      pageCount: r.page_count,
    };
    byId.set(ref.id, ref);
    if (!bySha.has(ref.sha256)) bySha.set(ref.sha256, ref);
  }
  const find = (documentId: string, sha256: string): CaseDocumentRef | undefined =>
    byId.get(documentId) ?? bySha.get(sha256);
  return {
    find,
    resolve(a: { document_id: string; document_sha256: string; document_title: string }): ResolvedDocument {
      const doc = find(a.document_id, a.document_sha256);
      return doc
        ? { documentId: doc.id, documentTitle: doc.title, orphaned: false }
        : { documentId: a.document_id, documentTitle: a.document_title, orphaned: true };
    },
  };
}

export type CaseDocumentResolver = Awaited<ReturnType<typeof caseDocumentResolver>>;
