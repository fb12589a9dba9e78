import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { expect, test, type Locator, type Page } from '@playwright/test';
import type { ArgsOf, MethodName, ResultOf } from '../../preload/contract';
import { buildCjkPdf } from '../helpers/build-cjk-pdf';
import { buildDocx } from '../unit/documents/fixtures/build-zip';
import { callApi, importFiles } from './api-call';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => {
  app = await startBrowserMode();
});
test.afterAll(async () => {
  await app.stop();
});

const call = <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> =>
  callApi(app, method, args);

/** A 行政处罚 case with a 2-page PDF (page 2 scanned: no text layer) and a DOCX. */
async function annotatedCase(): Promise<string> {
  await call('reviewer.set', { identity: { name: '王评查', unit: '市司法局', role: '评查员' } });
  const { record } = await call('cases.create', {
    record: { name: '张某某占道经营案（批注）', actType: '行政处罚', procedure: '普通' },
  });
  await importFiles(app, record.id, {
    '1-处罚决定书.pdf': await buildCjkPdf(['行政处罚决定书\n决定对当事人罚款人民币贰仟元整。', '']),
    '2-询问笔录.docx': await buildDocx([{ text: '询问笔录' }, { text: '当事人称其未取得占道经营许可。' }]),
  });
  return record.id;
}

/** Drags the mouse across an element's text, as a person selects it. */
async function selectText(page: Page, target: Locator) {
  const box = (await target.boundingBox())!;
  await page.mouse.move(box.x + 1, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
  await page.mouse.move(box.x + box.width - 1, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
}

async function saveAnnotation(page: Page, body: string, linkToCurrentItem: boolean) {
  const editor = page.getByTestId('annotation-editor');
  await expect(editor).toBeVisible();
  await page.getByTestId('annotation-body').fill(body);
  const link = page.getByTestId('annotation-link-item');
  if (!linkToCurrentItem) await link.click();
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(editor).toBeHidden();
}

test('annotate a PDF, a scanned page and a DOCX; evidence-required submit; annotated PDF export', async ({
  page,
}) => {
  const caseId = await annotatedCase();
  await call('annotations.saveSettings', { evidenceRequired: true });
  const versions = await call('standards.list', {});
  const penalty = versions.find((s) => s.code === 'PC-XZCF-YB')!;
  const { review, standard } = await call('reviews.openOrCreate', { caseId, standardVersionId: penalty.id });
  const items = standard.sections.flatMap((s) => s.items);
  for (const item of items)
    await call('reviews.setItem', { id: review.id, itemCode: item.code, finding: { status: 'ok' } });
  const [d1, d2] = items.filter((i) => i.options.length > 0);
  for (const d of [d1!, d2!]) {
    await call('reviews.setItem', {
      id: review.id,
      itemCode: d.code,
      finding: { status: 'deduct', optionIds: [d.options[0]!.id] },
    });
  }

  await page.goto(app.url);
  await page.goto(`${app.origin}/#/cases/${caseId}?tab=review`);
  await expect(page.getByTestId('review-workspace')).toBeVisible();
  await page.getByTestId(`item-${d1!.code}`).click();

  // 1. Highlight text in the PDF, linked to the current deduction.
  const span = page.locator('.page[data-page-number="1"] .textLayer span', { hasText: '罚款' }).first();
  await expect(span).toBeVisible({ timeout: 15_000 });
  await selectText(page, span);
  await page.getByTestId('annotate-highlight').click();
  await saveAnnotation(page, '罚款金额未说明裁量理由', true);
  await expect(page.getByTestId('annotation-count')).toHaveText('本文件 1 条批注');
  await expect(
    page.locator('.page[data-page-number="1"] .pingcha-annot[data-kind="highlight"]'),
  ).toBeVisible();

  // 2. An area on the scanned page 2, also evidence for d1. The toolbar marks it 本页无文本层.
  await expect(page.getByTestId('page-textless')).toHaveCount(0);
  const page2 = page.locator('.page[data-page-number="2"]');
  await page2.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await expect(page.getByTestId('page-textless')).toHaveText('本页无文本层');
  await page.getByTestId('annotation-area-mode').click();
  const p2 = (await page2.boundingBox())!;
  await page.mouse.move(p2.x + 60, p2.y + 40);
  await page.mouse.down();
  await page.mouse.move(p2.x + 160, p2.y + 100, { steps: 5 });
  await page.mouse.move(p2.x + 220, p2.y + 140, { steps: 5 });
  await page.mouse.up();
  await saveAnnotation(page, '扫描页缺少当事人签名', true);
  await expect(page.getByTestId('annotation-count')).toHaveText('本文件 2 条批注');
  await expect(page2.locator('.pingcha-annot[data-kind="area"]')).toBeVisible();

  // 3. A comment on DOCX text, not linked yet.
  await page.getByRole('combobox', { name: '案卷材料' }).click();
  await page.locator('.ant-select-item-option', { hasText: '2.' }).click();
  const paragraph = page.getByTestId('docx-content').locator('p', { hasText: '占道经营许可' });
  await expect(paragraph).toBeVisible();
  await selectText(page, paragraph);
  await page.getByTestId('annotate-comment').click();
  await saveAnnotation(page, '许可情况需核实', false);
  await expect(page.getByTestId('docx-content').locator('.pingcha-annot[data-kind="comment"]')).toBeVisible();
  await expect(page.getByTestId('item-detail').getByTestId('evidence-tag')).toHaveCount(2);
  const htmlDownload = page.waitForEvent('download');
  await page.getByTestId('annotation-export-html').click();
  const html = readFileSync(await (await htmlDownload).path(), 'utf8');
  expect(html).toMatch(/<mark[^>]*>[^<]*占道经营许可/);
  expect(html).toContain('许可情况需核实');

  // 4. Submit: refused, d2 has no evidence.
  await page.getByTestId('submit-review').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect(page.getByText(/扣分须附证据/)).toBeVisible();
  await expect(page.getByText(new RegExp(`${d2!.code.replace('.', '\\.')} `))).toBeVisible();
  expect((await call('reviews.get', { id: review.id })).review.status).toBe('draft');

  // 5. 添加证据 on d2: link the DOCX comment, then submit succeeds.
  await page.getByTestId(`item-${d2!.code}`).click();
  await page.getByTestId('item-detail').getByTestId('add-evidence').click();
  await page.getByTestId('evidence-picker').getByText('询问笔录').click();
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(page.getByTestId('item-detail').getByTestId('evidence-tag')).toHaveCount(1);
  await page.getByTestId('submit-review').click();
  await page.locator('.ant-modal-confirm .ant-btn-primary').click();
  await expect(page.getByTestId('review-status')).toHaveText('已提交（已锁定）');

  // 6. Export the annotated PDF and parse it.
  await page.getByRole('combobox', { name: '案卷材料' }).click();
  await page.locator('.ant-select-item-option', { hasText: '1.' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('annotation-export-pdf').click();
  const file = await (await downloading).path();
  const pdf = await PDFDocument.load(readFileSync(file));
  const stored = await call('annotations.list', { caseId });
  const annots = (i: number) =>
    (pdf.getPage(i).node.Annots()?.asArray() ?? [])
      .map((ref) => pdf.context.lookup(ref, PDFDict))
      .filter((d) => d.get(PDFName.of('Subtype'))?.toString() !== '/Popup');
  const nums = (d: PDFDict, key: string) =>
    d
      .lookup(PDFName.of(key), PDFArray)
      .asArray()
      .map((n) => (n as PDFNumber).asNumber());

  const [hl] = annots(0);
  expect(hl!.get(PDFName.of('Subtype'))!.toString()).toBe('/Highlight');
  expect(hl!.lookup(PDFName.of('T'), PDFHexString).decodeText()).toBe('王评查');
  const hlAnchor = stored.find((a) => a.kind === 'highlight')!.anchor;
  if (hlAnchor.type !== 'pdf-text') throw new Error('highlight anchor');
  expect(nums(hl!, 'QuadPoints')).toHaveLength(8 * hlAnchor.rects.length);
  const r0 = hlAnchor.rects[0]!;
  expect(nums(hl!, 'QuadPoints').slice(0, 2)).toEqual([r0.x, r0.y + r0.h]);
  // The highlight sits on the text line (drawn at y = 780 − 24 with 14 pt type).
  expect(r0.y).toBeGreaterThan(740);
  expect(r0.y).toBeLessThan(770);

  const [sq] = annots(1);
  expect(sq!.get(PDFName.of('Subtype'))!.toString()).toBe('/Square');
  const area = stored.find((a) => a.kind === 'area')!.anchor;
  if (area.type !== 'area') throw new Error('area anchor');
  expect(area.pageIndex).toBe(1);
  expect(nums(sq!, 'Rect')).toEqual([
    area.rect.x,
    area.rect.y,
    area.rect.x + area.rect.w,
    area.rect.y + area.rect.h,
  ]);
  expect(sq!.lookup(PDFName.of('Contents'), PDFHexString).decodeText()).toBe('扫描页缺少当事人签名');
});

test('the 批注 tab filters, jumps to the place and flashes it, edits, and undoes a delete', async ({
  page,
}) => {
  const caseId = await annotatedCase();
  const docs = await call('documents.list', { caseId });
  const pdf = docs.find((d) => d.viewer === 'pdf')!;
  const docx = docs.find((d) => d.viewer === 'docx')!;
  const area = await call('annotations.create', {
    caseId,
    documentId: pdf.id,
    kind: 'area',
    anchor: { type: 'area', pageIndex: 1, rect: { x: 100, y: 300, w: 200, h: 120 } },
    category: '证据',
    body: '第二页缺少签名',
  });
  await call('annotations.create', {
    caseId,
    documentId: docx.id,
    kind: 'highlight',
    anchor: { type: 'docx-text', quote: { exact: '占道经营许可' }, start: 0, end: 6 },
    category: '问题',
    body: '许可情况',
  });

  await page.goto(app.url);
  await page.goto(`${app.origin}/#/cases/${caseId}?tab=annotations`);
  const table = page.getByTestId('annotation-table');
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(2);

  // The DOCX highlight is found by its quote even though its stored offsets are stale.
  await table.locator('tbody tr.ant-table-row', { hasText: '许可情况' }).click();
  await expect(page.getByTestId('docx-content').locator('.pingcha-annot.flash')).toBeVisible({
    timeout: 15_000,
  });

  // Filter by category.
  await page.getByRole('combobox', { name: '类别' }).click();
  await page.locator('.ant-select-item-option', { hasText: '证据' }).click();
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);

  // Click → the PDF opens beside the list, page 2 scrolls into view and the area flashes.
  await table.locator('tbody tr.ant-table-row').first().click();
  const box = page.locator(`.page[data-page-number="2"] .pingcha-annot[data-annotation-id="${area.id}"]`);
  await expect(box).toBeVisible({ timeout: 15_000 });
  await expect(box).toHaveClass(/flash/);
  await expect(box).toBeInViewport();

  // Edit the comment.
  await table
    .locator('tbody tr.ant-table-row')
    .first()
    .getByRole('button', { name: /编\s*辑/ })
    .click();
  await page.getByTestId('annotation-edit').locator('textarea').fill('第二页缺少当事人签名（已核实）');
  await page.getByRole('button', { name: /^保\s*存$/ }).click();
  await expect(table).toContainText('已核实');
  expect((await call('annotations.list', { caseId, category: '证据' }))[0]!.body).toBe(
    '第二页缺少当事人签名（已核实）',
  );

  // Delete, then undo.
  await table
    .locator('tbody tr')
    .first()
    .getByRole('button', { name: /删\s*除/ })
    .click();
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(0);
  await page.getByTestId('annotation-undo').click();
  await expect(table.locator('tbody tr.ant-table-row')).toHaveCount(1);
});
