import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApi } from '../../../main/api/open-api';
import { runCliCaptured } from '../../helpers/run-cli-captured';
import { makeTempDir } from '../../helpers/temp-dir';
import type { TestApi } from '../reviews/review-api-helpers';
import { pdfPageTexts } from './pdf-inspect';
import { scoredCase, type ScoredCase } from './report-fixture';

let temp: ReturnType<typeof makeTempDir>;
let scored: ScoredCase;

const cli = (...args: string[]) => runCliCaptured(join(temp.dir, 'data'), args);

beforeAll(async () => {
  temp = makeTempDir();
  const api = await openApi({ dataDir: join(temp.dir, 'data'), mode: 'test' });
  scored = await scoredCase(() => api as TestApi, { deductions: 2 });
  await api.close();
}, 60_000);
afterAll(() => temp.cleanup());

describe('CLI report / summary', () => {
  it('report writes the PDF and refuses to overwrite without --force', async () => {
    const out = join(temp.dir, '意见书.pdf');
    const first = await cli('report', scored.caseId, '--out', out, '--doc-number', '评〔2024〕9号');
    expect(first.code).toBe(0);
    const text = (await pdfPageTexts(readFileSync(out))).join('');
    expect(text).toContain(`总分${scored.view.report.total}分`);
    expect(text).toContain('评〔2024〕9号');
    const again = await cli('report', scored.caseId, '--out', out);
    expect(again.code).toBe(2);
    expect(again.err).toContain('文件已存在');
    expect((await cli('report', scored.caseId, '--out', out, '--force')).code).toBe(0);
  });

  it('report explains usage errors and unknown cases', async () => {
    expect((await cli('report', scored.caseId, '--out', join(temp.dir, 'x.docx'))).code).toBe(2);
    const missing = await cli('report', 'nope', '--out', join(temp.dir, 'nope.pdf'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('E_NOT_FOUND');
    expect(existsSync(join(temp.dir, 'nope.pdf'))).toBe(false);
  });

  it('summary writes PDF or XLSX by extension with the engine numbers', async () => {
    const xlsx = join(temp.dir, '汇总.xlsx');
    expect((await cli('summary', '--out', xlsx)).code).toBe(0);
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(xlsx);
    expect(book.getWorksheet('逐卷结果')!.getRow(2).getCell(8).value).toBe(scored.view.report.total);
    const pdf = join(temp.dir, '汇总.pdf');
    const r = await cli('summary', '--out', pdf, '--agency', '某市城市管理综合执法局', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ rows: 1, skipped: [] });
    expect((await cli('summary', '--out', join(temp.dir, 'none.pdf'), '--text', '无此案')).code).toBe(1);
  });
});
