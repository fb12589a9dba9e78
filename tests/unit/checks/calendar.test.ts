import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import chineseDays from 'chinese-days';
import {
  addCalendarDays,
  addWorkingDays,
  countWorkingDaysBetween,
  createWorkingCalendar,
  describeDay,
  explainWorkingDayCount,
  explainWorkingDeadline,
  fromDayNumber,
  isCalendarYearMissing,
  isWorkingDay,
  isoDateProblem,
  nextWorkingDayOnOrAfter,
  probeChineseDaysYears,
  toDayNumber,
  weekdayOf,
} from '../../../main/services/checks/calendar';
import { AppError } from '../../../preload/contract/app-error';

const cal = createWorkingCalendar();

function range(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = toDayNumber(from); d <= toDayNumber(to); d += 1) out.push(fromDayNumber(d));
  return out;
}

describe('ISO dates', () => {
  it('rejects impossible and malformed dates with Chinese reasons', () => {
    expect(isoDateProblem('2024-02-30')).toContain('不存在');
    expect(isoDateProblem('2023-02-29')).toContain('不存在');
    expect(isoDateProblem('2024-02-29')).toBeNull();
    expect(isoDateProblem('2024-13-01')).toContain('月份');
    expect(isoDateProblem('2024/10/08')).toContain('格式');
    expect(isoDateProblem('24-10-08')).toContain('格式');
    expect(() => addCalendarDays('2024-02-30', 1)).toThrow(AppError);
  });

  it('does calendar arithmetic across month, year and leap-day boundaries', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addCalendarDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(addCalendarDays('2024-07-01', 90)).toBe('2024-09-29');
    expect(weekdayOf('2024-10-12')).toBe(6);
  });
});

describe('chinese-days coverage probe', () => {
  it('finds 2024–2026 and not 2027 in the installed package', () => {
    const years = probeChineseDaysYears();
    expect(years).toEqual(expect.arrayContaining([2024, 2025, 2026]));
    expect(years).not.toContain(2027);
    expect(cal.hasYear(2027)).toBe(false);
  });
});

describe('2024 and 2025 tables of domain.md §5.2', () => {
  const holidays2024 = [
    '2024-01-01',
    ...range('2024-02-10', '2024-02-17'),
    ...range('2024-04-04', '2024-04-06'),
    ...range('2024-05-01', '2024-05-05'),
    '2024-06-10',
    ...range('2024-09-15', '2024-09-17'),
    ...range('2024-10-01', '2024-10-07'),
  ];
  const makeup2024 = [
    '2024-02-04',
    '2024-02-18',
    '2024-04-07',
    '2024-04-28',
    '2024-05-11',
    '2024-09-14',
    '2024-09-29',
    '2024-10-12',
  ];
  const holidays2025 = [
    '2025-01-01',
    ...range('2025-01-28', '2025-02-04'),
    ...range('2025-04-04', '2025-04-06'),
    ...range('2025-05-01', '2025-05-05'),
    ...range('2025-05-31', '2025-06-02'),
    ...range('2025-10-01', '2025-10-08'),
  ];
  const makeup2025 = ['2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11'];

  it.each([
    ['2024', holidays2024, makeup2024],
    ['2025', holidays2025, makeup2025],
  ])('classifies every day of %s as the State Council notice does', (year, holidays, makeup) => {
    for (const date of range(`${year}-01-01`, `${year}-12-31`)) {
      const wd = weekdayOf(date);
      const expected = makeup.includes(date) ? true : holidays.includes(date) ? false : wd !== 0 && wd !== 6;
      expect([date, isWorkingDay(date, cal)]).toEqual([date, expected]);
    }
    for (const date of makeup) expect(cal.dayInfo(date).kind).toBe('makeup-workday');
  });

  it('agrees with the chinese-days library functions for 2024–2026', () => {
    for (const date of range('2024-01-01', '2026-12-31')) {
      expect([date, isWorkingDay(date, cal)]).toEqual([date, chineseDays.isWorkday(date)]);
    }
  });
});

describe('worked examples of domain.md §5.3', () => {
  it('decision 2024-09-27: 7 wd deadline is Sat 2024-10-12; 2024-10-14 is the 8th working day', () => {
    expect(addWorkingDays('2024-09-27', 7, cal)).toBe('2024-10-12');
    expect(countWorkingDaysBetween('2024-09-27', '2024-10-14', cal)).toBe(8);
    expect(countWorkingDaysBetween('2024-09-27', '2024-09-29', cal)).toBe(1);
    expect(countWorkingDaysBetween('2024-09-27', '2024-09-30', cal)).toBe(2);
  });

  it('decision 2024-09-30, published 2024-10-10 = 3rd working day', () => {
    expect(countWorkingDaysBetween('2024-09-30', '2024-10-10', cal)).toBe(3);
    expect(addWorkingDays('2024-09-30', 7, cal) >= '2024-10-10').toBe(true);
  });

  it('notice served 2025-01-24: 5 wd hearing-request deadline is 2025-02-07', () => {
    expect(addWorkingDays('2025-01-24', 5, cal)).toBe('2025-02-07');
    expect(addWorkingDays('2025-01-24', 1, cal)).toBe('2025-01-26');
  });

  it('licence accepted 2025-01-20: 20 wd decision deadline is 2025-02-21', () => {
    expect(addWorkingDays('2025-01-20', 20, cal)).toBe('2025-02-21');
  });

  it('explains the count in Chinese, naming holidays and make-up days', () => {
    const d = explainWorkingDeadline('2024-09-27', 7, cal);
    expect(d.deadline).toBe('2024-10-12');
    expect(d.text).toContain('2024-10-12（星期六，国庆节调休上班）');
    expect(d.text).toContain('国庆节假期 2024-10-01 至 2024-10-07 不计');
    expect(d.text).toContain('2024-09-29（星期日）');
    const c = explainWorkingDayCount('2024-09-27', '2024-10-14', cal);
    expect(c.count).toBe(8);
    expect(c.text).toContain('第 8 个工作日');
    expect(describeDay('2024-10-03', cal)).toBe('2024-10-03（星期四，国庆节假期）');
    expect(describeDay('2024-10-13', cal)).toBe('2024-10-13（星期日，休息日）');
    expect(describeDay('2024-10-14', cal)).toBe('2024-10-14（星期一）');
  });
});

describe('argument checks', () => {
  it('refuses an end before the start and invalid counts', () => {
    expect(() => countWorkingDaysBetween('2024-10-14', '2024-10-12', cal)).toThrow(/早于起算日期/);
    expect(countWorkingDaysBetween('2024-10-14', '2024-10-14', cal)).toBe(0);
    expect(() => addWorkingDays('2024-10-14', -1, cal)).toThrow(AppError);
    expect(() => addWorkingDays('2024-10-14', 1.5, cal)).toThrow(AppError);
    expect(addWorkingDays('2024-10-13', 0, cal)).toBe('2024-10-13');
  });
});

describe('refusing years without data', () => {
  it('throws a recognisable CALENDAR_YEAR_MISSING AppError for 2027', () => {
    let caught: unknown;
    try {
      addWorkingDays('2026-12-30', 5, cal);
    } catch (e) {
      caught = e;
    }
    expect(isCalendarYearMissing(caught)).toBe(true);
    expect((caught as AppError).code).toBe('E_INVALID_ARGS');
    expect((caught as AppError).message).toContain('2027');
    expect(() => isWorkingDay('2027-03-01', cal)).toThrow(/2027/);
    expect(() => isWorkingDay('1999-03-01', cal)).toThrow(/1999/);
  });

  it('computes in 2027 once the override table declares the year loaded', () => {
    const c2027 = createWorkingCalendar({
      loadedYears: [2027],
      days: [
        { date: '2027-01-01', kind: 'holiday', name: '元旦' },
        { date: '2027-01-04', kind: 'holiday', name: '元旦' },
        { date: '2027-01-09', kind: 'workday', name: '元旦' },
      ],
    });
    expect(isWorkingDay('2027-01-01', c2027)).toBe(false);
    expect(c2027.dayInfo('2027-01-09').kind).toBe('makeup-workday');
    // 2026-12-31 Thu → 1 Jan hol, 2–3 weekend, 4 hol, 5 = 1st, 6 = 2nd, 7 = 3rd, 8 = 4th, 9 (Sat, make-up) = 5th
    expect(addWorkingDays('2026-12-31', 5, c2027)).toBe('2027-01-09');
    expect(c2027.coveredYears).toContain(2027);
  });

  it('lets overrides adjust a covered year and rejects malformed tables', () => {
    const local = createWorkingCalendar({
      days: [{ date: '2024-10-14', kind: 'holiday', name: '地方节日' }],
    });
    expect(isWorkingDay('2024-10-14', local)).toBe(false);
    expect(isWorkingDay('2024-10-14', cal)).toBe(true);
    expect(() => createWorkingCalendar({ days: [{ date: '2024-02-30', kind: 'holiday' }] })).toThrow(
      /2024-02-30/,
    );
    expect(() =>
      createWorkingCalendar({
        days: [
          { date: '2024-10-14', kind: 'holiday' },
          { date: '2024-10-14', kind: 'workday' },
        ],
      }),
    ).toThrow(/重复/);
  });
});

describe('time-zone independence', () => {
  const original = process.env.TZ;
  afterEach(() => {
    // Assigning undefined to process.env stores the string "undefined".
    if (original === undefined) delete process.env.TZ;
    else process.env.TZ = original;
  });

  it.each(['America/New_York', 'Pacific/Pago_Pago', 'Asia/Shanghai', 'Pacific/Kiritimati'])(
    'gives the same answers under TZ=%s',
    (tz) => {
      process.env.TZ = tz;
      const local = createWorkingCalendar();
      expect(isWorkingDay('2024-10-12', local)).toBe(true);
      expect(isWorkingDay('2024-10-07', local)).toBe(false);
      expect(addWorkingDays('2024-09-27', 7, local)).toBe('2024-10-12');
      expect(weekdayOf('2024-10-12')).toBe(6);
    },
  );
});

describe('properties', () => {
  const dayArb = fc
    .integer({ min: toDayNumber('2024-01-01'), max: toDayNumber('2026-06-30') })
    .map(fromDayNumber);
  const nArb = fc.integer({ min: 0, max: 60 });

  it('adding N working days then counting back gives N', () => {
    fc.assert(
      fc.property(
        dayArb,
        nArb,
        (start, n) => countWorkingDaysBetween(start, addWorkingDays(start, n, cal), cal) === n,
      ),
    );
  });

  it('the result of adding N ≥ 1 working days is always a working day', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 60 }), (start, n) =>
        isWorkingDay(addWorkingDays(start, n, cal), cal),
      ),
    );
  });

  it('holidays never count and make-up days always count', () => {
    fc.assert(
      fc.property(dayArb, fc.integer({ min: 1, max: 40 }), (start, span) => {
        const end = addCalendarDays(start, span);
        const before = countWorkingDaysBetween(start, addCalendarDays(end, -1), cal);
        const after = countWorkingDaysBetween(start, end, cal);
        const info = cal.dayInfo(end);
        if (info.kind === 'holiday' || info.kind === 'weekend') return after === before;
        return after === before + 1;
      }),
    );
  });

  it('nextWorkingDayOnOrAfter is a working day not before the input', () => {
    fc.assert(
      fc.property(dayArb, (d) => {
        const next = nextWorkingDayOnOrAfter(d, cal);
        return isWorkingDay(next, cal) && next >= d && countWorkingDaysBetween(d, next, cal) <= 1;
      }),
    );
  });
});
