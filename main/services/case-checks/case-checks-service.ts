import type { Kysely } from 'kysely';
import type { CaseRecord } from '../../../preload/contract/methods/cases';
import type { CaseTimeline, CheckFinding, CheckRunResult } from '../../../preload/contract/methods/checks';
import type { DB } from '../../db/schema';
import {
  findRule,
  formatFactIssues,
  parseCaseFacts,
  runAllRules,
  runAllRulesOnInput,
  type RuleFinding,
} from '../checks';
import { applyAvStages, applyRoster, rosterFor } from './apply-rosters';
import { caseFileHook } from './case-file-hook';
import { loadCheckConfig } from './check-config';
import { createCheckSettingsService } from './check-settings-service';
import { createFactsService } from './facts-service';
import { timelineDeadlines } from './timeline-deadlines';
import { flagViolations, timelineEvents } from './timeline-events';

interface Deps {
  db: () => Kysely<DB>;
  /** Throws E_NOT_FOUND for an unknown or deleted case. */
  getCase: (caseId: string) => Promise<CaseRecord>;
}

export const toCheckFinding = (f: RuleFinding): CheckFinding => ({
  ...f,
  title: findRule(f.ruleId)?.title ?? f.ruleId,
  ...(f.missingFacts ? { missingFacts: [...f.missingFacts] } : {}),
  ...(f.evidence ? { evidence: f.evidence.map((e) => ({ ...e })) } : {}),
  ...(f.warnings ? { warnings: [...f.warnings] } : {}),
});

/**
 * The three-system pre-checks of stored cases: facts (with proposals), rule
 * runs and the dossier timeline. Empty or invalid facts are not an error: every
 * rule then answers 无法判定 and names what is missing, so the review screen
 * always has one finding per rule.
 */
export function createCaseChecksService(deps: Deps) {
  const facts = createFactsService(deps);
  const settings = createCheckSettingsService(deps.db);

  /** Facts, parameters and calendar as a run sees them (rosters applied). */
  const context = async (caseId: string) => {
    const record = await deps.getCase(caseId);
    const [raw, config, rosters] = await Promise.all([
      facts.store.raw(caseId),
      loadCheckConfig(deps.db()),
      settings.loadRosters(),
    ]);
    const parsed = parseCaseFacts(raw ?? {});
    const roster = rosterFor(rosters, parsed.ok ? (parsed.facts.agency ?? record.agency) : record.agency);
    return {
      raw,
      parsed: parsed.ok ? { ok: true as const, facts: applyRoster(parsed.facts, roster) } : parsed,
      params: applyAvStages(config.params, roster),
      calendar: config.calendar,
    };
  };

  const findingsOf = (c: Awaited<ReturnType<typeof context>>): RuleFinding[] =>
    c.parsed.ok
      ? runAllRules(c.parsed.facts, c.params, c.calendar)
      : runAllRulesOnInput(c.raw ?? {}, c.params, c.calendar);

  return {
    facts,
    settings,
    /** For the folder import: stores a dossier's case.yaml as the new case's facts. */
    importCaseFile: caseFileHook(facts),

    async run(caseId: string): Promise<CheckRunResult> {
      const findings = findingsOf(await context(caseId));
      return { caseId, findings: findings.map(toCheckFinding), computedAt: new Date().toISOString() };
    },

    async timeline(caseId: string): Promise<CaseTimeline> {
      const c = await context(caseId);
      if (!c.parsed.ok) {
        const problem =
          c.raw === undefined ? '尚未录入案件事实' : `案件事实无效：\n${formatFactIssues(c.parsed.issues)}`;
        return { caseId, events: [], deadlines: [], problems: [problem] };
      }
      const findings = findingsOf(c);
      const failing = findings.filter((f) => f.result === '不符合').map((f) => f.ruleId);
      const deadlines = timelineDeadlines(c.parsed.facts, c.params, c.calendar, findings);
      const problems = [...new Set(deadlines.filter((d) => d.lastDay === null).map((d) => d.explanation))];
      return { caseId, events: flagViolations(timelineEvents(c.parsed.facts), failing), deadlines, problems };
    },
  };
}

export type CaseChecksService = ReturnType<typeof createCaseChecksService>;
