import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import type { ReviewerIdentityStore } from '../reviews/reviewer-identity';
import type { ReviewsService } from '../reviews/reviews-service';
import type { StandardsService } from '../standards/standards-service';
import { createCampaignAccess } from './campaign-access';
import { createCampaignAssignments } from './campaign-assignments';
import { createCampaignCases } from './campaign-cases';
import { createCampaignConsolidation } from './campaign-consolidation';
import { createCampaignDashboard } from './campaign-dashboard';
import { createCampaignSampling } from './campaign-sampling';
import { createCampaignSettings } from './campaign-settings';

export interface CampaignsDeps {
  db: () => Kysely<DB>;
  reviewer: ReviewerIdentityStore;
  /** The unguarded reviews service: campaigns enforce their own access rules. */
  reviews: ReviewsService;
  standards: StandardsService;
}

/** Review campaigns (评查活动): one object per concern, composed here. docs/campaigns.md */
export function createCampaignsService(deps: CampaignsDeps) {
  const access = createCampaignAccess(deps.db, deps.reviewer);
  const base = { db: deps.db, access };
  return {
    access,
    settings: createCampaignSettings({ ...base, standards: deps.standards }),
    sampling: createCampaignSampling(base),
    cases: createCampaignCases(base),
    assignments: createCampaignAssignments({ ...base, reviews: deps.reviews }),
    consolidation: createCampaignConsolidation({ ...base, reviews: deps.reviews, standards: deps.standards }),
    dashboard: createCampaignDashboard(base),
  };
}

export type CampaignsService = ReturnType<typeof createCampaignsService>;
