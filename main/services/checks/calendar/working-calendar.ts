import { AppError } from '../../../../preload/contract/app-error';
import {
  calendarOverridesSchema,
  type CalendarOverrideDay,
  type CalendarOverridesInput,
} from './calendar-overrides';
import { packageDay, probeChineseDaysYears } from './chinese-days-source';
import { parseIsoDate, weekdayOf, type IsoDate } from './iso-date';

/**
 * workday         = ordinary Monday–Friday
 * makeup-workday  = 调休上班: a Saturday/Sunday declared a working day
 * weekend         = ordinary Saturday/Sunday
 * holiday         = 法定节假日 (including weekdays moved into a holiday block)
 */
export type DayKind = 'workday' | 'makeup-workday' | 'weekend' | 'holiday';

export interface DayInfo {
  readonly date: IsoDate;
  /** 0 = Sunday … 6 = Saturday */
  readonly weekday: number;
  readonly working: boolean;
  readonly kind: DayKind;
  /** Festival the day belongs to (holiday) or is a make-up day for (makeup-workday). */
  readonly festival?: string;
  readonly source: 'chinese-days' | 'override' | 'weekday-rule';
}

export interface WorkingCalendar {
  /** Years with data, ascending: probed chinese-days years ∪ override `loadedYears`. */
  readonly coveredYears: readonly number[];
  readonly packageYears: readonly number[];
  readonly overrideYears: readonly number[];
  readonly version: string | undefined;
  hasYear(year: number): boolean;
  /** Throws `AppError('E_INVALID_ARGS', …, { reason: 'CALENDAR_YEAR_MISSING', year })` for a year without data. */
  dayInfo(date: IsoDate): DayInfo;
}

export interface CalendarYearMissingDetails {
  readonly reason: 'CALENDAR_YEAR_MISSING';
  readonly year: number;
  readonly date: IsoDate;
}

export function calendarYearMissingError(year: number, date: IsoDate): AppError {
  const details: CalendarYearMissingDetails = { reason: 'CALENDAR_YEAR_MISSING', year, date };
  return new AppError(
    'E_INVALID_ARGS',
    `工作日历缺少 ${year} 年的节假日安排，无法计算涉及 ${date} 的工作日期限。请在工作日历中录入或导入 ${year} 年国务院办公厅放假通知后再试。`,
    details,
  );
}

/** True for the calendar's "no data for this year" refusal. */
export function isCalendarYearMissing(
  error: unknown,
): error is AppError & { details: CalendarYearMissingDetails } {
  if (!(error instanceof AppError)) return false;
  const details = error.details as { reason?: unknown } | undefined;
  return details?.reason === 'CALENDAR_YEAR_MISSING';
}

function overrideInfo(date: IsoDate, weekday: number, o: CalendarOverrideDay): DayInfo {
  const weekend = weekday === 0 || weekday === 6;
  const base = o.name !== undefined ? { festival: o.name } : {};
  if (o.kind === 'holiday')
    return { date, weekday, working: false, kind: 'holiday', source: 'override', ...base };
  return {
    date,
    weekday,
    working: true,
    kind: weekend ? 'makeup-workday' : 'workday',
    source: 'override',
    ...base,
  };
}

/**
 * Builds a calendar from chinese-days plus an override table. Invalid override
 * data is rejected with `AppError('E_INVALID_ARGS')` listing each problem.
 *
 * @example
 * const cal = createWorkingCalendar({ loadedYears: [2027], days: [{ date: '2027-01-01', kind: 'holiday', name: '元旦' }] });
 */
export function createWorkingCalendar(overrides: CalendarOverridesInput = {}): WorkingCalendar {
  const parsed = calendarOverridesSchema.safeParse(overrides);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(根)'}：${i.message}`);
    throw new AppError('E_INVALID_ARGS', `工作日历覆盖表无效：${problems.join('；')}`, {
      reason: 'INVALID_OVERRIDES',
      problems,
    });
  }
  const table = parsed.data;
  const byDate = new Map<string, CalendarOverrideDay>();
  for (const day of table.days) {
    if (byDate.has(day.date)) {
      throw new AppError('E_INVALID_ARGS', `工作日历覆盖表中 ${day.date} 重复出现`, {
        reason: 'INVALID_OVERRIDES',
      });
    }
    byDate.set(day.date, day);
  }
  const packageYears = probeChineseDaysYears();
  const overrideYears = [...new Set(table.loadedYears)].sort((a, b) => a - b);
  const covered = new Set<number>([...packageYears, ...overrideYears]);
  const coveredYears = [...covered].sort((a, b) => a - b);

  return {
    coveredYears,
    packageYears,
    overrideYears,
    version: table.version,
    hasYear: (year) => covered.has(year),
    dayInfo(date) {
      const { year } = parseIsoDate(date);
      if (!covered.has(year)) throw calendarYearMissingError(year, date);
      const weekday = weekdayOf(date);
      const override = byDate.get(date);
      if (override) return overrideInfo(date, weekday, override);
      const weekend = weekday === 0 || weekday === 6;
      const pkg = packageYears.includes(year) ? packageDay(date) : undefined;
      if (pkg?.kind === 'holiday') {
        return {
          date,
          weekday,
          working: false,
          kind: 'holiday',
          festival: pkg.festival,
          source: 'chinese-days',
        };
      }
      if (pkg?.kind === 'workday') {
        return {
          date,
          weekday,
          working: true,
          kind: weekend ? 'makeup-workday' : 'workday',
          festival: pkg.festival,
          source: 'chinese-days',
        };
      }
      return {
        date,
        weekday,
        working: !weekend,
        kind: weekend ? 'weekend' : 'workday',
        source: 'weekday-rule',
      };
    },
  };
}
