import { addWorkingDays, listDaysBetween } from './working-days';
import { toDayNumber, WEEKDAY_ZH, weekdayZh, type IsoDate } from './iso-date';
import type { DayInfo, WorkingCalendar } from './working-calendar';

/** Short Chinese label for a day's status, e.g. 国庆节调休上班 / 春节假期 / 休息日 / 工作日. */
export function dayKindLabel(info: DayInfo): string {
  switch (info.kind) {
    case 'makeup-workday':
      return `${info.festival ?? ''}调休上班`;
    case 'holiday':
      return `${info.festival ?? '法定节假日'}假期`;
    case 'weekend':
      return '休息日';
    case 'workday':
      return '工作日';
  }
}

/** "2024-10-12（星期六，国庆节调休上班）"; plain working weekdays show only the weekday. */
export function describeDay(date: IsoDate, cal: WorkingCalendar): string {
  const info = cal.dayInfo(date);
  const weekday = WEEKDAY_ZH[info.weekday] ?? weekdayZh(date);
  return info.kind === 'workday' ? `${date}（${weekday}）` : `${date}（${weekday}，${dayKindLabel(info)}）`;
}

/**
 * Names what makes the span (start, end] differ from a plain weekday count:
 * holiday blocks that are skipped and 调休 make-up days that count. Empty when
 * nothing special happens, so explanations stay short.
 */
export function summarizeSpecialDays(days: readonly DayInfo[]): string {
  const parts: string[] = [];
  let run: DayInfo[] = [];
  const flush = (): void => {
    const first = run[0];
    const last = run[run.length - 1];
    if (first && last) {
      const span = first.date === last.date ? first.date : `${first.date} 至 ${last.date}`;
      parts.push(`${first.festival ?? '法定节假日'}假期 ${span} 不计`);
    }
    run = [];
  };
  for (const day of days) {
    const prev = run[run.length - 1];
    if (day.kind === 'holiday') {
      if (prev && (toDayNumber(day.date) !== toDayNumber(prev.date) + 1 || prev.festival !== day.festival))
        flush();
      run.push(day);
    } else if (day.kind !== 'weekend') {
      flush();
    }
  }
  flush();
  const makeup = days.filter((d) => d.kind === 'makeup-workday');
  if (makeup.length > 0) {
    parts.push(
      `${makeup.map((d) => `${d.date}（${WEEKDAY_ZH[d.weekday] ?? ''}）`).join('、')}为调休上班，计入`,
    );
  }
  return parts.join('；');
}

export interface DeadlineExplanation {
  readonly deadline: IsoDate;
  readonly text: string;
}

/**
 * "2024-09-27 之后第 7 个工作日为 2024-10-12（星期六，国庆节调休上班）（其间：…）"
 */
export function explainWorkingDeadline(start: IsoDate, n: number, cal: WorkingCalendar): DeadlineExplanation {
  const deadline = addWorkingDays(start, n, cal);
  const special = summarizeSpecialDays(listDaysBetween(start, deadline, cal));
  const text = `${start} 之后第 ${n} 个工作日为 ${describeDay(deadline, cal)}${special ? `（其间：${special}）` : ''}`;
  return { deadline, text };
}

export interface CountExplanation {
  readonly count: number;
  readonly text: string;
}

/** "2024-10-14（星期一）为 2024-09-27 之后第 8 个工作日（其间：…）" */
export function explainWorkingDayCount(start: IsoDate, end: IsoDate, cal: WorkingCalendar): CountExplanation {
  const days = listDaysBetween(start, end, cal);
  const count = days.filter((d) => d.working).length;
  const endInfo = cal.dayInfo(end);
  const ordinal = endInfo.working
    ? `为 ${start} 之后第 ${count} 个工作日`
    : `不是工作日，${start} 之后至该日共 ${count} 个工作日`;
  const special = summarizeSpecialDays(days);
  return { count, text: `${describeDay(end, cal)}${ordinal}${special ? `（其间：${special}）` : ''}` };
}
