import type { Kysely } from 'kysely';
import { ulid } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type {
  Annotation,
  AnnotationFilter,
  AnnotationImportOutcome,
  AnnotationSettings,
  CreateAnnotationInput,
  EvidenceCitation,
  MissingEvidence,
  UpdateAnnotationInput,
} from '../../../preload/contract/methods/annotations';
import type { CheckRunResult } from '../../../preload/contract/methods/checks';
import type { ReviewView } from '../../../preload/contract/methods/reviews';
import type { DB } from '../../db/schema';
import type { BlobStore } from '../documents';
import type { ReviewerIdentityStore } from '../reviews/reviewer-identity';
import { viewerFor } from '../case-documents/document-viewer-kind';
import {
  anchorPageIndex,
  anchorQuote,
  checkAnchor,
  checkAnchorFitsDocument,
  checkBody,
  checkLinks,
} from './annotation-limits';
import { rowToAnnotation, type AnnotationRow } from './annotation-row';
import { readAnnotationSettings, saveAnnotationSettings } from './annotation-settings';
import { writeAnnotatedPdf } from './annotated-pdf';
import { checkEvidenceToAnnotations } from './check-evidence';
import { listEvidenceCitations } from './evidence-citations';
import { missingEvidence, requireEvidence } from './evidence-gate';
import { filterAnnotations } from './filter-annotations';
import { caseDocumentResolver } from './resolve-documents';
import { exportCaseAnnotations, importAnnotations } from './w3c-io';

export interface AnnotationsDeps {
  db: () => Kysely<DB>;
  blobs: () => BlobStore;
  reviewer: ReviewerIdentityStore;
  runChecks: (caseId: string) => Promise<CheckRunResult>;
}

const notFound = (id: string) => new AppError('E_NOT_FOUND', `批注不存在：${id}`, { id });

/**
 * Annotations (批注) on a case's documents: create, edit, soft delete with
 * restore, links to standard items and pre-check rules, evidence for scoring,
 * W3C JSON and annotated-PDF export. Every write is attributed to the
 * workstation's reviewer and touches one row or runs in one transaction.
 */
export function createAnnotationsService(deps: AnnotationsDeps) {
  const { db, reviewer } = deps;

  const rowById = async (id: string, trx: Kysely<DB> = db()): Promise<AnnotationRow> => {
    const row = await trx.selectFrom('annotations').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound(id);
    return row;
  };

  const view = async (row: AnnotationRow, trx: Kysely<DB> = db()): Promise<Annotation> =>
    rowToAnnotation(row, (await caseDocumentResolver(trx, row.case_id)).resolve(row));

  const checkCategory = async (category: string) => {
    const { categories } = await readAnnotationSettings(db());
    if (!categories.some((c) => c.label === category)) {
      throw new AppError(
        'E_INVALID_ARGS',
        `未知的批注类别“${category}”：可选 ${categories.map((c) => c.label).join('、')}（在“设置 → 批注”中配置）`,
        { field: 'category' },
      );
    }
  };

  const list = async (filter: AnnotationFilter): Promise<Annotation[]> => {
    const resolver = await caseDocumentResolver(db(), filter.caseId);
    let query = db().selectFrom('annotations').selectAll().where('case_id', '=', filter.caseId);
    if (!filter.includeDeleted) query = query.where('deleted_at', 'is', null);
    const rows = await query.orderBy('created_at').orderBy('id').execute();
    return filterAnnotations(
      rows.map((r) => rowToAnnotation(r, resolver.resolve(r))),
      filter,
    );
  };

  return {
    list,

    async create(input: CreateAnnotationInput): Promise<Annotation> {
      const author = await reviewer.require();
      const doc = await db()
        .selectFrom('documents')
        .select(['id', 'case_id', 'sha256', 'title', 'file_name', 'page_count', 'detected_type'])
        .where('id', '=', input.documentId)
        .executeTakeFirst();
      if (!doc)
        throw new AppError('E_NOT_FOUND', `文件不存在：${input.documentId}`, { id: input.documentId });
      if (doc.case_id !== input.caseId) {
        throw new AppError('E_INVALID_ARGS', '该文件不属于这个案卷', { field: 'documentId' });
      }
      const anchor = input.anchor;
      checkAnchor(input.kind, anchor, doc.page_count);
      checkAnchorFitsDocument(anchor, viewerFor(doc.detected_type), doc.file_name);
      const body = input.body ?? '';
      checkBody(body);
      await checkCategory(input.category);
      const now = new Date().toISOString();
      const id = ulid();
      await db()
        .insertInto('annotations')
        .values({
          id,
          case_id: input.caseId,
          document_id: doc.id,
          document_sha256: doc.sha256,
          document_title: doc.title?.trim() || doc.file_name,
          kind: input.kind,
          page_index: anchorPageIndex(anchor),
          anchor: JSON.stringify(anchor),
          quote: anchorQuote(anchor),
          category: input.category,
          body,
          author_name: author.name,
          author_unit: author.unit,
          item_codes: JSON.stringify(checkLinks(input.itemCodes ?? [], '评查项目')),
          rule_ids: JSON.stringify(checkLinks(input.ruleIds ?? [], '预检规则')),
          created_at: now,
          updated_at: now,
        })
        .execute();
      return view(await rowById(id));
    },

    async update(input: UpdateAnnotationInput): Promise<Annotation> {
      await reviewer.require();
      const row = await rowById(input.id);
      if (row.deleted_at)
        throw new AppError('E_CONFLICT', '该批注已删除：请先撤销删除再修改', { id: row.id });
      const set: Partial<AnnotationRow> = { updated_at: new Date().toISOString() };
      if (input.anchor) {
        const anchor = input.anchor;
        // Re-anchoring stays on the same content: check against the document it resolves to, if still in the case.
        const doc = (await caseDocumentResolver(db(), row.case_id)).find(
          row.document_id,
          row.document_sha256,
        );
        checkAnchor(row.kind, anchor, doc ? doc.pageCount : null);
        if (doc) checkAnchorFitsDocument(anchor, viewerFor(doc.detectedType), doc.title);
        Object.assign(set, {
          anchor: JSON.stringify(anchor),
          page_index: anchorPageIndex(anchor),
          quote: anchorQuote(anchor),
        });
      }
      if (input.body !== undefined) {
        checkBody(input.body);
        set.body = input.body;
      }
      if (input.category !== undefined && input.category !== row.category) {
        await checkCategory(input.category);
        set.category = input.category;
      }
      if (input.itemCodes) set.item_codes = JSON.stringify(checkLinks(input.itemCodes, '评查项目'));
      if (input.ruleIds) set.rule_ids = JSON.stringify(checkLinks(input.ruleIds, '预检规则'));
      await db().updateTable('annotations').set(set).where('id', '=', row.id).execute();
      return view(await rowById(row.id));
    },

    async remove(id: string): Promise<Annotation> {
      await reviewer.require();
      const row = await rowById(id);
      const now = new Date().toISOString();
      if (!row.deleted_at) {
        await db()
          .updateTable('annotations')
          .set({ deleted_at: now, updated_at: now })
          .where('id', '=', id)
          .execute();
      }
      return view(await rowById(id));
    },

    async restore(id: string): Promise<Annotation> {
      await reviewer.require();
      const row = await rowById(id);
      if (row.deleted_at) {
        const now = new Date().toISOString();
        await db()
          .updateTable('annotations')
          .set({ deleted_at: null, updated_at: now })
          .where('id', '=', id)
          .execute();
      }
      return view(await rowById(id));
    },

    /** "添加证据": link or unlink several annotations to one item, all or nothing. */
    async linkItem(ids: readonly string[], itemCode: string, linked: boolean): Promise<Annotation[]> {
      await reviewer.require();
      const now = new Date().toISOString();
      const rows = await db()
        .transaction()
        .execute(async (trx) => {
          const out: AnnotationRow[] = [];
          for (const id of new Set(ids)) {
            const row = await rowById(id, trx);
            if (row.deleted_at) throw new AppError('E_CONFLICT', `批注已删除，不能作为证据：${id}`, { id });
            const codes = new Set<string>(JSON.parse(row.item_codes) as string[]);
            if (linked) codes.add(itemCode);
            else codes.delete(itemCode);
            const item_codes = JSON.stringify(checkLinks([...codes], '评查项目'));
            if (item_codes !== row.item_codes) {
              await trx
                .updateTable('annotations')
                .set({ item_codes, updated_at: now })
                .where('id', '=', id)
                .execute();
            }
            out.push(await rowById(id, trx));
          }
          return out;
        });
      return Promise.all(rows.map((r) => view(r)));
    },

    /** Turns a pre-check rule's evidence into comment annotations (skips evidence already annotated). */
    async fromCheck(caseId: string, ruleId: string, itemCode?: string): Promise<Annotation[]> {
      const author = await reviewer.require();
      const run = await deps.runChecks(caseId);
      const finding = run.findings.find((f) => f.ruleId === ruleId);
      if (!finding) throw new AppError('E_NOT_FOUND', `本案预检结果中没有规则 ${ruleId}`, { ruleId });
      const { categories } = await readAnnotationSettings(db());
      const category = finding.result === '不符合' ? '问题' : '证据';
      const ids = await checkEvidenceToAnnotations({
        db: db(),
        blobs: deps.blobs(),
        caseId,
        finding,
        itemCode,
        author,
        category: categories.some((c) => c.label === category) ? category : categories[0]!.label,
      });
      return Promise.all(ids.map(async (id) => view(await rowById(id))));
    },

    citations: (caseId: string): Promise<EvidenceCitation[]> => listEvidenceCitations(db(), caseId),
    missingEvidence: (review: ReviewView): Promise<MissingEvidence[]> => missingEvidence(db(), review),
    /** Hook for reviews.submit: refuses when 扣分须附证据 is on and an item lacks evidence. */
    requireEvidence: (review: ReviewView): Promise<void> => requireEvidence(db(), review),

    exportW3c: (caseId: string) => exportCaseAnnotations(db(), caseId),
    importW3c: (json: string): Promise<AnnotationImportOutcome> => importAnnotations(db(), json),

    async exportPdf(documentId: string) {
      const doc = await db()
        .selectFrom('documents')
        .selectAll()
        .where('id', '=', documentId)
        .executeTakeFirst();
      if (!doc) throw new AppError('E_NOT_FOUND', `文件不存在：${documentId}`, { id: documentId });
      if (doc.detected_type !== 'pdf') {
        throw new AppError('E_UNSUPPORTED_FILE', `“${doc.file_name}”不是 PDF，不能导出带批注的 PDF`);
      }
      const annotations = (await list({ caseId: doc.case_id, documentId })).filter((a) => !a.orphaned);
      const { categories } = await readAnnotationSettings(db());
      const colors = new Map(categories.map((c) => [c.label, c.color]));
      const bytes = await writeAnnotatedPdf(deps.blobs().pathFor(doc.sha256), annotations, colors);
      return {
        base64: Buffer.from(bytes).toString('base64'),
        fileName: doc.file_name.replace(/\.pdf$/i, '') + '（批注）.pdf',
        count: annotations.length,
      };
    },

    settings: (): Promise<AnnotationSettings> => readAnnotationSettings(db()),
    saveSettings: (patch: Partial<AnnotationSettings>) => saveAnnotationSettings(db(), patch),
  };
}

export type AnnotationsService = ReturnType<typeof createAnnotationsService>;
