import { NUMERAL_CHARS, parseChineseInteger } from './chinese-numerals';
import { extracted, foldFullWidth, type Extracted } from './extracted-value';

export interface MoneyAmount {
  /** Yuan, to the fen. */
  readonly yuan: number;
  /** True when 罚款 appears shortly before the amount (e.g. 罚款人民币贰仟元整). */
  readonly isFine: boolean;
}

const UPPER = new RegExp(
  `([${NUMERAL_CHARS}]+)元(?:([${NUMERAL_CHARS}])角)?(?:([${NUMERAL_CHARS}])分)?整?`,
  'g',
);
const ARABIC = /(?:[¥￥]\s*)?(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?\s*(万)?\s*元/g;
const YEN_ONLY = /[¥￥]\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?(?!\s*(?:万|元|\d))/g;
const FINE_WINDOW = 12;

function isFineContext(text: string, start: number): boolean {
  return text.slice(Math.max(0, start - FINE_WINDOW), start).includes('罚款');
}

function roundFen(x: number): number {
  return Math.round(x * 100) / 100;
}

/**
 * Money amounts: 罚款人民币贰仟元整, 壹万伍仟元, 2000元, 2,000.00元, 1.5万元, ¥2,000.
 * Overlapping matches keep the first (longest) one.
 */
export function extractAmounts(text: string, page?: number): Extracted<MoneyAmount>[] {
  const folded = foldFullWidth(text);
  const found: Extracted<MoneyAmount>[] = [];
  const add = (yuan: number | undefined, start: number, end: number): void => {
    if (yuan === undefined || !Number.isFinite(yuan)) return;
    if (found.some((f) => start < f.end && end > f.start)) return;
    found.push(
      extracted({ yuan: roundFen(yuan), isFine: isFineContext(folded, start) }, text, start, end, page),
    );
  };
  for (const m of folded.matchAll(UPPER)) {
    const whole = parseChineseInteger(m[1] ?? '');
    const jiao = m[2] ? parseChineseInteger(m[2]) : 0;
    const fen = m[3] ? parseChineseInteger(m[3]) : 0;
    if (whole === undefined || jiao === undefined || fen === undefined) continue;
    add(whole + jiao / 10 + fen / 100, m.index, m.index + m[0].length);
  }
  for (const m of folded.matchAll(ARABIC)) {
    const n = Number(`${(m[1] ?? '').replace(/,/g, '')}.${m[2] ?? '0'}`);
    add(m[3] ? n * 10_000 : n, m.index, m.index + m[0].length);
  }
  for (const m of folded.matchAll(YEN_ONLY)) {
    add(Number(`${(m[1] ?? '').replace(/,/g, '')}.${m[2] ?? '0'}`), m.index, m.index + m[0].length);
  }
  return found.sort((a, b) => a.start - b.start);
}
