/**
 * Text normalisation shared by all extractors. Chinese documents are often
 * letter-spaced ("开 票 通 知 单") or padded with ideographic spaces in forms;
 * spaces between CJK characters carry no meaning and would break phrase search
 * and title classification, so they are removed.
 */

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms. */
const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'gu');
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');

export const isCjkChar = (char: string): boolean => CJK_CHAR.test(char);

export function normalizeText(raw: string): string {
  const lines = raw
    // eslint-disable-next-line no-control-regex -- NULs and other C0 controls come from broken font encodings
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(SPACE_BETWEEN_CJK, '')
        .replace(/[ \t\u00a0]{2,}/g, ' ')
        .trim(),
    );
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A page "has text" when anything but whitespace is left after normalisation. */
export const hasVisibleText = (text: string): boolean => /\S/u.test(text);
