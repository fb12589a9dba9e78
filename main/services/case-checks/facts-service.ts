import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { CaseRecord } from '../../../preload/contract/methods/cases';
import type {
  CaseFactsView,
  ExtractResult,
  FactProposal,
  FactValue,
} from '../../../preload/contract/methods/facts';
import type { DB } from '../../db/schema';
import { parseCaseYaml } from '../checks';
import { proposalsForDocument, type DossierDoc } from './extract-proposals';
import { createFactsStore, invalidFacts, toFactsView, validateFacts } from './facts-store';
import { mergeProposal } from './merge-proposal';
import { createProposalsStore } from './proposals-store';

interface Deps {
  db: () => Kysely<DB>;
  /** Throws E_NOT_FOUND for an unknown or deleted case. */
  getCase: (caseId: string) => Promise<CaseRecord>;
}

/**
 * Facts a case starts from before anything is confirmed: what the case record
 * already says (行为类型, 程序, 当事人, 执法机关, 案号), so the first confirmed
 * proposal yields valid facts.
 */
function seedFacts(record: CaseRecord): Record<string, unknown> {
  const seed: Record<string, unknown> = { actType: record.actType };
  if (record.procedure) seed.procedure = record.procedure;
  if (record.agency) seed.agency = record.agency;
  if (record.caseNumber) seed.caseNumber = record.caseNumber;
  if (record.name) seed.title = record.name;
  if (record.party.kind)
    seed.party = { kind: record.party.kind, ...(record.party.name ? { name: record.party.name } : {}) };
  return seed;
}

/** Case facts: get/save/import, extraction into proposals, and the reviewer's decisions on them. */
export function createFactsService(deps: Deps) {
  const facts = createFactsStore(deps.db);
  const proposals = createProposalsStore(deps.db);

  const save = async (caseId: string, input: unknown, revision?: number): Promise<CaseFactsView> => {
    await deps.getCase(caseId);
    const valid = validateFacts(input);
    return toFactsView(caseId, await facts.put(caseId, valid, revision));
  };

  const dossier = async (caseId: string): Promise<DossierDoc[]> => {
    const docs = await deps
      .db()
      .selectFrom('documents')
      .select(['id', 'file_name', 'doc_type'])
      .where('case_id', '=', caseId)
      .orderBy('position')
      .execute();
    if (docs.length === 0) return [];
    const pages = await deps
      .db()
      .selectFrom('document_pages')
      .select(['document_id', 'page_index', 'text'])
      .where(
        'document_id',
        'in',
        docs.map((d) => d.id),
      )
      .orderBy('document_id')
      .orderBy('page_index')
      .execute();
    return docs.map((d) => ({
      id: d.id,
      fileName: d.file_name,
      docType: d.doc_type,
      pages: pages
        .filter((p) => p.document_id === d.id)
        .map((p) => ({ page: p.page_index + 1, text: p.text })),
    }));
  };

  return {
    store: facts,

    async get(caseId: string): Promise<CaseFactsView> {
      await deps.getCase(caseId);
      return toFactsView(caseId, await facts.get(caseId));
    },

    save,

    async importYaml(caseId: string, text: string, revision?: number): Promise<CaseFactsView> {
      const parsed = parseCaseYaml(text);
      if (!parsed.ok) throw invalidFacts(parsed.issues);
      return save(caseId, parsed.facts, revision);
    },

    async extract(caseId: string): Promise<ExtractResult> {
      await deps.getCase(caseId);
      const docs = await dossier(caseId);
      const drafts = docs.flatMap(proposalsForDocument);
      const added = await proposals.addNew(caseId, drafts);
      const noText = docs.filter((d) => d.pages.every((p) => p.text.trim() === '')).map((d) => d.fileName);
      return { added, proposals: await proposals.list(caseId), noText };
    },

    async proposals(caseId: string): Promise<FactProposal[]> {
      await deps.getCase(caseId);
      return proposals.list(caseId);
    },

    /**
     * accept: merges the (corrected) value into the facts and validates the
     * result — if the facts would become invalid (a required field the text
     * did not give), nothing changes and the per-field errors are returned.
     */
    async decide(
      id: string,
      decision: 'accept' | 'reject',
      corrected?: Record<string, FactValue>,
    ): Promise<{ proposal: FactProposal; facts: CaseFactsView }> {
      const p = await proposals.get(id);
      if (p.status !== 'proposed')
        throw new AppError(
          'E_CONFLICT',
          `该建议已处理（${p.status === 'confirmed' ? '已确认' : '已驳回'}）`,
          { id },
        );
      const record = await deps.getCase(p.caseId);
      if (decision === 'reject') {
        await proposals.decide(id, 'rejected', null);
        return { proposal: await proposals.get(id), facts: toFactsView(p.caseId, await facts.get(p.caseId)) };
      }
      const current = await facts.get(p.caseId);
      const base = current ? (current.facts as unknown as Record<string, unknown>) : seedFacts(record);
      const value = corrected ?? p.value;
      const merged = mergeProposal(base, {
        target: p.target,
        value,
        documentId: p.documentId,
        page: p.page,
        quote: p.quote,
      });
      const valid = validateFacts(merged);
      const stored = await facts.put(p.caseId, valid, current?.revision ?? 0);
      await proposals.decide(id, 'confirmed', corrected ?? null);
      return { proposal: await proposals.get(id), facts: toFactsView(p.caseId, stored) };
    },
  };
}

export type FactsService = ReturnType<typeof createFactsService>;
