// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findTextRanges } from '../../renderer/src/viewer/docx/find-text-ranges';

const article = (html: string) => {
  const root = document.createElement('article');
  root.innerHTML = html;
  return root;
};

describe('findTextRanges (search word in a rendered DOCX)', () => {
  it('finds every occurrence, across element boundaries', () => {
    const root = article('<p>决定对当事人<strong>罚</strong>款贰仟元。</p><p>罚款已缴纳。</p>');
    const ranges = findTextRanges(root, '罚款');
    expect(ranges.map((r) => r.toString())).toEqual(['罚款', '罚款']);
    expect(ranges[0]!.startContainer.parentElement?.tagName).toBe('STRONG');
  });

  it('matches letter-spaced Chinese the way the search index does (spaces ignored)', () => {
    const root = article('<h1>行 政 处 罚 决 定 书</h1>');
    expect(findTextRanges(root, '处罚决定').map((r) => r.toString())).toEqual(['处 罚 决 定']);
  });

  it('finds nothing for a blank or absent word', () => {
    const root = article('<p>听证</p>');
    expect(findTextRanges(root, '  ')).toEqual([]);
    expect(findTextRanges(root, '罚款')).toEqual([]);
  });
});
