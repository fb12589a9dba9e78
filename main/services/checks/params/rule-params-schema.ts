import { z } from 'zod';
import { clockTimeSchema, isoDateSchema } from '../calendar/date-schemas';
import { PENALTY_TYPES } from '../facts/common-schemas';
import { AV_STAGES } from '../facts/case-facts-schema';
import { PUBLICATION_FIELDS } from '../facts/decision-schemas';

const wd = (def: number) => z.number().int().min(0).max(365).default(def);
const days = (def: number) => z.number().int().min(0).max(3650).default(def);
const yuan = (def: number) => z.number().nonnegative().default(def);

/**
 * Deadlines and thresholds of domain.md §4.3 as validated data. Every value
 * has a default (see PARAM_DESCRIPTORS for the legal basis of each); an agency
 * overrides only what its local rules change. Nested objects use `prefault`
 * so that `{}` yields the full default set.
 */
export const ruleParamsSchema = z.strictObject({
  version: z.string().default('内置默认值'),
  officers: z.strictObject({ minimum: z.number().int().min(1).max(10).default(2) }).prefault({}),
  publication: z
    .strictObject({
      penaltyLicensingWorkingDays: wd(7),
      otherWorkingDays: wd(20),
      exemptSimpleProcedure: z.boolean().default(false),
      exemptNoPenalty: z.boolean().default(false),
      requiredFields: z
        .array(z.enum(PUBLICATION_FIELDS))
        .default(['决定书文号', '当事人', '处罚结果', '执法机关', '决定日期']),
    })
    .prefault({}),
  decision: z.strictObject({ calendarDays: days(90) }).prefault({}),
  preservation: z.strictObject({ workingDays: wd(7) }).prefault({}),
  service: z.strictObject({ workingDays: wd(7) }).prefault({}),
  hearing: z
    .strictObject({
      requestWorkingDays: wd(5),
      noticeWorkingDaysBefore: wd(7),
      largeFineNaturalPerson: yuan(5_000),
      largeFineOrganisation: yuan(100_000),
      penaltyTypes: z
        .array(z.enum(PENALTY_TYPES))
        .default([
          '降低资质等级',
          '吊销许可证件',
          '限制开展生产经营活动',
          '责令停产停业',
          '责令关闭',
          '限制从业',
        ]),
    })
    .prefault({}),
  simpleProcedure: z.strictObject({ naturalPersonMax: yuan(200), organisationMax: yuan(3_000) }).prefault({}),
  payment: z.strictObject({ calendarDays: days(15) }).prefault({}),
  seizure: z
    .strictObject({
      maxDays: days(30),
      maxExtensionDays: days(30),
      emergencyApprovalHours: z.number().int().min(0).max(240).default(24),
    })
    .prefault({}),
  licensing: z.strictObject({ decisionWorkingDays: wd(20), extensionWorkingDays: wd(10) }).prefault({}),
  enforcement: z
    .strictObject({
      nightStart: clockTimeSchema.default('22:00'),
      nightEnd: clockTimeSchema.default('06:00'),
      weekendCountsAsHoliday: z.boolean().default(false),
    })
    .prefault({}),
  legalReview: z
    .strictObject({
      fineNaturalPersonMin: yuan(10_000),
      fineOrganisationMin: yuan(100_000),
      confiscationNaturalPersonMin: yuan(10_000),
      confiscationOrganisationMin: yuan(100_000),
      penaltyTypes: z
        .array(z.enum(PENALTY_TYPES))
        .default(['责令停产停业', '吊销许可证件', '责令关闭', '限制从业']),
      requiredAfterHearing: z.boolean().default(true),
      qualificationRequiredFrom: isoDateSchema.default('2021-07-15'),
    })
    .prefault({}),
  collectiveDiscussion: z
    .strictObject({
      fineNaturalPersonMin: yuan(10_000),
      fineOrganisationMin: yuan(100_000),
      penaltyTypes: z
        .array(z.enum(PENALTY_TYPES))
        .default(['责令停产停业', '吊销许可证件', '责令关闭', '限制从业']),
    })
    .prefault({}),
  avRecording: z
    .strictObject({
      mandatoryStages: z.array(z.enum(AV_STAGES)).default(['查封扣押', '强制执行']),
      listedStages: z.array(z.enum(AV_STAGES)).default(['听证', '留置送达', '公告送达']),
    })
    .prefault({}),
});

export type RuleParams = z.infer<typeof ruleParamsSchema>;
export type RuleParamsInput = z.input<typeof ruleParamsSchema>;
