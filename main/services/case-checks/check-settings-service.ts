import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { AppError } from '../../../preload/contract/app-error';
import type {
  CalendarView,
  ParamDescriptorInfo,
  RostersView,
  RuleParamsView,
} from '../../../preload/contract/methods/check-settings';
import type { DB } from '../../db/schema';
import {
  DEFAULT_RULE_PARAMS,
  PARAM_DESCRIPTORS,
  calendarOverridesSchema,
  createWorkingCalendar,
  parseRuleParams,
  probeChineseDaysYears,
  toFactIssues,
  yearOf,
  type FactIssue,
} from '../checks';
import { CHECK_SETTING_KEYS } from './check-config';
import { invalidFacts } from './facts-store';
import { rostersSchema } from './rosters-schema';
import { readSettingJson, writeSettingJson, type VersionedJson } from './settings-json';

const valueAt = (obj: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      obj,
    );

function checkRevision(stored: VersionedJson, expected: number | undefined, what: string): void {
  if (expected !== undefined && expected !== stored.revision) {
    throw new AppError('E_CONFLICT', `${what}已被修改（当前版本 ${stored.revision}），请刷新后重试`, {
      current: stored.revision,
      expected,
    });
  }
}

function parseOrThrow<T extends z.ZodType>(schema: T, input: unknown, what: string): z.output<T> {
  const r = schema.safeParse(input);
  if (!r.success) throw invalidFacts(toFactIssues(r.error), what);
  return r.data;
}

/**
 * A year the bundled data does not cover may only be declared complete when
 * the table actually holds its holidays; otherwise deadlines in that year would
 * be computed as if it had none (domain.md §5.2: refuse rather than guess).
 */
function emptyDeclaredYears(overrides: z.output<typeof calendarOverridesSchema>): FactIssue[] {
  const bundled = new Set(probeChineseDaysYears());
  return overrides.loadedYears
    .filter(
      (y) => !bundled.has(y) && !overrides.days.some((d) => d.kind === 'holiday' && yearOf(d.date) === y),
    )
    .map((y) => ({
      path: 'loadedYears',
      label: '已完整录入的年份',
      message: `${y} 年没有录入任何放假安排，不能声明为完整（请先按国务院办公厅通知录入该年的节假日和调休）`,
    }));
}

/** Rule parameters, calendar override table and rosters: versioned JSON in `settings`. */
export function createCheckSettingsService(db: () => Kysely<DB>) {
  const paramsView = (stored: VersionedJson): RuleParamsView => {
    const overrides = (stored.value ?? {}) as Record<string, unknown>;
    const parsed = parseRuleParams(overrides);
    const effective = parsed.ok ? parsed.params : DEFAULT_RULE_PARAMS;
    const descriptors: ParamDescriptorInfo[] = PARAM_DESCRIPTORS.map((d) => ({
      key: d.path,
      label: d.label,
      unit: d.unit,
      defaultValue: valueAt(DEFAULT_RULE_PARAMS, d.path),
      value: valueAt(effective, d.path),
      legalBasis: d.legalBasis,
    }));
    return {
      overrides,
      effective: effective as unknown as Record<string, unknown>,
      descriptors,
      revision: stored.revision,
      updatedAt: stored.updatedAt,
    };
  };

  const calendarView = (stored: VersionedJson): CalendarView => ({
    overrides: calendarOverridesSchema.parse(stored.value ?? {}),
    bundledYears: [...probeChineseDaysYears()],
    revision: stored.revision,
    updatedAt: stored.updatedAt,
  });

  const rostersView = (stored: VersionedJson): RostersView => ({
    rosters: rostersSchema.parse(stored.value ?? {}) as RostersView['rosters'],
    revision: stored.revision,
    updatedAt: stored.updatedAt,
  });

  return {
    async getParams() {
      return paramsView(await readSettingJson(db(), CHECK_SETTING_KEYS.params));
    },
    async saveParams(input: unknown, revision?: number) {
      const parsed = parseRuleParams(input ?? {});
      if (!parsed.ok) throw invalidFacts(parsed.issues, '规则参数');
      const stored = await readSettingJson(db(), CHECK_SETTING_KEYS.params);
      checkRevision(stored, revision, '规则参数');
      // Store what was given (the agency's overrides), so later default changes still apply elsewhere.
      return paramsView(
        await writeSettingJson(db(), CHECK_SETTING_KEYS.params, input ?? {}, stored.revision + 1),
      );
    },

    async getCalendar() {
      return calendarView(await readSettingJson(db(), CHECK_SETTING_KEYS.calendar));
    },
    async saveCalendar(input: unknown, revision?: number) {
      const overrides = parseOrThrow(calendarOverridesSchema, input ?? {}, '工作日历覆盖表');
      const empty = emptyDeclaredYears(overrides);
      if (empty.length > 0) throw invalidFacts(empty, '工作日历覆盖表');
      createWorkingCalendar(overrides); // duplicate dates → E_INVALID_ARGS
      const stored = await readSettingJson(db(), CHECK_SETTING_KEYS.calendar);
      checkRevision(stored, revision, '工作日历');
      return calendarView(
        await writeSettingJson(db(), CHECK_SETTING_KEYS.calendar, overrides, stored.revision + 1),
      );
    },

    async getRosters() {
      return rostersView(await readSettingJson(db(), CHECK_SETTING_KEYS.rosters));
    },
    async loadRosters() {
      return rostersSchema.parse((await readSettingJson(db(), CHECK_SETTING_KEYS.rosters)).value ?? {});
    },
    async saveRosters(input: unknown, revision?: number) {
      const rosters = parseOrThrow(rostersSchema, input ?? {}, '执法人员名册');
      const names = rosters.agencies.map((a) => a.name);
      const dup = names.find((n, i) => names.indexOf(n) !== i);
      if (dup)
        throw invalidFacts(
          [{ path: 'agencies', label: '执法机关', message: `执法机关“${dup}”重复出现` }],
          '执法人员名册',
        );
      const stored = await readSettingJson(db(), CHECK_SETTING_KEYS.rosters);
      checkRevision(stored, revision, '执法人员名册');
      return rostersView(
        await writeSettingJson(db(), CHECK_SETTING_KEYS.rosters, rosters, stored.revision + 1),
      );
    },
  };
}

export type CheckSettingsService = ReturnType<typeof createCheckSettingsService>;
