// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../preload/contract/methods/annotations';
import { annotatedDocxHtml } from '../../../renderer/src/annotations/docx-html-export';

const note = (over: Partial<Annotation>): Annotation => ({
  id: 'A',
  caseId: 'C',
  documentId: 'D',
  documentSha256: 'x',
  documentTitle: '告知书',
  orphaned: false,
  kind: 'highlight',
  pageIndex: null,
  anchor: { type: 'docx-text', quote: { exact: '罚款人民币', prefix: '', suffix: '' }, start: 13, end: 18 },
  quote: '罚款人民币',
  category: '问题',
  body: '金额需核实',
  author: { name: '王评查', unit: '' },
  itemCodes: ['1.1'],
  ruleIds: [],
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
  ...over,
});

describe('DOCX → HTML with highlights', () => {
  it('marks quotes across element boundaries, numbers them and lists the notes; the text is unchanged', () => {
    const article = document.createElement('article');
    article.innerHTML =
      '<p>行政处罚决定书</p><p>决定对当事人<strong>罚款</strong>人民币贰仟元整。</p><div class="pingcha-annots"><div></div></div>';
    const html = annotatedDocxHtml(
      article,
      [
        note({}),
        note({
          id: 'B',
          kind: 'underline',
          category: '证据',
          body: '',
          anchor: {
            type: 'docx-text',
            quote: { exact: '处罚决定书', prefix: '', suffix: '' },
            start: 2,
            end: 7,
          },
          quote: '处罚决定书',
          itemCodes: [],
        }),
        note({ id: 'C', deletedAt: '2026-01-01', body: '已删除' }),
      ],
      new Map([['问题', '#f5222d']]),
      '告知书（批注）',
    );
    const out = new DOMParser().parseFromString(html, 'text/html');
    expect(out.documentElement.lang).toBe('zh-CN');
    expect(out.querySelector('.pingcha-annots')).toBeNull();
    const marks = [...out.querySelectorAll('mark')].map((m) => m.textContent);
    expect(marks).toEqual(['罚款', '人民币']);
    expect(out.querySelector('u')?.textContent).toBe('处罚决定书');
    expect([...out.querySelectorAll('sup')].map((s) => s.textContent)).toEqual(['[2]', '[1]']);
    const items = [...out.querySelectorAll('ol li')].map((li) => li.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('【问题】王评查：金额需核实（评查项目 1.1）');
    expect(items[1]).toContain('【证据】王评查：（无内容）');
    expect(html).not.toContain('已删除');
    // Source untouched.
    expect(article.querySelectorAll('mark')).toHaveLength(0);
  });
});
