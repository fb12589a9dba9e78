// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../preload/contract/methods/annotations';
import { locateQuote, rangeForOffsets } from '../../../renderer/src/annotations/docx-anchor';
import { indexByPage, pageBoxes } from '../../../renderer/src/annotations/page-boxes';
import { mergeRects, toPdfRect } from '../../../renderer/src/annotations/pdf-selection';

/** pdf.js PageViewport for an A4 page at `scale`, rotation 0 (y axis flipped). */
const viewport = (scale: number, height = 842) => ({
  convertToPdfPoint: (x: number, y: number) => [x / scale, height - y / scale],
  convertToViewportRectangle: (r: [number, number, number, number]) => [
    r[0] * scale,
    (height - r[1]) * scale,
    r[2] * scale,
    (height - r[3]) * scale,
  ],
});

const annotation = (over: Partial<Annotation>): Annotation => ({
  id: 'A',
  caseId: 'C',
  documentId: 'D',
  documentSha256: 'x',
  documentTitle: '决定书',
  orphaned: false,
  kind: 'highlight',
  pageIndex: 0,
  anchor: {
    type: 'pdf-text',
    pageIndex: 0,
    rects: [{ x: 50, y: 700, w: 100, h: 14 }],
    quote: { exact: '罚款', prefix: '', suffix: '' },
  },
  quote: '罚款',
  category: '问题',
  body: '',
  author: { name: '王', unit: '' },
  itemCodes: [],
  ruleIds: [],
  createdAt: '',
  updatedAt: '',
  deletedAt: null,
  ...over,
});

describe('PDF anchors are zoom-independent', () => {
  it('a selection made at one zoom draws at the same place scaled at another', () => {
    // Selected at 150 %: pixels → PDF points.
    const at150 = viewport(1.5);
    const rect = toPdfRect(at150, 75, (842 - 714) * 1.5, 225, (842 - 700) * 1.5);
    expect(rect).toEqual({ x: 50, y: 700, w: 100, h: 14 });
    // Drawn at 50 % and at 200 %: boxes scale with the zoom, anchors never change.
    const a = annotation({
      anchor: {
        type: 'pdf-text',
        pageIndex: 0,
        rects: [rect],
        quote: { exact: 'x', prefix: '', suffix: '' },
      },
    });
    const colors = new Map([['问题', '#f5222d']]);
    const [half] = pageBoxes([a], viewport(0.5).convertToViewportRectangle, colors);
    const [double] = pageBoxes([a], viewport(2).convertToViewportRectangle, colors);
    expect(half).toMatchObject({ left: 25, top: (842 - 714) * 0.5, width: 50, height: 7, color: '#f5222d' });
    expect(double).toMatchObject({ left: 100, top: (842 - 714) * 2, width: 200, height: 28 });
  });

  it('merges touching rects on one line, keeps separate lines apart', () => {
    const merged = mergeRects([
      { x: 50, y: 700, w: 30, h: 14 },
      { x: 80, y: 700, w: 40, h: 14 },
      { x: 50, y: 676, w: 60, h: 14 },
    ]);
    expect(merged).toEqual([
      { x: 50, y: 700, w: 70, h: 14 },
      { x: 50, y: 676, w: 60, h: 14 },
    ]);
  });

  it('groups by page, skipping deleted and page-less annotations; areas and overlapping ones all draw', () => {
    const list = [
      annotation({ id: '1' }),
      annotation({
        id: '2',
        kind: 'area',
        pageIndex: 3,
        anchor: { type: 'area', pageIndex: 3, rect: { x: 0, y: 0, w: 10, h: 10 } },
      }),
      annotation({ id: '3', deletedAt: '2026-01-01' }),
      annotation({ id: '4', pageIndex: null, anchor: { type: 'media', start: 1, end: null } }),
      annotation({ id: '5', kind: 'underline' }),
    ];
    const byPage = indexByPage(list);
    expect([...byPage.keys()]).toEqual([0, 3]);
    expect(byPage.get(0)!.map((a) => a.id)).toEqual(['1', '5']);
    expect(pageBoxes(byPage.get(0)!, viewport(1).convertToViewportRectangle, new Map())).toHaveLength(2);
  });
});

describe('DOCX quote anchors', () => {
  const text = '行政处罚决定书决定对当事人罚款人民币贰仟元整。另查明罚款已缴纳。';
  const anchor = {
    type: 'docx-text' as const,
    quote: { exact: '罚款', prefix: '决定对当事人', suffix: '人民币' },
    start: 13,
    end: 15,
  };

  it('uses the stored offsets when the text there still matches', () => {
    expect(locateQuote(text, anchor)).toEqual({ start: 13, end: 15 });
  });

  it('re-finds the quote by its prefix when the offsets moved', () => {
    const shifted = `附：${text}`;
    expect(locateQuote(shifted, anchor)).toEqual({ start: 15, end: 17 });
    expect(locateQuote('没有这段文字', anchor)).toBeNull();
  });

  it('maps character offsets across element boundaries to a DOM range', () => {
    const root = document.createElement('article');
    root.innerHTML = '<p>行政处罚决定书</p><p>决定对当事人<strong>罚款</strong>人民币贰仟元整。</p>';
    const at = locateQuote(root.textContent ?? '', anchor)!;
    expect(rangeForOffsets(root, at.start, at.end)?.toString()).toBe('罚款');
  });
});
