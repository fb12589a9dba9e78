import { z } from 'zod';
import { AV_STAGES, legalReviewerSchema, officerSchema } from '../checks';

/**
 * Agency rosters (执法人员名册): officers with certificate validity and
 * public-roster status (GS-1, RY-1), legal reviewers with 法律职业资格 (FZ-5,
 * APL Art 58 ¶2), and the agency's 音像记录事项清单 (JL-2/JL-3, 国办发〔2018〕118号).
 * Kept once per agency so that each case's facts only need the names.
 */
export const agencyRosterSchema = z.strictObject({
  name: z.string().min(1).max(200),
  officers: z.array(officerSchema).default([]),
  legalReviewers: z.array(legalReviewerSchema).default([]),
  avStages: z
    .strictObject({
      mandatory: z.array(z.enum(AV_STAGES)).optional(),
      listed: z.array(z.enum(AV_STAGES)).optional(),
    })
    .optional(),
});

export const rostersSchema = z.strictObject({
  version: z.string().max(200).optional(),
  agencies: z.array(agencyRosterSchema).default([]),
});

export type AgencyRoster = z.infer<typeof agencyRosterSchema>;
export type Rosters = z.infer<typeof rostersSchema>;
