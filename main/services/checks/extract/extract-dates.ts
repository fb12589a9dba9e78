import { formatIsoDate, isValidIsoDate, type IsoDate } from '../calendar/iso-date';
import { parseChineseInteger, parseDigitSequence } from './chinese-numerals';
import { extracted, foldFullWidth, type Extracted } from './extracted-value';

const ARABIC_ZH = /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const ARABIC_SEP = /(?<![\d.\-/])(\d{4})([.\-/])(\d{1,2})\2(\d{1,2})(?![\d.\-/])/g;
const CHINESE =
  /([〇零○ＯO一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/g;

/**
 * Dates in the forms found in dossiers: 2024年10月8日, 2024.10.08, 2024-10-08,
 * 2024/10/8, 二〇二四年十月八日 / 十八日 / 二十八日. Impossible dates (2024年2月30日)
 * are not returned. Results are in text order.
 */
export function extractDates(text: string, page?: number): Extracted<IsoDate>[] {
  const folded = foldFullWidth(text);
  const out: Extracted<IsoDate>[] = [];
  const push = (
    y: number | undefined,
    m: number | undefined,
    d: number | undefined,
    start: number,
    end: number,
  ): void => {
    if (y === undefined || m === undefined || d === undefined) return;
    const iso = formatIsoDate(y, m, d);
    if (isValidIsoDate(iso)) out.push(extracted(iso, text, start, end, page));
  };
  for (const m of folded.matchAll(ARABIC_ZH))
    push(Number(m[1]), Number(m[2]), Number(m[3]), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(ARABIC_SEP))
    push(Number(m[1]), Number(m[3]), Number(m[4]), m.index, m.index + m[0].length);
  for (const m of folded.matchAll(CHINESE)) {
    push(
      parseDigitSequence(m[1] ?? ''),
      parseChineseInteger(m[2] ?? ''),
      parseChineseInteger(m[3] ?? ''),
      m.index,
      m.index + m[0].length,
    );
  }
  return out.sort((a, b) => a.start - b.start);
}
