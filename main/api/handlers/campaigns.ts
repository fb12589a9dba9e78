import type { MethodName } from '../../../preload/contract';
import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type CampaignMethod = Extract<MethodName, `campaigns.${string}`>;

/** campaigns.* → the campaigns service (access rules are enforced there). */
export const campaignHandlers = (s: Services): HandlerGroup<CampaignMethod> => {
  const c = s.campaigns;
  return {
    'campaigns.list': () => c.settings.list(),
    'campaigns.get': ({ id }) => c.settings.get(id),
    'campaigns.create': ({ settings, members }) => c.settings.create(settings, members),
    'campaigns.update': ({ id, settings }) => c.settings.update(id, settings),
    'campaigns.addMember': ({ campaignId, member }) => c.settings.addMember(campaignId, member),
    'campaigns.removeMember': ({ campaignId, memberId, reason }) =>
      c.settings.removeMember(campaignId, memberId, reason),
    'campaigns.previewSample': ({ campaignId, params }) => c.sampling.preview(campaignId, params),
    'campaigns.confirmSample': ({ campaignId, params }) => c.sampling.confirm(campaignId, params),
    'campaigns.cases': ({ campaignId }) => c.cases.list(campaignId),
    'campaigns.addCase': ({ campaignId, caseId, reason }) => c.cases.add(campaignId, caseId, reason),
    'campaigns.removeCase': ({ campaignId, caseId, reason }) => c.cases.remove(campaignId, caseId, reason),
    'campaigns.assignments': ({ campaignId }) => c.assignments.list(campaignId),
    'campaigns.autoAssign': ({ campaignId }) => c.assignments.autoAssign(campaignId),
    'campaigns.assign': ({ campaignId, caseId, memberId, overrideReason }) =>
      c.assignments.assign(campaignId, caseId, memberId, overrideReason),
    'campaigns.unassign': ({ campaignId, assignmentId, reason }) =>
      c.assignments.unassign(campaignId, assignmentId, reason),
    'campaigns.myQueue': ({ campaignId }) => c.assignments.myQueue(campaignId),
    'campaigns.openAssignment': ({ assignmentId }) => c.assignments.open(assignmentId),
    'campaigns.comparison': ({ campaignId, caseId }) => c.consolidation.comparison(campaignId, caseId),
    'campaigns.decide': ({ campaignId, caseId, itemCode, decision }) =>
      c.consolidation.decide(campaignId, caseId, itemCode, decision),
    'campaigns.adoptAgreed': ({ campaignId, caseId }) => c.consolidation.adoptAgreed(campaignId, caseId),
    'campaigns.lock': ({ campaignId, caseId }) => c.consolidation.lock(campaignId, caseId),
    'campaigns.reopen': ({ campaignId, caseId, reason }) =>
      c.consolidation.reopen(campaignId, caseId, reason),
    'campaigns.dashboard': ({ campaignId }) => c.dashboard(campaignId),
  };
};
