// The package's published data file, keyed by plain `YYYY-MM-DD` strings.
// We read the data instead of calling `isWorkday()`/`getDayDetail()` because
// those parse dates with host-local getters: measured with chinese-days 1.5.7
// under TZ=America/New_York, getDayDetail('2024-10-12') reports 2024-10-11 and
// isWorkday(new Date(2024, 9, 12)) is false (it is a 调休 workday).
import data from 'chinese-days/dist/chinese-days.json' with { type: 'json' };

export type PackageDayKind = 'holiday' | 'workday';

export interface PackageDay {
  readonly kind: PackageDayKind;
  /** Chinese festival name, e.g. 国庆节 */
  readonly festival: string;
}

interface RawData {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

const raw: RawData = data;

/** Entries look like "National Day,国庆节,3": English, Chinese, statutory length. */
function chineseName(entry: string): string {
  const parts = entry.split(',');
  return parts[1] ?? parts[0] ?? entry;
}

export function packageDay(date: string): PackageDay | undefined {
  const work = raw.workdays[date];
  if (work !== undefined) return { kind: 'workday', festival: chineseName(work) };
  const hol = raw.holidays[date];
  if (hol !== undefined) return { kind: 'holiday', festival: chineseName(hol) };
  return undefined;
}

let probed: readonly number[] | undefined;

/**
 * Years the installed chinese-days really covers, found by probing its data
 * (not assumed from its README). A year counts only when it holds the full
 * State Council arrangement: 元旦, 春节 and 国庆节 entries. A year with none of
 * these (e.g. 2027 in 1.5.7) would otherwise silently fall back to
 * "Monday–Friday", which is exactly the wrong answer around 调休.
 */
export function probeChineseDaysYears(): readonly number[] {
  if (probed) return probed;
  const seen = new Map<number, Set<string>>();
  for (const [date, entry] of Object.entries(raw.holidays)) {
    const year = Number(date.slice(0, 4));
    const names = seen.get(year) ?? new Set<string>();
    names.add(chineseName(entry));
    seen.set(year, names);
  }
  probed = [...seen.entries()]
    .filter(([, names]) => names.has('元旦') && names.has('春节') && names.has('国庆节'))
    .map(([year]) => year)
    .sort((a, b) => a - b);
  return probed;
}
