import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type CheckMethod = 'checks.run';

export const checkHandlers = (s: Services): HandlerGroup<CheckMethod> => ({
  'checks.run': ({ caseId }) => s.caseChecks.run(caseId),
});
