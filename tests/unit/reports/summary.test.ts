import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { caseInputSchema } from '../../../preload/contract/methods/cases';
import { noAnnotationCitations } from '../../../main/services/reports/evidence-citations-adapter';
import { loadReportFont } from '../../../main/services/reports/layout/report-font';
import type { ReportSources } from '../../../main/services/reports/opinion-data';
import { buildSummaryData } from '../../../main/services/reports/summary-data';
import type { SummaryData } from '../../../preload/contract/model/summary-data';
import { renderSummaryPdf } from '../../../main/services/reports/summary-pdf';
import { renderSummaryXlsx } from '../../../main/services/reports/summary-xlsx';
import { openTestApi } from '../../helpers/open-test-api';
import type { TestApi } from '../reviews/review-api-helpers';
import { embeddedFonts, inkRatio, pdfPageTexts, renderFirstPage, squash } from './pdf-inspect';
import { scoredCase, type ScoredCase } from './report-fixture';

let api: TestApi;
let cases: ScoredCase[];
let unreviewed: string;
let data: SummaryData;

const sourcesOf = (a: TestApi): ReportSources => ({
  db: () => a.runtime.db(),
  getCase: (id) => a.services.cases.get(id),
  reviews: a.services.reviews,
  runChecks: (id) => a.services.caseChecks.run(id),
  citations: noAnnotationCitations,
});

const round2 = (v: number) => Math.round(v * 100) / 100;

beforeAll(async () => {
  api = await openTestApi();
  cases = [
    await scoredCase(() => api, {
      name: '甲案',
      agency: '甲区城管局',
      caseNumber: '甲罚〔2024〕1号',
      deductions: 1,
    }),
    await scoredCase(() => api, {
      name: '乙案',
      agency: '甲区城管局',
      caseNumber: '甲罚〔2024〕2号',
      deductions: 6,
    }),
    await scoredCase(() => api, {
      name: '丙案',
      agency: '乙区市场监管局',
      caseNumber: '乙罚〔2024〕3号',
      deductions: 12,
    }),
  ];
  unreviewed = (
    await api.services.cases.create(caseInputSchema.parse({ name: '丁案未评', agency: '乙区市场监管局' }))
  ).record.id;
  data = await buildSummaryData(sourcesOf(api), [...cases.map((c) => c.caseId), unreviewed]);
}, 120_000);
afterAll(() => api.dispose());

describe('summary data', () => {
  it('has one row per reviewed dossier with the engine totals, and lists the rest as skipped', () => {
    expect(data.rows.map((r) => r.total)).toEqual(cases.map((c) => c.view.report.total));
    expect(data.rows.map((r) => r.grade)).toEqual(cases.map((c) => c.view.report.grade.label));
    expect(data.skipped).toEqual([{ caseId: unreviewed, name: '丁案未评', reason: '尚无已提交的评查' }]);
  });

  it('aggregates per agency: files, average, grade counts and pass rate', () => {
    const a = data.agencies.find((x) => x.agency === '甲区城管局')!;
    const mine = cases.slice(0, 2).map((c) => c.view.report);
    expect(a.files).toBe(2);
    expect(a.average).toBe(round2((mine[0]!.total + mine[1]!.total) / 2));
    expect(a.passCount).toBe(mine.filter((r) => r.grade.pass).length);
    expect(a.passRate).toBe(a.passCount / 2);
    expect(Object.values(a.grades).reduce((s, n) => s + n, 0)).toBe(2);
    expect(data.overall.files).toBe(3);
    // No facts entered: the compliance rules cannot be decided, so rates are unknown, not 0 %.
    expect(data.overall.publicationOnTime).toEqual({ ok: 0, of: 0, rate: null });
  });

  it('counts top problems across files by item', () => {
    const counted = new Map<string, number>();
    for (const c of cases)
      for (const i of c.view.report.items.filter((x) => x.deduction > 0))
        counted.set(i.itemCode, (counted.get(i.itemCode) ?? 0) + 1);
    const best = Math.max(...counted.values());
    expect(data.topItems[0]!.count).toBe(best);
    for (const p of data.topItems) expect(p.count).toBe(counted.get(p.key.split(':')[1]!));
  });
});

describe('summary PDF', () => {
  it('prints the same numbers, embeds a subset font and renders with system fonts hidden', async () => {
    const bytes = await renderSummaryPdf(data, loadReportFont(api.runtime.resourcesDir));
    if (process.env.PINGCHA_DUMP) (await import('node:fs')).writeFileSync(process.env.PINGCHA_DUMP, bytes);
    const texts = await pdfPageTexts(bytes);
    const all = texts.join('');
    texts.forEach((t, i) => expect(t).toContain(`第${i + 1}页共${texts.length}页`));
    expect(texts[0]).toContain('行政执法案卷评查结果汇总表');
    for (const r of data.rows) expect(all).toContain(squash(`${r.name}${r.caseNumber}`));
    for (const a of data.agencies) expect(all).toContain(squash(`${a.agency}${a.files}${a.average}`));
    expect(all).toContain('丁案未评：尚无已提交的评查');
    for (const f of await embeddedFonts(bytes)) {
      expect(f.name).toMatch(/^[A-Z]{6}\+/);
      expect(f.hasFontFile2).toBe(true);
    }
    const img = renderFirstPage(bytes);
    // Landscape: the title is centred near the top; the charts sit below the overview text.
    expect(inkRatio(img, { x: 250, top: 62, width: 340, height: 22 })).toBeGreaterThan(0.03);
    expect(inkRatio(img, { x: 60, top: 180, width: 330, height: 180 })).toBeGreaterThan(0.02);
  });
});

describe('summary XLSX', () => {
  it('has the same numbers as numbers, frozen headers and column widths', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await renderSummaryXlsx(data)) as never);
    const rows = book.getWorksheet('逐卷结果')!;
    expect(rows.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(rows.getRow(1).getCell(8).value).toBe('得分');
    expect(rows.getColumn(3).width).toBeGreaterThan(20);
    data.rows.forEach((r, i) => {
      const cell = rows.getRow(i + 2).getCell(8).value;
      expect(typeof cell).toBe('number');
      expect(cell).toBe(cases[i]!.view.report.total);
      expect(rows.getRow(i + 2).getCell(10).value).toBe(cases[i]!.view.report.grade.label);
    });
    const agencies = book.getWorksheet('按执法机关汇总')!;
    const values = agencies.getSheetValues() as unknown[][];
    const overall = values.find((v) => v?.[1] === '合计')!;
    expect(overall[2]).toBe(3);
    expect(overall[3]).toBe(data.overall.average);
    expect(book.getWorksheet('未纳入汇总')!.getRow(2).getCell(1).value).toBe('丁案未评');
  });
});
