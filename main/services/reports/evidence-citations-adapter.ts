import type { Kysely } from 'kysely';
import type { EvidenceCitation } from '../../../preload/contract/methods/annotations';
import type { CheckFinding } from '../../../preload/contract/methods/checks';
import type { DB } from '../../db/schema';

/** Defined by the annotations capability (#6); `pageIndex` is 0-based. */
export type { EvidenceCitation };

/** `listEvidenceCitations(db, caseId)` of the annotations capability, or a stand-in in tests. */
export type CitationSource = (db: Kysely<DB>, caseId: string) => Promise<EvidenceCitation[]>;

/** No annotation citations (layout tests); pre-check evidence still applies. */
export const noAnnotationCitations: CitationSource = () => Promise.resolve([]);

/** 文书名称 第 N 页 “引文” — the form reviewers write by hand. */
export function formatCitation(
  c: Pick<EvidenceCitation, 'documentTitle' | 'pageIndex' | 'quote' | 'orphaned'>,
): string {
  const page = c.pageIndex === null ? '' : ` 第 ${c.pageIndex + 1} 页`;
  const quote = c.quote ? ` “${c.quote.length > 80 ? `${c.quote.slice(0, 80)}…` : c.quote}”` : '';
  // An orphaned annotation lost its anchor (document replaced): still cited, and said so.
  return `${c.documentTitle}${page}${quote}${c.orphaned ? '（原位置已失效）' : ''}`;
}

/**
 * Pre-check findings carry evidence (document id, 1-based page, quote): turned
 * into citations attached to the rule, with document titles from the library.
 */
export async function citationsFromFindings(
  db: Kysely<DB>,
  caseId: string,
  findings: readonly CheckFinding[],
): Promise<EvidenceCitation[]> {
  const ids = [...new Set(findings.flatMap((f) => (f.evidence ?? []).map((e) => e.documentId)))];
  const docs =
    ids.length === 0
      ? []
      : await db
          .selectFrom('documents')
          .select(['id', 'title', 'file_name', 'doc_type'])
          .where('case_id', '=', caseId)
          .where('id', 'in', ids)
          .execute();
  const titleOf = new Map(docs.map((d) => [d.id, d.doc_type || d.title || d.file_name]));
  return findings.flatMap((f) =>
    (f.evidence ?? []).map((e, i) => ({
      annotationId: `${f.ruleId}#${i}`,
      itemCodes: [],
      ruleIds: [f.ruleId],
      documentId: e.documentId,
      documentTitle: titleOf.get(e.documentId) ?? '（文书已删除）',
      pageIndex: e.page === undefined ? null : e.page - 1,
      quote: e.quote ?? null,
      comment: f.explanation,
      author: '预检',
      category: f.system,
      orphaned: !titleOf.has(e.documentId),
    })),
  );
}
