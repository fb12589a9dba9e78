import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../../preload/contract/app-error';
import type { AnnotationImportOutcome } from '../../../preload/contract/methods/annotations';
import type { DB } from '../../db/schema';
import { anchorPageIndex, anchorQuote, checkAnchor } from './annotation-limits';
import { rowToAnnotation } from './annotation-row';
import { caseDocumentResolver } from './resolve-documents';
import {
  ID_PREFIX,
  toW3c,
  W3C_CONTEXT,
  w3cAnnotationSchema,
  w3cCollectionSchema,
  type W3cAnnotation,
} from './w3c-format';

/**
 * All annotations of a case, deleted ones included (so a deletion travels with a
 * results bundle), as a W3C AnnotationCollection. Reused by campaign bundles (#8).
 */
export async function exportCaseAnnotations(
  db: Kysely<DB>,
  caseId: string,
): Promise<{ json: string; fileName: string }> {
  const found = await db
    .selectFrom('cases')
    .select(['id', 'case_number', 'name'])
    .where('id', '=', caseId)
    .executeTakeFirst();
  if (!found) throw new AppError('E_NOT_FOUND', `案卷不存在：${caseId}`, { id: caseId });
  const resolver = await caseDocumentResolver(db, caseId);
  const rows = await db
    .selectFrom('annotations')
    .selectAll()
    .where('case_id', '=', caseId)
    .orderBy('id')
    .execute();
  const items = rows.map((r) => toW3c(rowToAnnotation(r, resolver.resolve(r))));
  const label = found.case_number || found.name || caseId;
  const collection = {
    '@context': W3C_CONTEXT,
    type: 'AnnotationCollection',
    label: `${label} 批注`,
    generator: 'Pingcha 评查',
    total: items.length,
    first: { type: 'AnnotationPage', startIndex: 0, items },
  };
  return {
    json: JSON.stringify(collection, null, 2),
    fileName: `${label}-批注.jsonld`.replace(/[\\/:*?"<>|]/g, '_'),
  };
}

const issuesText = (e: z.ZodError) =>
  e.issues
    .slice(0, 5)
    .map((i) => `${i.path.map(String).join('.') || '(根)'}：${i.message}`)
    .join('；');

/**
 * Imports a W3C AnnotationCollection produced by exportCaseAnnotations.
 * Idempotent: annotations are matched by id; an identical or older copy is left
 * alone, a newer one updates the row. All or nothing: the first problem (named
 * by its position and id) rolls back the whole file.
 */
export async function importAnnotations(db: Kysely<DB>, json: string): Promise<AnnotationImportOutcome> {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    throw new AppError('E_INVALID_ARGS', `批注文件不是有效的 JSON：${(e as Error).message}`);
  }
  const collection = w3cCollectionSchema.safeParse(data);
  if (!collection.success) {
    throw new AppError(
      'E_INVALID_ARGS',
      `批注文件格式不对（需要 W3C AnnotationCollection，含 first.items）：${issuesText(collection.error)}`,
    );
  }
  const parsed: W3cAnnotation[] = collection.data.first.items.map((item, index) => {
    const one = w3cAnnotationSchema.safeParse(item);
    if (!one.success) {
      const id = (item as { id?: unknown } | null)?.id;
      throw new AppError(
        'E_INVALID_ARGS',
        `第 ${index + 1} 条批注${typeof id === 'string' ? `（${id}）` : ''}无效：${issuesText(one.error)}。未导入任何批注。`,
        { index },
      );
    }
    try {
      checkAnchor(one.data.pingcha.kind, one.data.pingcha.anchor, null);
    } catch (e) {
      throw new AppError(
        'E_INVALID_ARGS',
        `第 ${index + 1} 条批注（${one.data.id}）无效：${(e as Error).message}。未导入任何批注。`,
        {
          index,
        },
      );
    }
    return one.data;
  });

  return db.transaction().execute(async (trx) => {
    const outcome: AnnotationImportOutcome = { created: 0, updated: 0, unchanged: 0 };
    const seen = new Set<string>();
    for (const [index, a] of parsed.entries()) {
      const id = a.id.slice(ID_PREFIX.length);
      const where = `第 ${index + 1} 条批注（${a.id}）`;
      if (seen.has(id))
        throw new AppError('E_INVALID_ARGS', `${where}在文件中重复出现。未导入任何批注。`, { index });
      seen.add(id);
      const p = a.pingcha;
      const kase = await trx.selectFrom('cases').select('id').where('id', '=', p.caseId).executeTakeFirst();
      if (!kase)
        throw new AppError('E_NOT_FOUND', `${where}所属的案卷 ${p.caseId} 在本机不存在。未导入任何批注。`, {
          index,
        });
      const comment = a.body.find((b) => b.purpose !== 'tagging')?.value ?? '';
      const values = {
        case_id: p.caseId,
        document_id: p.documentId,
        document_sha256: a.target.source.slice('urn:sha256:'.length),
        document_title: p.documentTitle,
        kind: p.kind,
        page_index: anchorPageIndex(p.anchor),
        anchor: JSON.stringify(p.anchor),
        quote: anchorQuote(p.anchor),
        category: p.category,
        body: comment,
        author_name: a.creator.name,
        author_unit: p.authorUnit,
        item_codes: JSON.stringify([...new Set(p.itemCodes)]),
        rule_ids: JSON.stringify([...new Set(p.ruleIds)]),
        created_at: a.created,
        updated_at: a.modified,
        deleted_at: p.deletedAt,
      };
      const existing = await trx
        .selectFrom('annotations')
        .select(['case_id', 'updated_at'])
        .where('id', '=', id)
        .executeTakeFirst();
      if (!existing) {
        await trx
          .insertInto('annotations')
          .values({ id, ...values })
          .execute();
        outcome.created++;
      } else if (existing.case_id !== p.caseId) {
        throw new AppError('E_CONFLICT', `${where}与本机另一案卷的批注编号相同。未导入任何批注。`, { index });
      } else if (a.modified > existing.updated_at) {
        await trx.updateTable('annotations').set(values).where('id', '=', id).execute();
        outcome.updated++;
      } else {
        outcome.unchanged++;
      }
    }
    return outcome;
  });
}
