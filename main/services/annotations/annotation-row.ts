import type { Selectable } from 'kysely';
import {
  annotationAnchorSchema,
  type Annotation,
  type AnnotationAnchor,
} from '../../../preload/contract/methods/annotations';
import type { AnnotationsTable } from '../../db/schema';
import type { ResolvedDocument } from './resolve-documents';

export type AnnotationRow = Selectable<AnnotationsTable>;

const stringArray = (json: string): string[] => {
  const value: unknown = JSON.parse(json);
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
};

/** Stored anchors were validated on write; parsing again guards against hand-edited rows. */
const parseAnchor = (json: string): AnnotationAnchor => annotationAnchorSchema.parse(JSON.parse(json));

export function rowToAnnotation(row: AnnotationRow, doc: ResolvedDocument): Annotation {
  return {
    id: row.id,
    caseId: row.case_id,
    documentId: doc.documentId,
    documentSha256: row.document_sha256,
    documentTitle: doc.documentTitle,
    orphaned: doc.orphaned,
    kind: row.kind,
    pageIndex: row.page_index,
    anchor: parseAnchor(row.anchor),
    quote: row.quote,
    category: row.category,
    body: row.body,
    author: { name: row.author_name, unit: row.author_unit },
    itemCodes: stringArray(row.item_codes),
    ruleIds: stringArray(row.rule_ids),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    deletedAt: row.deleted_at,
  };
}
