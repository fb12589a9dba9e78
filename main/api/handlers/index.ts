import type { Services } from '../../services';
import type { Handlers } from '../router';
import { annotationHandlers } from './annotations';
import { appHandlers } from './app-handlers';
import { auditHandlers } from './audit';
import { bundleHandlers } from './bundles';
import { campaignHandlers } from './campaigns';
import { caseHandlers } from './case-handlers';
import { checkHandlers } from './check-handlers';
import { documentHandlers } from './document-handlers';
import { reportHandlers } from './reports';
import { reviewHandlers, standardHandlers } from './review-handlers';

/** One line per capability. */
export const createHandlers = (services: Services): Handlers => ({
  ...appHandlers(services),
  ...annotationHandlers(services),
  ...auditHandlers(services),
  ...bundleHandlers(services),
  ...campaignHandlers(services),
  ...caseHandlers(services),
  ...checkHandlers(services),
  ...documentHandlers(services),
  ...standardHandlers(services),
  ...reviewHandlers(services),
  ...reportHandlers(services),
});
