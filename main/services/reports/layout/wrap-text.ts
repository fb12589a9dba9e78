/**
 * Line breaking for Chinese text (GB/T 15834 and common 排版 practice):
 * a line may break between any two CJK characters, Latin words and numbers
 * stay whole, closing punctuation never starts a line (避头) and opening
 * punctuation never ends one (避尾). Widths come from the caller so the rule
 * is testable without a font.
 */

/** Characters that must not begin a line. */
export const NO_LINE_START = new Set([...'，。、；：？！）》】」』〕〉”’…—·%‰,.;:?!)]}%']);
/** Characters that must not end a line. */
export const NO_LINE_END = new Set([...'（《【「『〔〈“‘([{']);

/** Splits text into unbreakable tokens: one CJK char, a run of Latin/digits, or a space. */
export function tokenize(text: string): string[] {
  return text.match(/[A-Za-z0-9@#&_+\-./:'"=]+|\s|[\s\S]/gu) ?? [];
}

const isSpace = (t: string) => /^\s$/u.test(t);

/**
 * Wraps `text` to lines no wider than `maxWidth` as measured by `measure`.
 * Explicit newlines are kept. A token wider than a whole line is split by
 * character. Spaces at line ends are dropped.
 */
export function wrapText(text: string, maxWidth: number, measure: (s: string) => number): string[] {
  const out: string[] = [];
  for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
    out.push(...wrapParagraph(paragraph, maxWidth, measure));
  }
  return out;
}

function wrapParagraph(paragraph: string, maxWidth: number, measure: (s: string) => number): string[] {
  const tokens = tokenize(paragraph).flatMap((t) => (t.length > 1 && measure(t) > maxWidth ? [...t] : [t]));
  const lines: string[][] = [];
  let line: string[] = [];
  let width = 0;
  for (const token of tokens) {
    const w = measure(token);
    if (line.length === 0 && isSpace(token)) continue;
    if (width + w <= maxWidth || line.length === 0) {
      line.push(token);
      width += w;
      continue;
    }
    // An overflowing space is dropped; the next token breaks the line (with the punctuation rules).
    if (isSpace(token)) continue;
    // Break before `token`. Move tokens down while the new line would start
    // with a forbidden character or the old one would end with one.
    const carried: string[] = [token];
    while (
      line.length > 1 &&
      (NO_LINE_START.has(carried[0]![0]!) || NO_LINE_END.has(line[line.length - 1]!.slice(-1)))
    ) {
      carried.unshift(line.pop()!);
    }
    lines.push(line);
    line = carried;
    width = measure(carried.join(''));
    // Carrying can make the new line too wide only for absurdly narrow columns; re-split then.
    if (width > maxWidth && carried.length > 1) {
      const last = carried.pop()!;
      lines.push(carried);
      line = [last];
      width = measure(last);
    }
  }
  if (line.length > 0 || lines.length === 0) lines.push(line);
  return lines.map((l) => l.join('').trimEnd());
}
