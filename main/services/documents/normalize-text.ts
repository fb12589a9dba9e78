/**
 * Text normalisation shared by all extractors. Chinese documents are often
 * letter-spaced ("开 票 通 知 单") or padded with ideographic spaces in forms;
 * spaces between CJK characters carry no meaning and would break phrase search
 * and title classification, so they are removed. An ideographic space (U+3000)
 * counts as a space there, never as the CJK character next to one.
 */

/** CJK ideographs, kana, hangul, CJK punctuation and full-width forms. */
const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3000-\\u303f\\uff00-\\uffef';
const CJK_CHAR = new RegExp(`[${CJK}]`, 'u');
const SPACE_RUN = /[ \t\u00a0\u3000]+/g;

export const isCjkChar = (char: string): boolean => CJK_CHAR.test(char);

/** The code point that ends just before `offset` (a surrogate pair counts as one). */
function charBefore(text: string, offset: number): string {
  const low = text.charCodeAt(offset - 1);
  const start = low >= 0xdc00 && low <= 0xdfff && offset >= 2 ? offset - 2 : offset - 1;
  return String.fromCodePoint(text.codePointAt(start) ?? 0);
}

/**
 * Removes runs of spaces that sit between two CJK characters. Written as a scan for
 * space runs with a neighbour check, not as one regex with look-behind: the
 * look-behind form tests a Unicode class at every character of the page (measured:
 * most of the normalisation time of a 300,000-character document).
 */
function removeSpacesBetweenCjk(line: string): string {
  return line.replace(SPACE_RUN, (run: string, offset: number) => {
    const end = offset + run.length;
    if (offset === 0 || end >= line.length) return run;
    const after = String.fromCodePoint(line.codePointAt(end) ?? 0);
    return isCjkChar(charBefore(line, offset)) && isCjkChar(after) ? '' : run;
  });
}

export function normalizeText(raw: string): string {
  const lines = raw
    // eslint-disable-next-line no-control-regex -- NULs and other C0 controls come from broken font encodings
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      removeSpacesBetweenCjk(line)
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
