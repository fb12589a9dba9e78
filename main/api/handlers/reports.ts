import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type ReportMethod =
  | 'reports.opinion'
  | 'reports.summaryData'
  | 'reports.summary'
  | 'reports.exportOpinions'
  | 'reports.readOutput';

export const reportHandlers = (s: Services): HandlerGroup<ReportMethod> => ({
  'reports.opinion': ({ caseId, options }) => s.reports.opinion(caseId, options),
  'reports.summaryData': ({ scope, text }) => s.reports.summaryData(scope, text),
  'reports.summary': ({ scope, format, text }) => s.reports.summary(scope, format, text),
  'reports.exportOpinions': ({ caseIds, options }) => s.reports.exportOpinions(caseIds, options),
  'reports.readOutput': ({ outputId }) => s.reports.readOutput(outputId),
});
