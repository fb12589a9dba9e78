import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../main/services/documents/pdf/extract-pdf';
import { joinTextItems } from '../../../main/services/documents/pdf/join-text-items';
import { pdfDateToIso } from '../../../main/services/documents/pdf/pdf-metadata';
import { buildPdf } from './fixtures/build-pdf';

const item = (str: string, x: number, y: number, width: number, hasEOL = false) => ({
  str,
  hasEOL,
  transform: [12, 0, 0, 12, x, y],
  width,
  height: 12,
});

describe('joinTextItems', () => {
  it('joins CJK items without spaces and Latin items with one', () => {
    expect(joinTextItems([item('行政', 0, 100, 24), item('处罚', 40, 100, 24)])).toBe('行政处罚');
    expect(joinTextItems([item('Free', 0, 100, 24), item('Culture', 40, 100, 40)])).toBe('Free Culture');
  });

  it('breaks lines on hasEOL and on baseline changes, without doubling', () => {
    expect(
      joinTextItems([
        item('第一行', 0, 100, 36, true),
        item('', 0, 100, 0, true),
        item('第二行', 0, 80, 36),
        item('第三行', 0, 60, 36),
      ]),
    ).toBe('第一行\n第二行\n第三行');
  });

  it('removes letter-spacing between Chinese characters', () => {
    expect(joinTextItems([item('开 票 通 知 单', 0, 100, 140)])).toBe('开票通知单');
  });
});

describe('pdfDateToIso', () => {
  it('parses PDF dates with offsets', () => {
    expect(pdfDateToIso("D:20150802122215+08'00'")).toBe('2015-08-02T04:22:15.000Z');
    expect(pdfDateToIso('D:20240101')).toBe('2024-01-01T00:00:00.000Z');
    expect(pdfDateToIso('garbage')).toBeNull();
    expect(pdfDateToIso(42)).toBeNull();
  });
});

describe('extractPdf', () => {
  it('extracts text per page, page count and metadata; empty pages need OCR', async () => {
    const pdf = await buildPdf({
      pages: ['Case file page one\nSecond line', '', 'Page three'],
      title: 'Decision 2024-17',
      author: 'Enforcement Bureau',
      created: new Date('2024-03-05T08:00:00Z'),
    });
    const result = await extractPdf(pdf, { fileName: 'a.pdf' });
    expect(result.pageCount).toBe(3);
    expect(result.pages.map((p) => p.text)).toEqual(['Case file page one\nSecond line', '', 'Page three']);
    expect(result.pages.map((p) => p.hasText)).toEqual([true, false, true]);
    expect(result.textStatus).toBe('partial');
    expect(result.title).toBe('Decision 2024-17');
    expect(result.author).toBe('Enforcement Bureau');
    expect(result.created).toBe('2024-03-05T08:00:00.000Z');
    expect(result.warnings.join()).toContain('第 2 页没有文字层');
  });

  it('reports page progress, and a throwing listener does not break extraction', async () => {
    const seen: [number, number][] = [];
    const pdf = await buildPdf({ pages: ['a', 'b', 'c'] });
    await extractPdf(pdf, { fileName: 'a.pdf', onPage: (done, total) => seen.push([done, total]) });
    expect(seen).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    const result = await extractPdf(pdf, {
      fileName: 'a.pdf',
      onPage: () => {
        throw new Error('listener gone');
      },
    });
    expect(result.pages).toHaveLength(3);
  });

  it('returns status none for a document without any text', async () => {
    const result = await extractPdf(await buildPdf({ pages: ['', ''] }), { fileName: 'scan.pdf' });
    expect(result.textStatus).toBe('none');
  });

  it('stops at the page limit and says so', async () => {
    const pdf = await buildPdf({ pages: ['one', 'two', 'three'] });
    const result = await extractPdf(pdf, { fileName: 'a.pdf', maxPages: 2 });
    expect(result.pages).toHaveLength(2);
    expect(result.pageCount).toBe(3);
    expect(result.textStatus).toBe('partial');
    expect(result.warnings.join()).toContain('只提取了前 2 页');
  });

  it('maps garbage and truncated files to E_CORRUPT_FILE naming the file', async () => {
    await expect(
      extractPdf(Buffer.from('%PDF-1.4\nnot really'), { fileName: '坏.pdf' }),
    ).rejects.toMatchObject({
      code: 'E_CORRUPT_FILE',
      message: expect.stringContaining('坏.pdf'),
    });
  });

  it('honours an aborted signal with E_CANCELLED', async () => {
    const controller = new AbortController();
    controller.abort();
    const pdf = await buildPdf({ pages: ['x'] });
    await expect(extractPdf(pdf, { fileName: 'a.pdf', signal: controller.signal })).rejects.toMatchObject({
      code: 'E_CANCELLED',
    });
  });

  it('does not modify the caller’s buffer', async () => {
    const pdf = await buildPdf({ pages: ['x'] });
    const copy = Buffer.from(pdf);
    await extractPdf(pdf, { fileName: 'a.pdf' });
    expect(pdf.equals(copy)).toBe(true);
  });
});
