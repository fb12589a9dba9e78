export { createCampaignsService, type CampaignsService } from './campaigns-service';
export { guardCampaignReviews } from './blind-review-guard';
