import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { DB } from '../../db/schema';
import type { BlobStore } from './blob-store';
import { classifyDocument } from './classify/classify-document';
import { detectFileType } from './detect/detect-file-type';
import { refusalFor } from './detect/unsupported-file-error';
import { documentError } from './document-error';
import { extractDocument, type ExtractionLimits } from './extract-document';
import type { ImportOutcome } from './import-outcome';

export interface ImportContext {
  db: Kysely<DB>;
  blobs: BlobStore;
  limits?: ExtractionLimits;
  /** Injectable for tests; defaults to ULIDs and the current time. */
  newId?: () => string;
  now?: () => string;
}

export interface ImportFileRequest {
  caseId: string;
  path: string;
  /** Display name (defaults to the path's base name). */
  fileName?: string;
  /** PDF user password, passed through unchanged. */
  password?: string;
  signal?: AbortSignal;
  /** Page progress inside one PDF (done, total). */
  onPage?: (done: number, total: number) => void;
}

/** Pages whose text feeds the classifier: titles are on the first pages. */
const CLASSIFY_PAGES = 3;
/** 5 bound values per page row: 100 rows stay far below SQLite's variable limit. */
const PAGES_PER_INSERT = 100;

/** Raised inside the transaction when a concurrent import stored the same content first. */
class DuplicateInCase extends Error {
  constructor(readonly documentId: string) {
    super('duplicate');
  }
}

const sha256Of = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function findDuplicate(db: Kysely<DB>, caseId: string, sha256: string): Promise<string | null> {
  const row = await db
    .selectFrom('documents')
    .select('id')
    .where('case_id', '=', caseId)
    .where('sha256', '=', sha256)
    .executeTakeFirst();
  return row?.id ?? null;
}

const duplicateReason = (fileName: string) => `“${fileName}”与本案中已导入的文件内容完全相同，未重复导入。`;

function toFailure(error: unknown, path: string, fileName: string): ImportOutcome {
  if (error instanceof AppError)
    return {
      status: 'failed',
      path,
      fileName,
      code: error.code,
      reason: error.message,
      details: error.details,
    };
  if ((error as Error).name === 'AbortError')
    return { status: 'failed', path, fileName, code: 'E_CANCELLED', reason: `“${fileName}”：导入已取消。` };
  const detail = (error as Error).message ?? String(error);
  const ioCode = (error as { code?: string }).code;
  if (ioCode === 'ENOENT')
    return {
      status: 'failed',
      path,
      fileName,
      code: 'E_NOT_FOUND',
      reason: `“${fileName}”：找不到该文件，可能已被移动或删除。`,
      details: { detail },
    };
  if (ioCode === 'EACCES' || ioCode === 'EPERM' || ioCode === 'EBUSY')
    return {
      status: 'failed',
      path,
      fileName,
      code: 'E_LOCKED',
      reason: `“${fileName}”：无法读取该文件（没有权限或正被其他程序占用）。请关闭占用它的程序后重试。`,
      details: { detail },
    };
  return {
    status: 'failed',
    path,
    fileName,
    code: 'E_INTERNAL',
    reason: `“${fileName}”：导入失败（${detail}）。`,
    details: { detail },
  };
}

/**
 * Imports one file into a case: detect (by content) → extract text → classify →
 * store the original in the blob store → insert the document and its pages in ONE
 * transaction; the full-text index is built afterwards (search/page-indexer.ts).
 * Any failure leaves no rows behind
 * (a stored blob may remain: blobs are content-addressed and shared, and are
 * garbage-collected separately). Never throws: the outcome says what happened.
 */
export async function importFile(ctx: ImportContext, request: ImportFileRequest): Promise<ImportOutcome> {
  const { db, blobs } = ctx;
  const { caseId, path, signal } = request;
  const fileName = request.fileName ?? basename(path);
  try {
    // A soft-deleted case (0003_case_records) is as good as gone: nothing may be added to it.
    const kase = await db
      .selectFrom('cases')
      .select('id')
      .where('id', '=', caseId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    if (!kase) throw new AppError('E_NOT_FOUND', `案件不存在（${caseId}），无法导入“${fileName}”。`);
    const info = await stat(path);
    if (!info.isFile())
      throw documentError(
        'E_UNSUPPORTED_FILE',
        fileName,
        'not-a-file',
        '这不是一个文件（可能是文件夹），请选择文件导入。',
      );
    if (info.size > blobs.maxBytes)
      throw documentError(
        'E_TOO_LARGE',
        fileName,
        'file-too-large',
        `文件过大（${(info.size / 1024 / 1024).toFixed(1)} MB），超过单个文件 ${(blobs.maxBytes / 1024 / 1024).toFixed(0)} MB 的上限。请拆分或压缩后再导入。`,
      );
    if (signal?.aborted) throw documentError('E_CANCELLED', fileName, 'cancelled', '导入已取消。');

    const bytes = await readFile(path);
    const sha256 = sha256Of(bytes);
    const existing = await findDuplicate(db, caseId, sha256);
    if (existing)
      return { status: 'duplicate', path, fileName, documentId: existing, reason: duplicateReason(fileName) };

    const detection = await detectFileType(bytes, fileName);
    const refusal = refusalFor(detection, fileName);
    if (refusal) throw refusal;
    // Copying the original into the blob store is I/O: it overlaps the CPU-bound
    // extraction. If extraction fails the blob may stay (content-addressed, swept later).
    const storing = blobs.put(path, signal);
    storing.catch(() => undefined);
    const extracted = await extractDocument(bytes, detection, {
      fileName,
      ...(request.password !== undefined ? { password: request.password } : {}),
      ...(signal ? { signal } : {}),
      ...(request.onPage ? { onPage: request.onPage } : {}),
      ...(ctx.limits ? { limits: ctx.limits } : {}),
    });
    const route = detection.route === 'refuse' ? undefined : detection.route;
    const classification = classifyDocument({
      fileName,
      metadataTitle: extracted.title,
      text: extracted.pages
        .slice(0, CLASSIFY_PAGES)
        .map((p) => p.text)
        .join('\n'),
      ...(route ? { route } : {}),
    });

    const blob = await storing;
    if (blob.sha256 !== sha256)
      throw documentError(
        'E_CONFLICT',
        fileName,
        'changed-during-import',
        '文件在导入过程中被修改，请等待其保存完成后重试。',
      );

    const warnings = [
      ...(detection.extensionWarning ? [detection.extensionWarning] : []),
      ...extracted.warnings,
    ];
    const documentId = (ctx.newId ?? ulid)();
    const now = (ctx.now ?? (() => new Date().toISOString()))();
    await db.transaction().execute(async (trx) => {
      // Re-checked under the write lock (`begin immediate`): another import may have won the race.
      const raced = await findDuplicate(trx, caseId, sha256);
      if (raced) throw new DuplicateInCase(raced);
      const last = await trx
        .selectFrom('documents')
        .select((eb) => eb.fn.max('position').as('max'))
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      await trx
        .insertInto('documents')
        .values({
          id: documentId,
          case_id: caseId,
          position: (last?.max ?? -1) + 1,
          file_name: fileName,
          sha256,
          size: blob.size,
          detected_type: detection.kind,
          doc_type: classification.code,
          doc_type_confidence: classification.code ? classification.confidence : null,
          page_count: extracted.pageCount,
          title: extracted.title,
          author: extracted.author,
          created: extracted.created,
          text_status: extracted.textStatus,
          error: extracted.pages.some((p) => p.error)
            ? (extracted.warnings.find((w) => w.includes('损坏')) ?? null)
            : null,
          warnings: JSON.stringify(warnings),
          imported_at: now,
        })
        .execute();
      // The full-text index follows after the commit (search/page-indexer.ts): pages
      // with text start as pending, pages without text have nothing to index.
      // Several pages per INSERT: one statement per page cost a round trip each.
      for (let start = 0; start < extracted.pages.length; start += PAGES_PER_INSERT)
        await trx
          .insertInto('document_pages')
          .values(
            extracted.pages.slice(start, start + PAGES_PER_INSERT).map((page) => ({
              document_id: documentId,
              page_index: page.index,
              text: page.text,
              has_text: page.hasText ? 1 : 0,
              indexed: page.hasText ? 0 : 1,
            })),
          )
          .execute();
    });
    return {
      status: 'imported',
      path,
      fileName,
      documentId,
      sha256,
      detectedType: detection.kind,
      docType: classification.code,
      docTypeConfidence: classification.confidence,
      textStatus: extracted.textStatus,
      pageCount: extracted.pageCount,
      warnings,
    };
  } catch (error) {
    if (error instanceof DuplicateInCase)
      return {
        status: 'duplicate',
        path,
        fileName,
        documentId: error.documentId,
        reason: duplicateReason(fileName),
      };
    return toFailure(error, path, fileName);
  }
}
