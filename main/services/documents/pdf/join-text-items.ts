import { isCjkChar, normalizeText } from '../normalize-text';

/** The fields of a pdf.js `TextItem` we use (marked-content items have no `str`). */
export interface PositionedText {
  str: string;
  hasEOL: boolean;
  /** [a, b, c, d, e, f]: e/f are the origin in user space. */
  transform: readonly number[];
  width: number;
  height: number;
}

export const isPositionedText = <T extends object>(item: T): item is T & PositionedText =>
  typeof (item as { str?: unknown }).str === 'string' &&
  Array.isArray((item as { transform?: unknown }).transform);

/** The last code point, read from the end: spreading the growing page text per item was quadratic. */
const lastChar = (text: string): string => {
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff ? text.slice(-2) : text.slice(-1);
};
const firstChar = (text: string): string => {
  const code = text.codePointAt(0);
  return code === undefined ? '' : String.fromCodePoint(code);
};

/**
 * Joins a page's text items into lines. pdf.js emits items per font run with
 * explicit `hasEOL`; when it does not, a baseline change of more than half the
 * glyph height starts a new line. Between items on one line a space is added
 * only when there is a visible gap and neither side is CJK: Chinese is written
 * without spaces, and spaces inside Chinese text break search and classification.
 */
export function joinTextItems(items: readonly PositionedText[]): string {
  let out = '';
  let previous: PositionedText | null = null;
  for (const item of items) {
    if (previous) {
      const [, , , , prevX = 0, prevY = 0] = previous.transform;
      const [, , , , x = 0, y = 0] = item.transform;
      const lineHeight = Math.max(previous.height, item.height, 1);
      const newLine = previous.hasEOL || Math.abs(y - prevY) > lineHeight * 0.5;
      if (newLine) {
        // Empty items carrying only `hasEOL` would otherwise double every line break.
        if (out.length > 0 && !out.endsWith('\n')) out += '\n';
      } else if (item.str.length > 0) {
        const gap = x - (prevX + previous.width);
        const before = lastChar(out);
        const after = firstChar(item.str);
        const spaced = /\s/.test(before) || /\s/.test(after);
        if (!spaced && gap > lineHeight * 0.15 && !isCjkChar(before) && !isCjkChar(after)) out += ' ';
      }
    }
    out += item.str;
    previous = item;
  }
  return normalizeText(out);
}
