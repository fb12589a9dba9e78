import { AppError } from '../../../../preload/contract/app-error';

/**
 * Dates of legal acts are plain `YYYY-MM-DD` strings (architecture.md). All
 * arithmetic here is done on UTC day numbers so that the host time zone can
 * never shift a date by one (a classic bug with `new Date('2024-10-12')`,
 * which is UTC, mixed with local getters).
 */
export type IsoDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;
/** Plausible range for dates of administrative acts; guards against typos like 0224. */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2100;

export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Returns a Chinese reason when `value` is not a real `YYYY-MM-DD` date, otherwise `null`. */
export function isoDateProblem(value: unknown): string | null {
  if (typeof value !== 'string') return '日期必须是 YYYY-MM-DD 格式的文本';
  const m = ISO_DATE.exec(value);
  if (!m) return `“${value}”不是 YYYY-MM-DD 格式的日期`;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < MIN_YEAR || year > MAX_YEAR) return `“${value}”的年份超出 ${MIN_YEAR}–${MAX_YEAR} 范围`;
  if (month < 1 || month > 12) return `“${value}”的月份无效`;
  if (day < 1 || day > daysInMonth(year, month))
    return `“${value}”不存在（${year}年${month}月只有 ${daysInMonth(year, month)} 天）`;
  return null;
}

export function isValidIsoDate(value: unknown): value is IsoDate {
  return isoDateProblem(value) === null;
}

/** Parses and validates; throws `AppError('E_INVALID_ARGS')` with a Chinese message. */
export function parseIsoDate(value: string): DateParts {
  const problem = isoDateProblem(value);
  if (problem !== null) throw new AppError('E_INVALID_ARGS', problem, { reason: 'INVALID_DATE', value });
  return {
    year: Number(value.slice(0, 4)),
    month: Number(value.slice(5, 7)),
    day: Number(value.slice(8, 10)),
  };
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 (UTC). */
export function toDayNumber(value: IsoDate): number {
  const { year, month, day } = parseIsoDate(value);
  return Math.round(Date.UTC(year, month - 1, day) / MS_PER_DAY);
}

export function fromDayNumber(dayNumber: number): IsoDate {
  return new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10);
}

export function formatIsoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Calendar-day arithmetic; `n` may be negative. */
export function addCalendarDays(start: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n))
    throw new AppError('E_INVALID_ARGS', `天数必须是整数：${n}`, { reason: 'INVALID_COUNT' });
  const result = fromDayNumber(toDayNumber(start) + n);
  parseIsoDate(result); // keeps results inside the supported year range
  return result;
}

/** `end - start` in calendar days (negative when `end` is earlier). */
export function diffCalendarDays(start: IsoDate, end: IsoDate): number {
  return toDayNumber(end) - toDayNumber(start);
}

export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return toDayNumber(a) - toDayNumber(b);
}

/** 0 = Sunday … 6 = Saturday, computed in UTC. */
export function weekdayOf(value: IsoDate): number {
  return new Date(toDayNumber(value) * MS_PER_DAY).getUTCDay();
}

export function yearOf(value: IsoDate): number {
  return parseIsoDate(value).year;
}

export const WEEKDAY_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;

export function weekdayZh(value: IsoDate): string {
  return WEEKDAY_ZH[weekdayOf(value)] ?? '';
}
