import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NO_LINE_END, NO_LINE_START, wrapText } from '../../../main/services/reports/layout/wrap-text';

// Full-width characters are 10 units, ASCII 5: close to a real CJK font's ratio.
const measure = (s: string) => [...s].reduce((w, c) => w + (c.charCodeAt(0) < 128 ? 5 : 10), 0);

describe('wrapText', () => {
  it('breaks Chinese text by characters within the width', () => {
    expect(wrapText('行政执法案卷评查意见书', 40, measure)).toEqual(['行政执法', '案卷评查', '意见书']);
  });

  it('never starts a line with closing punctuation (避头)', () => {
    // "三四。" would put "。" at the start of line 2 without the rule.
    const lines = wrapText('一二三四。五六七八', 40, measure);
    expect(lines).toEqual(['一二三', '四。五六', '七八']);
    for (const l of lines) expect(NO_LINE_START.has(l[0]!)).toBe(false);
  });

  it('never ends a line with opening punctuation (避尾)', () => {
    const lines = wrapText('依据《行政处罚法》第三十条', 40, measure);
    for (const l of lines) expect(NO_LINE_END.has(l.slice(-1))).toBe(false);
    expect(lines.join('')).toBe('依据《行政处罚法》第三十条');
  });

  it('keeps Latin words and numbers whole and keeps explicit newlines', () => {
    expect(wrapText('罚款 12000 元\n第二行', 30, measure)).toEqual(['罚款', '12000', '元', '第二行']);
  });

  it('splits a token wider than the whole line', () => {
    expect(wrapText('ABCDEFGHIJ', 20, measure)).toEqual(['ABCD', 'EFGH', 'IJ']);
  });

  it('property: no text lost, no line too wide, no forbidden line starts', () => {
    const alphabet = [...'评查案卷行政处罚决定书，。、；：？！）》】（《【AB12 '];
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...alphabet), { maxLength: 200 }),
        fc.integer({ min: 50, max: 300 }),
        (chars, width) => {
          const text = chars.join('');
          // Real text never has three punctuation marks in a row; such runs cannot obey the rule.
          fc.pre(!/[，。、；：？！）》】（《【]{3}/u.test(text));
          const lines = wrapText(text, width, measure);
          expect(lines.join('').replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
          for (const [i, l] of lines.entries()) {
            expect(measure(l)).toBeLessThanOrEqual(width);
            // A line may start with closing punctuation only when the paragraph itself does.
            if (i > 0 && l.length > 0) expect(NO_LINE_START.has(l[0]!)).toBe(false);
          }
        },
      ),
    );
  });
});
