import { readFileSync } from 'node:fs';
import { expect, test, type Download, type Page } from '@playwright/test';
import ExcelJS from 'exceljs';
import type { ArgsOf, MethodName, ResultOf } from '../../preload/contract';
import type { ItemFinding, ReviewView } from '../../preload/contract/methods/reviews';
import { listItems } from '../../preload/contract/model/standard/walk';
import { buildCjkPdf } from '../helpers/build-cjk-pdf';
import { pdfPageTexts, squash } from '../unit/reports/pdf-inspect';
import { callApi, importFiles } from './api-call';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => (app = await startBrowserMode()));
test.afterAll(async () => app.stop());

const call = <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> =>
  callApi(app, method, args);

/** Imports a dossier (one CJK PDF) and submits a review with `deductions` deducted items. */
async function scoredDossier(name: string, agency: string, deductions: number): Promise<ReviewView> {
  await call('reviewer.set', { identity: { name: '王评查', unit: '市司法局', role: '评查员' } });
  const { record } = await call('cases.create', {
    record: {
      name,
      agency,
      caseNumber: `${agency.slice(0, 2)}罚〔2024〕${deductions}号`,
      actType: '行政处罚',
      procedure: '普通',
    },
  });
  await importFiles(app, record.id, {
    '处罚决定书.pdf': await buildCjkPdf(['行政处罚决定书\n决定对当事人罚款人民币贰仟元整。']),
  });
  const penalty = (await call('standards.list', {})).find((s) => s.code === 'PC-XZCF-YB')!;
  const view = await call('reviews.openOrCreate', { caseId: record.id, standardVersionId: penalty.id });
  let left = deductions;
  for (const { item } of listItems(view.standard)) {
    let finding: ItemFinding = { status: 'ok' };
    if (left > 0 && item.mode === 'deduct' && item.options.length > 0 && !item.options[0]!.perOccurrence) {
      finding = { status: 'deduct', optionIds: [item.options[0]!.id], note: `${item.title}不规范` };
      left -= 1;
    }
    await call('reviews.setItem', { id: view.review.id, itemCode: item.code, finding });
  }
  return call('reviews.submit', { id: view.review.id });
}

const saved = async (page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> => {
  const [download]: [Download, void] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
};

test('export a 评查意见书 and a summary PDF + XLSX whose numbers match the reviews', async ({ page }) => {
  test.setTimeout(120_000);
  const views = [
    await scoredDossier('甲某占道经营案', '甲区城管局', 2),
    await scoredDossier('乙某无证经营案', '甲区城管局', 5),
    await scoredDossier('丙公司超标排放案', '乙区生态环境局', 9),
  ];
  const first = views[0]!;

  // 评查意见书 from the review screen: fields, preview in the viewer, save.
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/cases/${first.review.caseId}?tab=review`);
  await expect(page.getByTestId('review-workspace')).toBeVisible();
  await page.getByTestId('open-opinion').click();
  await page.getByTestId('opinion-doc-number').fill('评查〔2024〕1号');
  await page.getByTestId('generate-opinion').click();
  await expect(page.getByTestId('report-preview').locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  const opinion = await saved(page, () => page.getByTestId('save-opinion').click());
  expect(opinion.name).toBe('甲区罚〔2024〕2号_甲某占道经营案_评查意见书.pdf');
  const opinionText = (await pdfPageTexts(opinion.bytes)).join('');
  expect(opinionText).toContain(
    squash(
      `总分 ${first.report.total} 分（满分 ${first.report.maxTotal} 分），评定等次：${first.report.grade.label}`,
    ),
  );
  expect(opinionText).toContain('评查〔2024〕1号');
  await page.keyboard.press('Escape');

  // Summary page: charts, tables, exports.
  await page.goto(`${app.origin}/#/reports`);
  await expect(page.getByTestId('grade-chart').locator('svg')).toBeVisible();
  await expect(page.getByTestId('summary-rows').locator('tbody tr')).toHaveCount(3);
  await page.getByTestId('export-summary-pdf').click();
  await expect(page.getByTestId('report-preview').locator('canvas').first()).toBeVisible({ timeout: 20_000 });
  const pdf = await saved(page, () => page.getByTestId('save-summary-pdf').click());
  expect(pdf.name).toBe('行政执法案卷评查结果汇总表.pdf');
  const summaryText = (await pdfPageTexts(pdf.bytes)).join('');
  for (const v of views) expect(summaryText).toContain(squash(`${v.report.total}${v.report.grade.label}`));
  const average = Math.round(((views[0]!.report.total + views[1]!.report.total) / 2) * 100) / 100;
  expect(summaryText).toContain(squash(`甲区城管局2${average}`));
  await page.keyboard.press('Escape');

  const xlsx = await saved(page, () => page.getByTestId('export-summary-xlsx').click());
  expect(xlsx.name).toBe('行政执法案卷评查结果汇总表.xlsx');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(xlsx.bytes as never);
  const sheet = book.getWorksheet('逐卷结果')!;
  const totals = [2, 3, 4].map((r) => sheet.getRow(r).getCell(8).value);
  expect(totals.sort()).toEqual(views.map((v) => v.report.total).sort());

  // Batch export of every dossier's 评查意见书, then the ZIP.
  await page.getByTestId('batch-export').click();
  await expect(page.getByTestId('batch-result')).toContainText('已导出 3 份评查意见书，失败 0 份');
  const zip = await saved(page, () => page.getByTestId('batch-download').click());
  expect(zip.name).toBe('评查意见书_3件.zip');
  expect(zip.bytes.subarray(0, 2).toString()).toBe('PK');
});
