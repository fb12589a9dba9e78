import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema';
import { createWorkingCalendar, loadRuleParams, type RuleParams, type WorkingCalendar } from '../checks';
import { readSettingJson } from './settings-json';

/** Settings keys of the pre-check configuration (versioned JSON, see settings-json.ts). */
export const CHECK_SETTING_KEYS = {
  params: 'checks.params',
  calendar: 'checks.calendar',
  rosters: 'checks.rosters',
} as const;

/** The rule parameters and working calendar in force, read fresh for each run. */
export async function loadCheckConfig(
  db: Kysely<DB>,
): Promise<{ params: RuleParams; calendar: WorkingCalendar }> {
  const [params, calendar] = await Promise.all([
    readSettingJson(db, CHECK_SETTING_KEYS.params),
    readSettingJson(db, CHECK_SETTING_KEYS.calendar),
  ]);
  return {
    params: loadRuleParams(params.value ?? {}),
    calendar: createWorkingCalendar((calendar.value ?? {}) as Parameters<typeof createWorkingCalendar>[0]),
  };
}
