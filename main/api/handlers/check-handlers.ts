import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type CheckMethod =
  | 'checks.run'
  | 'checks.timeline'
  | 'facts.get'
  | 'facts.save'
  | 'facts.importYaml'
  | 'facts.extract'
  | 'facts.proposals'
  | 'facts.decideProposal'
  | 'params.get'
  | 'params.save'
  | 'calendar.get'
  | 'calendar.save'
  | 'rosters.get'
  | 'rosters.save';

export const checkHandlers = (s: Services): HandlerGroup<CheckMethod> => ({
  'checks.run': ({ caseId }) => s.caseChecks.run(caseId),
  'checks.timeline': ({ caseId }) => s.caseChecks.timeline(caseId),
  'facts.get': ({ caseId }) => s.caseChecks.facts.get(caseId),
  'facts.save': ({ caseId, facts, revision }) => s.caseChecks.facts.save(caseId, facts, revision),
  'facts.importYaml': ({ caseId, text, revision }) => s.caseChecks.facts.importYaml(caseId, text, revision),
  'facts.extract': ({ caseId }) => s.caseChecks.facts.extract(caseId),
  'facts.proposals': ({ caseId }) => s.caseChecks.facts.proposals(caseId),
  'facts.decideProposal': ({ id, decision, correctedValue }) =>
    s.caseChecks.facts.decide(id, decision, correctedValue),
  'params.get': () => s.caseChecks.settings.getParams(),
  'params.save': ({ params, revision }) => s.caseChecks.settings.saveParams(params, revision),
  'calendar.get': () => s.caseChecks.settings.getCalendar(),
  'calendar.save': ({ overrides, revision }) => s.caseChecks.settings.saveCalendar(overrides, revision),
  'rosters.get': () => s.caseChecks.settings.getRosters(),
  'rosters.save': ({ rosters, revision }) => s.caseChecks.settings.saveRosters(rosters, revision),
});
