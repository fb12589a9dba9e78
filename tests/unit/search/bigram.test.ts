import { describe, expect, it } from 'vitest';
import { indexTokens, splitRuns, toIndexText } from '../../../main/services/search/bigram';
import { buildFtsQuery, termTokens } from '../../../main/services/search/fts-query';
import { buildSnippet, findMatches } from '../../../main/services/search/snippet';

describe('bigram splitter', () => {
  it('splits CJK runs into bigrams plus the last character', () => {
    expect(toIndexText('行政处罚')).toBe('行政 政处 处罚 罚');
    expect(indexTokens('罚')).toEqual(['罚']);
  });

  it('keeps Latin and digits as words and drops punctuation', () => {
    expect(splitRuns('依据GB2312，罚款2000元。')).toEqual([
      { kind: 'cjk', text: '依据' },
      { kind: 'word', text: 'GB2312' },
      { kind: 'cjk', text: '罚款' },
      { kind: 'word', text: '2000' },
      { kind: 'cjk', text: '元' },
    ]);
    expect(toIndexText('“听证”（告知）')).toBe('听证 证 告知 知');
  });

  it('handles characters outside the BMP as one character', () => {
    expect(toIndexText('胡駿𥕛')).toBe('胡駿 駿𥕛 𥕛');
  });
});

describe('buildFtsQuery', () => {
  it('uses a prefix for one character, a token for two and a phrase for more', () => {
    expect(buildFtsQuery('罚')).toBe('"罚"*');
    expect(buildFtsQuery('罚款')).toBe('"罚款"');
    expect(buildFtsQuery('行政处罚')).toBe('"行政 政处 处罚"');
  });

  it('includes the run-final token when another run follows', () => {
    expect(termTokens('处罚2000')?.tokens).toEqual(['处罚', '罚', '2000']);
    expect(buildFtsQuery('处罚2000')).toBe('"处罚 罚 2000"*');
    expect(buildFtsQuery('2024年')).toBe('"2024 年"*');
  });

  it('AND-s whitespace-separated terms', () => {
    expect(buildFtsQuery('罚款  听证')).toBe('"罚款" AND "听证"');
  });

  it('neutralises FTS syntax and quotes', () => {
    expect(buildFtsQuery('"罚款" OR NEAR(听证*) -x')).toBe('"罚款" AND "OR"* AND "NEAR 听证" AND "x"*');
    expect(buildFtsQuery('"""')).toBeNull();
    expect(buildFtsQuery('   ')).toBeNull();
    expect(buildFtsQuery('（）。，')).toBeNull();
  });
});

describe('snippets', () => {
  const page = '经查，当事人未按规定办理许可。依据有关规定，决定罚款2000元。当事人可申请听证。';

  it('returns offsets of every hit, merged and sorted', () => {
    const second = page.indexOf('当事人', 4);
    expect(findMatches(page, '当事人')).toEqual([
      { start: 3, end: 6 },
      { start: second, end: second + 3 },
    ]);
    const snippet = buildSnippet(page, '罚款', 5);
    expect(snippet.text.slice(snippet.highlights[0]?.start, snippet.highlights[0]?.end)).toBe('罚款');
    expect(page.slice(snippet.offset, snippet.offset + snippet.text.length)).toBe(snippet.text);
    expect(snippet.truncatedStart).toBe(true);
    expect(snippet.truncatedEnd).toBe(true);
  });

  it('matches case-insensitively and across separators between runs', () => {
    expect(findMatches('标准 GB2312 附件', 'gb2312')).toEqual([{ start: 3, end: 9 }]);
    expect(findMatches('罚款2000元', '罚款 2000元')).toEqual([{ start: 0, end: 7 }]);
  });

  it('returns the page start when nothing matches', () => {
    const snippet = buildSnippet(page, '不存在的词', 10);
    expect(snippet.highlights).toEqual([]);
    expect(snippet.offset).toBe(0);
  });
});
