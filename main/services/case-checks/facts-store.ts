import { dump } from 'js-yaml';
import type { Kysely } from 'kysely';
import { AppError } from '../../../preload/contract/app-error';
import type { CaseFactsView } from '../../../preload/contract/methods/facts';
import type { DB } from '../../db/schema';
import {
  checkFactsConsistency,
  formatFactIssues,
  parseCaseFacts,
  type CaseFacts,
  type FactIssue,
} from '../checks';

export interface StoredFacts {
  readonly facts: CaseFacts;
  readonly revision: number;
  readonly updatedAt: string;
}

/** E_INVALID_ARGS listing every problem with its field path (details.issues). */
export function invalidFacts(issues: readonly FactIssue[], what = '案件事实'): AppError {
  return new AppError('E_INVALID_ARGS', `${what}无效：\n${formatFactIssues(issues)}`, {
    issues: [...issues],
  });
}

/** Validates input against the facts model; throws E_INVALID_ARGS with per-field Chinese errors. */
export function validateFacts(input: unknown): CaseFacts {
  const parsed = parseCaseFacts(input);
  if (!parsed.ok) throw invalidFacts(parsed.issues);
  return parsed.facts;
}

export function factsToYaml(facts: CaseFacts): string {
  return dump(facts, { lineWidth: 120, noRefs: true, sortKeys: false });
}

export function toFactsView(caseId: string, stored: StoredFacts | undefined): CaseFactsView {
  if (!stored) return { caseId, facts: null, yaml: '', revision: 0, updatedAt: null, notes: [] };
  return {
    caseId,
    facts: stored.facts as unknown as Record<string, unknown>,
    yaml: factsToYaml(stored.facts),
    revision: stored.revision,
    updatedAt: stored.updatedAt,
    notes: checkFactsConsistency(stored.facts).map((i) => (i.path ? `${i.label}：${i.message}` : i.message)),
  };
}

/** The confirmed facts of each case (table case_facts, one row per case). */
export function createFactsStore(db: () => Kysely<DB>) {
  return {
    /** Stored facts; a row that no longer validates (older model) is reported, not silently dropped. */
    async get(caseId: string): Promise<StoredFacts | undefined> {
      const row = await db()
        .selectFrom('case_facts')
        .selectAll()
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      if (!row) return undefined;
      return {
        facts: validateFacts(JSON.parse(row.facts)),
        revision: row.revision,
        updatedAt: row.updated_at,
      };
    },

    /** Raw stored JSON (for checks.run, which reports invalid facts per rule instead of failing). */
    async raw(caseId: string): Promise<unknown> {
      const row = await db()
        .selectFrom('case_facts')
        .select('facts')
        .where('case_id', '=', caseId)
        .executeTakeFirst();
      return row ? (JSON.parse(row.facts) as unknown) : undefined;
    },

    /**
     * Writes validated facts. With `expectedRevision`, a concurrent save in
     * between is refused (E_CONFLICT) rather than overwritten.
     */
    async put(caseId: string, facts: CaseFacts, expectedRevision?: number): Promise<StoredFacts> {
      const now = new Date().toISOString();
      const json = JSON.stringify(facts);
      return db()
        .transaction()
        .execute(async (trx) => {
          const row = await trx
            .selectFrom('case_facts')
            .select('revision')
            .where('case_id', '=', caseId)
            .executeTakeFirst();
          const current = row?.revision ?? 0;
          if (expectedRevision !== undefined && expectedRevision !== current) {
            throw new AppError(
              'E_CONFLICT',
              `案件事实已被修改（当前版本 ${current}，提交的是 ${expectedRevision}），请刷新后重试`,
              {
                current,
                expected: expectedRevision,
              },
            );
          }
          const revision = current + 1;
          if (row) {
            await trx
              .updateTable('case_facts')
              .set({ facts: json, revision, updated_at: now })
              .where('case_id', '=', caseId)
              .execute();
          } else {
            await trx
              .insertInto('case_facts')
              .values({ case_id: caseId, facts: json, revision, created_at: now, updated_at: now })
              .execute();
          }
          return { facts, revision, updatedAt: now };
        });
    },
  };
}

export type FactsStore = ReturnType<typeof createFactsStore>;
