/**
 * Chinese numerals as used in dossiers: lower case (二〇二四, 十八, 二十八) for
 * dates and financial upper case (贰仟, 壹万伍仟) for amounts.
 */
const DIGITS: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  '○': 0,
  Ｏ: 0,
  O: 0,
  o: 0,
  一: 1,
  壹: 1,
  二: 2,
  贰: 2,
  貳: 2,
  两: 2,
  兩: 2,
  三: 3,
  叁: 3,
  參: 3,
  四: 4,
  肆: 4,
  五: 5,
  伍: 5,
  六: 6,
  陆: 6,
  陸: 6,
  七: 7,
  柒: 7,
  八: 8,
  捌: 8,
  九: 9,
  玖: 9,
};
const UNITS: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };
const BIG: Readonly<Record<string, number>> = { 万: 10_000, 萬: 10_000, 亿: 100_000_000, 億: 100_000_000 };

export const NUMERAL_CHARS = '〇零○Ｏ一壹二贰貳两兩三叁參四肆五伍六陆陸七柒八捌九玖十拾百佰千仟万萬亿億';

/** "二〇二四" → 2024 (digit by digit, as years are written). */
export function parseDigitSequence(text: string): number | undefined {
  let out = 0;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d === undefined) return undefined;
    out = out * 10 + d;
  }
  return text.length > 0 ? out : undefined;
}

/**
 * Positional Chinese numeral → integer: 十八 = 18, 二十八 = 28, 壹万伍仟 = 15000,
 * 壹拾贰万零伍佰 = 120500. Returns undefined for anything malformed.
 */
export function parseChineseInteger(text: string): number | undefined {
  if (text.length === 0) return undefined;
  let total = 0;
  let section = 0;
  let digit: number | undefined;
  for (const ch of text) {
    const d = DIGITS[ch];
    if (d !== undefined) {
      if (digit !== undefined && d !== 0 && digit !== 0) return undefined; // two digits in a row
      digit = d;
      continue;
    }
    const unit = UNITS[ch];
    if (unit !== undefined) {
      section += (digit ?? 1) * unit; // 十八: leading 十 means 一十
      digit = undefined;
      continue;
    }
    const big = BIG[ch];
    if (big !== undefined) {
      section += digit ?? 0;
      if (section === 0) return undefined;
      total += section * big;
      section = 0;
      digit = undefined;
      continue;
    }
    return undefined;
  }
  return total + section + (digit ?? 0);
}
