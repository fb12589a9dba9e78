import { readFile } from 'node:fs/promises';
import type { Kysely, Selectable } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { DocTypeOption, DocumentSummary } from '../../../preload/contract/methods/documents';
import type { DB, DocumentsTable } from '../../db/schema';
import { DOC_TYPES, DOC_TYPE_LABELS, extractDocx, isDocTypeCode, type BlobStore } from '../documents';
import { mimeTypeOf, viewerFor } from './document-viewer-kind';

type Row = Selectable<DocumentsTable>;

const notFound = (id: string) => new AppError('E_NOT_FOUND', `文件不存在：${id}`, { id });

const parseWarnings = (text: string): string[] => {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.map(String) : [];
  } catch {
    return [];
  }
};

/** Rows in dossier order → summaries with 卷内页码 (pages counted through the whole dossier). */
function summarize(rows: Row[]): DocumentSummary[] {
  let nextPage = 1;
  return rows.map((row) => {
    const viewer = viewerFor(row.detected_type);
    const paged = (viewer === 'pdf' || viewer === 'docx' || viewer === 'image') && row.page_count > 0;
    const pages = paged ? { from: nextPage, to: nextPage + row.page_count - 1 } : null;
    if (pages) nextPage = pages.to + 1;
    return {
      id: row.id,
      caseId: row.case_id,
      position: row.position,
      fileName: row.file_name,
      sha256: row.sha256,
      size: row.size,
      detectedType: row.detected_type,
      viewer,
      mimeType: mimeTypeOf(row.detected_type),
      docType: row.doc_type,
      docTypeLabel: row.doc_type && isDocTypeCode(row.doc_type) ? DOC_TYPE_LABELS[row.doc_type] : null,
      docTypeConfidence: row.doc_type_confidence,
      pageCount: row.page_count,
      pages,
      textStatus: row.text_status,
      title: row.title,
      author: row.author,
      created: row.created,
      warnings: parseWarnings(row.warnings),
      importedAt: row.imported_at,
    };
  });
}

/** A case's documents as the reviewer works with them: order, types, bytes by id. */
export function createCaseDocumentsService(db: () => Kysely<DB>, blobs: () => BlobStore) {
  const rowsOf = (caseId: string) =>
    db()
      .selectFrom('documents')
      .selectAll()
      .where('case_id', '=', caseId)
      .orderBy('position')
      .orderBy('imported_at')
      .execute();
  const rowById = async (id: string) => {
    const row = await db().selectFrom('documents').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(id);
    return row;
  };
  const summaryOf = async (id: string) => {
    const row = await rowById(id);
    const found = summarize(await rowsOf(row.case_id)).find((d) => d.id === id);
    if (!found) throw notFound(id);
    return found;
  };

  return {
    list: async (caseId: string) => summarize(await rowsOf(caseId)),

    types: (): DocTypeOption[] => DOC_TYPES.map((t) => ({ code: t.code, label: t.label })),

    async setType(id: string, docType: string | null): Promise<DocumentSummary> {
      if (docType !== null && !isDocTypeCode(docType))
        throw new AppError('E_INVALID_ARGS', `未知的文书类型：${docType}`);
      await rowById(id);
      // A type set by the reviewer is certain.
      await db()
        .updateTable('documents')
        .set({ doc_type: docType, doc_type_confidence: docType === null ? null : 1 })
        .where('id', '=', id)
        .execute();
      return summaryOf(id);
    },

    async reorder(caseId: string, orderedIds: string[]): Promise<DocumentSummary[]> {
      const current = await rowsOf(caseId);
      const known = new Set(current.map((r) => r.id));
      if (
        orderedIds.length !== current.length ||
        new Set(orderedIds).size !== orderedIds.length ||
        orderedIds.some((id) => !known.has(id))
      ) {
        throw new AppError('E_INVALID_ARGS', '新的顺序必须恰好包含本案每个文件一次');
      }
      await db()
        .transaction()
        .execute(async (trx) => {
          for (const [position, id] of orderedIds.entries()) {
            await trx.updateTable('documents').set({ position }).where('id', '=', id).execute();
          }
        });
      return summarize(await rowsOf(caseId));
    },

    /** Removes the document from the case; the blob stays (other cases may share it, and originals are never deleted here). */
    async remove(id: string): Promise<{ id: string }> {
      await rowById(id);
      await db().deleteFrom('documents').where('id', '=', id).execute();
      return { id };
    },

    /** Where the bytes of a document are, for the by-id routes. */
    async blob(id: string): Promise<{ path: string; mimeType: string; size: number; fileName: string }> {
      const row = await rowById(id);
      return {
        path: blobs().pathFor(row.sha256),
        mimeType: mimeTypeOf(row.detected_type),
        size: row.size,
        fileName: row.file_name,
      };
    },

    async pagesWithoutText(id: string): Promise<number[]> {
      await rowById(id);
      const rows = await db()
        .selectFrom('document_pages')
        .select('page_index')
        .where('document_id', '=', id)
        .where('has_text', '=', 0)
        .orderBy('page_index')
        .execute();
      return rows.map((r) => r.page_index + 1);
    },

    async html(id: string): Promise<{ html: string }> {
      const row = await rowById(id);
      if (row.detected_type !== 'docx')
        throw new AppError('E_UNSUPPORTED_FILE', `“${row.file_name}”不是 DOCX 文档`);
      const extracted = await extractDocx(await readFile(blobs().pathFor(row.sha256)), {
        fileName: row.file_name,
      });
      return { html: extracted.html ?? '' };
    },
  };
}

export type CaseDocumentsService = ReturnType<typeof createCaseDocumentsService>;
