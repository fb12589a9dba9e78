import { AppError } from '../../../../preload/contract/app-error';
import { fromDayNumber, toDayNumber, type IsoDate } from './iso-date';
import type { DayInfo, WorkingCalendar } from './working-calendar';

/** Longest span walked day by day; protects against runaway loops on bad input. */
const MAX_SPAN_DAYS = 3_700;

/** 工作日 = Monday–Friday outside holiday blocks, plus 调休 make-up Saturdays/Sundays (domain.md §5.3). */
export function isWorkingDay(date: IsoDate, cal: WorkingCalendar): boolean {
  return cal.dayInfo(date).working;
}

function checkCount(n: number): void {
  if (!Number.isInteger(n) || n < 0 || n > 1000) {
    throw new AppError('E_INVALID_ARGS', `工作日数必须是 0–1000 的整数：${n}`, { reason: 'INVALID_COUNT' });
  }
}

/**
 * The N-th working day after `start` — the start day itself is never counted
 * ("期间开始的日不计算在内", domain.md §5.3). `n = 0` returns `start`.
 * An act done "自 start 起 N 个工作日内" is on time iff its date ≤ the result.
 *
 * @example addWorkingDays('2024-09-27', 7, cal) // '2024-10-12' (调休上班)
 */
export function addWorkingDays(start: IsoDate, n: number, cal: WorkingCalendar): IsoDate {
  checkCount(n);
  let day = toDayNumber(start);
  let remaining = n;
  let walked = 0;
  while (remaining > 0) {
    day += 1;
    walked += 1;
    if (walked > MAX_SPAN_DAYS)
      throw new AppError('E_INVALID_ARGS', '工作日区间过长', { reason: 'SPAN_TOO_LONG' });
    if (cal.dayInfo(fromDayNumber(day)).working) remaining -= 1;
  }
  return fromDayNumber(day);
}

/** Working days in the half-open interval (start, end], in order. */
export function listWorkingDaysBetween(start: IsoDate, end: IsoDate, cal: WorkingCalendar): DayInfo[] {
  return listDaysBetween(start, end, cal).filter((d) => d.working);
}

/** Every day in (start, end] with its calendar classification. */
export function listDaysBetween(start: IsoDate, end: IsoDate, cal: WorkingCalendar): DayInfo[] {
  const from = toDayNumber(start);
  const to = toDayNumber(end);
  if (to < from) {
    throw new AppError('E_INVALID_ARGS', `结束日期 ${end} 早于起算日期 ${start}`, {
      reason: 'END_BEFORE_START',
    });
  }
  if (to - from > MAX_SPAN_DAYS)
    throw new AppError('E_INVALID_ARGS', '工作日区间过长', { reason: 'SPAN_TOO_LONG' });
  const days: DayInfo[] = [];
  for (let d = from + 1; d <= to; d += 1) days.push(cal.dayInfo(fromDayNumber(d)));
  return days;
}

/**
 * Ordinal of `end` counted from the day after `start`: the number of working
 * days in (start, end]. For a working `end` this is "end is the K-th working
 * day after start". `end === start` gives 0; `end < start` is refused.
 *
 * @example countWorkingDaysBetween('2024-09-27', '2024-10-14', cal) // 8
 */
export function countWorkingDaysBetween(start: IsoDate, end: IsoDate, cal: WorkingCalendar): number {
  return listWorkingDaysBetween(start, end, cal).length;
}

/**
 * `date` itself when it is a working day, otherwise the next working day.
 * Used to extend calendar-day limits that end on a holiday (domain.md §5.3,
 * by analogy with the civil-procedure rule; shown as a warning).
 */
export function nextWorkingDayOnOrAfter(date: IsoDate, cal: WorkingCalendar): IsoDate {
  if (cal.dayInfo(date).working) return date;
  return addWorkingDays(date, 1, cal);
}
