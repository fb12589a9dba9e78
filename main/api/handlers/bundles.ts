import type { Services } from '../../services';
import type { HandlerGroup } from '../router';

type BundleMethod = 'bundles.exportCampaign' | 'bundles.exportResults' | 'bundles.inspect' | 'bundles.import';

export const bundleHandlers = (s: Services): HandlerGroup<BundleMethod> => ({
  'bundles.exportCampaign': ({ campaignId, memberId }) => s.bundles.startExportCampaign(campaignId, memberId),
  'bundles.exportResults': ({ campaignId }) => s.bundles.startExportResults(campaignId),
  'bundles.inspect': ({ batchId, expectKind, campaignId }) =>
    s.bundles.startInspect(batchId, { kind: expectKind, campaignId }),
  'bundles.import': ({ batchId, expectKind, campaignId }) =>
    s.bundles.startImport(batchId, { kind: expectKind, campaignId }),
});
