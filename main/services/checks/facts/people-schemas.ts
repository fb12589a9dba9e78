import { z } from 'zod';
import { isoDateSchema, withSource } from './common-schemas';

/** 执法人员名册: certificate validity is checked on each act date (domain.md §1.5). */
export const officerSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: '姓名' }),
    certificateNumber: z.string().min(1).optional().meta({ description: '执法证号' }),
    validFrom: isoDateSchema.optional().meta({ description: '执法证有效期起' }),
    validTo: isoDateSchema.optional().meta({ description: '执法证有效期止' }),
    onPublicRoster: z.boolean().optional().meta({ description: '是否在公示的执法人员清单中' }),
    ...withSource,
  })
  .meta({ description: '执法人员' });

/** 法制审核人员: APL Art 58 ¶2 requires 法律职业资格 for those first doing review after 2021-07-15. */
export const legalReviewerSchema = z
  .strictObject({
    name: z.string().min(1).meta({ description: '姓名' }),
    legalQualification: z.boolean().optional().meta({ description: '是否取得法律职业资格' }),
    firstAppointedDate: isoDateSchema.optional().meta({ description: '初次从事法制审核的日期' }),
    ...withSource,
  })
  .meta({ description: '法制审核人员' });

export type Officer = z.infer<typeof officerSchema>;
export type LegalReviewer = z.infer<typeof legalReviewerSchema>;
