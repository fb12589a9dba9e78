import { readFile } from 'node:fs/promises';
import { PDFDocument } from '@cantoo/pdf-lib';
import type { Insertable, Kysely } from 'kysely';
import { ulid } from 'ulid';
import type { AnnotationAnchor } from '../../../preload/contract/methods/annotations';
import type { CheckFinding } from '../../../preload/contract/methods/checks';
import type { ReviewerIdentity } from '../../../preload/contract/methods/reviews';
import type { AnnotationsTable, DB } from '../../db/schema';
import type { BlobStore } from '../documents';
import { anchorPageIndex, anchorQuote } from './annotation-limits';
import { documentDisplayTitle } from './resolve-documents';

export interface CheckEvidenceInput {
  db: Kysely<DB>;
  blobs: BlobStore;
  caseId: string;
  finding: CheckFinding;
  itemCode: string | undefined;
  author: ReviewerIdentity;
  category: string;
}

/** Margin (points) of the whole-page area drawn for page-level evidence. */
const INSET = 6;

/**
 * Anchors one evidence entry of a pre-check finding. Pre-checks know the page
 * (1-based) and a quote but not its position, so a PDF page gets a page-sized
 * area comment carrying the quote; a DOCX gets a text anchor where the quote
 * occurs in the extracted text. Other evidence cannot be placed and is skipped.
 */
async function anchorFor(
  input: CheckEvidenceInput,
  doc: { id: string; sha256: string; detected_type: string; page_count: number },
  ev: { page?: number; quote?: string },
): Promise<AnnotationAnchor | null> {
  if (doc.detected_type === 'pdf') {
    const pageIndex = Math.max(0, (ev.page ?? 1) - 1);
    if (pageIndex >= doc.page_count) return null;
    const pdf = await PDFDocument.load(await readFile(input.blobs.pathFor(doc.sha256)), {
      updateMetadata: false,
    });
    const { width, height } = pdf.getPage(pageIndex).getSize();
    return {
      type: 'area',
      pageIndex,
      rect: { x: INSET, y: INSET, w: width - 2 * INSET, h: height - 2 * INSET },
    };
  }
  if (doc.detected_type === 'docx' && ev.quote) {
    const pages = await input.db
      .selectFrom('document_pages')
      .select('text')
      .where('document_id', '=', doc.id)
      .orderBy('page_index')
      .execute();
    const text = pages.map((p) => p.text).join('\n');
    const start = text.indexOf(ev.quote);
    if (start < 0) return null;
    const end = start + ev.quote.length;
    return {
      type: 'docx-text',
      start,
      end,
      quote: {
        exact: ev.quote,
        prefix: text.slice(Math.max(0, start - 32), start),
        suffix: text.slice(end, end + 32),
      },
    };
  }
  return null;
}

/**
 * Creates one comment annotation per placeable evidence entry of a finding,
 * in one transaction, skipping evidence this rule already annotated (same
 * document and page). Returns the new annotation ids.
 */
export async function checkEvidenceToAnnotations(input: CheckEvidenceInput): Promise<string[]> {
  const { db, caseId, finding } = input;
  const existing = await db
    .selectFrom('annotations')
    .select(['document_id', 'page_index', 'quote', 'rule_ids'])
    .where('case_id', '=', caseId)
    .where('deleted_at', 'is', null)
    .execute();
  const done = new Set(
    existing
      .filter((e) => (JSON.parse(e.rule_ids) as string[]).includes(finding.ruleId))
      .map((e) => `${e.document_id}|${e.page_index ?? ''}|${e.quote ?? ''}`),
  );
  const now = new Date().toISOString();
  const rows: Insertable<AnnotationsTable>[] = [];
  for (const ev of finding.evidence ?? []) {
    const doc = await db
      .selectFrom('documents')
      .selectAll()
      .where('id', '=', ev.documentId)
      .executeTakeFirst();
    if (!doc || doc.case_id !== caseId) continue;
    const anchor = await anchorFor(input, doc, ev);
    if (!anchor) continue;
    const quote = anchorQuote(anchor) ?? ev.quote ?? null;
    const key = `${doc.id}|${anchorPageIndex(anchor) ?? ''}|${quote ?? ''}`;
    if (done.has(key)) continue;
    done.add(key);
    rows.push({
      id: ulid(),
      case_id: caseId,
      document_id: doc.id,
      document_sha256: doc.sha256,
      document_title: documentDisplayTitle(doc),
      kind: 'comment' as const,
      page_index: anchorPageIndex(anchor),
      anchor: JSON.stringify(anchor),
      quote,
      category: input.category,
      body: `【预检 ${finding.ruleId} ${finding.title}：${finding.result}】${finding.explanation}`.slice(
        0,
        5000,
      ),
      author_name: input.author.name,
      author_unit: input.author.unit,
      item_codes: JSON.stringify(input.itemCode ? [input.itemCode] : []),
      rule_ids: JSON.stringify([finding.ruleId]),
      created_at: now,
      updated_at: now,
    });
  }
  if (rows.length > 0) {
    await db.transaction().execute(async (trx) => {
      for (const row of rows) await trx.insertInto('annotations').values(row).execute();
    });
  }
  return rows.map((r) => r.id);
}
