import type { Kysely, Selectable } from 'kysely';
import { monotonicFactory } from 'ulid';
import { AppError } from '../../../preload/contract/app-error';
import type { FactProposal, FactValue, ProposalStatus } from '../../../preload/contract/methods/facts';
import type { DB, FactProposalsTable } from '../../db/schema';
import { keyLabelsOf, type ProposalDraft } from './extract-proposals';

type Row = Selectable<FactProposalsTable> & { file_name: string };

const parseValue = (json: string | null): Record<string, FactValue> | null =>
  json === null ? null : (JSON.parse(json) as Record<string, FactValue>);

function toProposal(row: Row): FactProposal {
  const value = parseValue(row.value) ?? {};
  return {
    id: row.id,
    caseId: row.case_id,
    target: row.field,
    label: row.label,
    value,
    keyLabels: keyLabelsOf({ ...value, ...(parseValue(row.decided_value) ?? {}) }),
    documentId: row.document_id,
    fileName: row.file_name,
    page: row.page,
    quote: row.quote,
    status: row.status,
    decidedValue: parseValue(row.decided_value),
    createdAt: row.created_at,
    decidedAt: row.decided_at,
  };
}

/** Monotonic so that proposals made in one run keep their order (same millisecond). */
const ulid = monotonicFactory();

/** Identity of a proposal across extraction runs: same place, same value. */
const keyOf = (p: { target: string; documentId: string; value: string }) =>
  `${p.target}\u0000${p.documentId}\u0000${p.value}`;

/** Extracted fact proposals (table fact_proposals). */
export function createProposalsStore(db: () => Kysely<DB>) {
  const select = () =>
    db()
      .selectFrom('fact_proposals as p')
      .innerJoin('documents as d', 'd.id', 'p.document_id')
      .selectAll('p')
      .select('d.file_name');

  return {
    async list(caseId: string): Promise<FactProposal[]> {
      const rows = await select()
        .where('p.case_id', '=', caseId)
        .orderBy('d.position')
        .orderBy('p.page')
        .orderBy('p.created_at')
        .orderBy('p.id')
        .execute();
      return rows.map(toProposal);
    },

    async get(id: string): Promise<FactProposal> {
      const row = await select().where('p.id', '=', id).executeTakeFirst();
      if (!row) throw new AppError('E_NOT_FOUND', `建议不存在：${id}`, { id });
      return toProposal(row);
    },

    /** Adds the drafts not already known (whatever their status): a rejected value is not proposed again. */
    async addNew(caseId: string, drafts: readonly ProposalDraft[]): Promise<number> {
      const existing = await db()
        .selectFrom('fact_proposals')
        .select(['field', 'document_id', 'value'])
        .where('case_id', '=', caseId)
        .execute();
      const known = new Set(
        existing.map((r) => keyOf({ target: r.field, documentId: r.document_id, value: r.value })),
      );
      const now = new Date().toISOString();
      const rows = [];
      for (const d of drafts) {
        const value = JSON.stringify(d.value);
        const key = keyOf({ target: d.target, documentId: d.documentId, value });
        if (known.has(key)) continue;
        known.add(key);
        rows.push({
          id: ulid(),
          case_id: caseId,
          field: d.target,
          label: d.label,
          value,
          document_id: d.documentId,
          page: d.page,
          quote: d.quote,
          created_at: now,
        });
      }
      if (rows.length > 0) await db().insertInto('fact_proposals').values(rows).execute();
      return rows.length;
    },

    async decide(
      id: string,
      status: Exclude<ProposalStatus, 'proposed'>,
      decidedValue: Record<string, FactValue> | null,
    ): Promise<void> {
      await db()
        .updateTable('fact_proposals')
        .set({
          status,
          decided_value: decidedValue ? JSON.stringify(decidedValue) : null,
          decided_at: new Date().toISOString(),
        })
        .where('id', '=', id)
        .execute();
    },
  };
}

export type ProposalsStore = ReturnType<typeof createProposalsStore>;
