import { describe, expect, it } from 'vitest';
import { PdfWriter } from '../../../main/services/reports/layout/pdf-writer';
import { loadReportFont } from '../../../main/services/reports/layout/report-font';
import { resolveResourcesDir } from '../../../main/runtime/resources-dir';
import { pdfPageTexts } from './pdf-inspect';

const font = () => loadReportFont(resolveResourcesDir());

describe('PDF layout kit', () => {
  it('breaks a long table across pages and repeats its header on each', async () => {
    const w = await PdfWriter.create(font(), { title: '表格分页' });
    w.title('表格分页');
    w.table({
      columns: [
        { title: '编号列', width: 1 },
        { title: '说明列', width: 4 },
      ],
      rows: Array.from({ length: 120 }, (_, i) => [
        `R${i + 1}`,
        `第 ${i + 1} 行的说明文字，较长时自动换行。`,
      ]),
    });
    w.finish('页脚');
    const texts = await pdfPageTexts(await w.save());
    expect(texts.length).toBeGreaterThan(2);
    for (const t of texts) expect(t.match(/编号列说明列/g)).toHaveLength(1);
    // Every row exactly once, in order.
    const seen = texts
      .join('')
      .match(/R\d+(?=第)/g)!
      .map((r) => Number(r.slice(1)));
    expect(seen).toEqual(Array.from({ length: 120 }, (_, i) => i + 1));
  });

  it('splits a row taller than a page and keeps all of its lines', async () => {
    const w = await PdfWriter.create(font(), { title: '超长行' });
    const lines = Array.from({ length: 90 }, (_, i) => `L${i + 1}行`).join('\n');
    w.table({
      columns: [
        { title: '项目', width: 1 },
        { title: '内容', width: 4 },
      ],
      rows: [['长', lines]],
    });
    w.finish('');
    const texts = await pdfPageTexts(await w.save());
    expect(texts.length).toBeGreaterThanOrEqual(2);
    for (const t of texts) expect(t).toContain('项目内容');
    const seen = texts.join('').match(/L\d+行/g)!;
    expect(seen).toHaveLength(90);
  });

  it('prints a visible ? for characters the font lacks instead of an invisible box', async () => {
    const w = await PdfWriter.create(font(), { title: '缺字' });
    expect(w.printable('符合✗√')).toBe('符合?√');
  });

  it('keeps text inside the margins', async () => {
    const w = await PdfWriter.create(font(), { title: '边距' });
    const long = '行政执法案卷评查意见书，'.repeat(40);
    for (const line of w.wrap(long, 10.5, w.contentWidth)) {
      expect(w.measure(line, 10.5)).toBeLessThanOrEqual(w.contentWidth);
    }
  });
});
