import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasVisibleText, normalizeText } from '../../../main/services/documents/normalize-text';

/**
 * The rule written as one look-behind regex, the obvious form, kept here as the oracle.
 * An ideographic space (U+3000) is a space to remove, never the CJK neighbour of one.
 */
const CJK =
  '\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\p{Script=Hangul}\\u3001-\\u303f\\uff00-\\uffef';
const ORACLE = new RegExp(`(?<=[${CJK}])[ \\t\\u00a0\\u3000]+(?=[${CJK}])`, 'gu');
const oracle = (raw: string) =>
  raw
    // eslint-disable-next-line no-control-regex -- same control characters as the implementation
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) =>
      line
        .replace(ORACLE, '')
        .replace(/[ \t\u00a0]{2,}/g, ' ')
        .trim(),
    )
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();

describe('normalizeText', () => {
  it('joins letter-spaced Chinese and keeps spaces between Latin words', () => {
    expect(normalizeText('开 票 通 知 单\n行政　处罚  决定书\nfine  of 500 元')).toBe(
      '开票通知单\n行政处罚决定书\nfine of 500 元',
    );
  });

  it('treats a supplementary-plane ideograph (surrogate pair) as CJK', () => {
    expect(normalizeText('𠀀 罚 𠀁')).toBe('𠀀罚𠀁');
  });

  it('drops control characters, unifies line ends and squeezes blank lines', () => {
    expect(normalizeText('a\u0000b\r\n\r\n\r\n\r\nc\rd')).toBe('ab\n\nc\nd');
    expect(hasVisibleText(normalizeText(' \u3000\n\t'))).toBe(false);
  });

  it('equals the look-behind formulation on arbitrary text', () => {
    const alphabet = fc.constantFrom(
      '罚',
      '款',
      'ア',
      '한',
      '，',
      '（',
      'a',
      'Z',
      '1',
      ' ',
      '\t',
      '\u00a0',
      '\u3000',
      '\n',
      '\r',
      '𠀀',
      '\u0001',
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }), (chars) => {
        const raw = chars.join('');
        expect(normalizeText(raw)).toBe(oracle(raw));
      }),
      { numRuns: 2000 },
    );
  });
});
