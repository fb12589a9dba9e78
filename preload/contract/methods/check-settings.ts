import { z } from 'zod';
import { defineMethod } from '../define-method';

/**
 * Agency-level configuration of the pre-checks, each a versioned JSON
 * document validated in the service: rule parameters (期限、阈值), the working
 * calendar override table (节假日调休覆盖表) and the rosters (执法人员名册,
 * 法制审核人员, 音像记录事项清单).
 */

export interface ParamDescriptorInfo {
  /** Dotted key, e.g. publication.penaltyLicensingWorkingDays. */
  key: string;
  label: string;
  unit: string;
  defaultValue: unknown;
  value: unknown;
  legalBasis: string;
}

export interface RuleParamsView {
  /** Only the values the agency changed (what is stored). */
  overrides: Record<string, unknown>;
  /** The effective parameters (defaults filled in). */
  effective: Record<string, unknown>;
  descriptors: ParamDescriptorInfo[];
  revision: number;
  updatedAt: string | null;
}

export interface CalendarView {
  overrides: {
    version?: string;
    source?: string;
    loadedYears: number[];
    days: { date: string; kind: 'workday' | 'holiday'; name?: string; note?: string }[];
  };
  /** Years covered by the bundled chinese-days data. */
  bundledYears: number[];
  revision: number;
  updatedAt: string | null;
}

export interface RostersView {
  rosters: { version?: string; agencies: Record<string, unknown>[] };
  revision: number;
  updatedAt: string | null;
}

const revision = z.number().int().min(0).optional();

export const checkSettingsMethods = {
  'params.get': defineMethod<RuleParamsView>()(z.object({}).strict()),
  /** Invalid parameters → E_INVALID_ARGS with details.issues; stale revision → E_CONFLICT. */
  'params.save': defineMethod<RuleParamsView>()(z.object({ params: z.unknown(), revision }).strict()),
  'calendar.get': defineMethod<CalendarView>()(z.object({}).strict()),
  'calendar.save': defineMethod<CalendarView>()(z.object({ overrides: z.unknown(), revision }).strict()),
  'rosters.get': defineMethod<RostersView>()(z.object({}).strict()),
  'rosters.save': defineMethod<RostersView>()(z.object({ rosters: z.unknown(), revision }).strict()),
};
