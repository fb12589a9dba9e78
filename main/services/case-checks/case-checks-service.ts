import type { Kysely } from 'kysely';
import type { CheckFinding, CheckRunResult } from '../../../preload/contract/methods/checks';
import type { DB } from '../../db/schema';
import { findRule, runAllRulesOnInput, type RuleFinding } from '../checks';
import { loadCheckConfig } from './check-config';

interface Deps {
  db: () => Kysely<DB>;
  /** Throws E_NOT_FOUND for an unknown or deleted case. */
  assertCase: (caseId: string) => Promise<unknown>;
  /** The case's confirmed facts as stored (unvalidated); undefined when none were entered. */
  loadFacts: (caseId: string) => Promise<unknown>;
}

export const toCheckFinding = (f: RuleFinding): CheckFinding => ({
  ...f,
  title: findRule(f.ruleId)?.title ?? f.ruleId,
  ...(f.missingFacts ? { missingFacts: [...f.missingFacts] } : {}),
  ...(f.evidence ? { evidence: f.evidence.map((e) => ({ ...e })) } : {}),
  ...(f.warnings ? { warnings: [...f.warnings] } : {}),
});

/**
 * Runs the three-system pre-checks on one case. Empty or invalid facts are not
 * an error: every rule then answers 无法判定 and names what is missing, so the
 * review screen always has one finding per rule.
 */
export function createCaseChecksService(deps: Deps) {
  return {
    async run(caseId: string): Promise<CheckRunResult> {
      await deps.assertCase(caseId);
      const [facts, config] = await Promise.all([deps.loadFacts(caseId), loadCheckConfig(deps.db())]);
      const findings = runAllRulesOnInput(facts ?? {}, config.params, config.calendar);
      return { caseId, findings: findings.map(toCheckFinding), computedAt: new Date().toISOString() };
    },
  };
}

export type CaseChecksService = ReturnType<typeof createCaseChecksService>;
