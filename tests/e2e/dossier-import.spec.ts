import { expect, test } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCjkPdf } from '../helpers/build-cjk-pdf';
import { buildTiff } from '../helpers/build-tiff';
import { buildCfb } from '../unit/documents/fixtures/build-cfb';
import { buildDocx } from '../unit/documents/fixtures/build-zip';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
let folder: string;
let root: string;

test.beforeAll(async () => {
  app = await startBrowserMode();
  root = mkdtempSync(join(tmpdir(), 'pingcha-dossier-'));
  folder = join(root, '张某某占道经营案');
  mkdirSync(folder);
  writeFileSync(join(folder, '1-立案审批表.pdf'), await buildCjkPdf(['立案审批表\n案由：占道经营']));
  writeFileSync(
    join(folder, '2-询问笔录.pdf'),
    await buildCjkPdf(['询问笔录\n询问时间：2024年9月1日', '当事人表示放弃听证权利', '以上笔录属实']),
  );
  writeFileSync(
    join(folder, '3-处罚决定书.docx'),
    // A hostile link (the fixture's rIdLink points at javascript:) must arrive defused.
    await buildDocx(
      [{ text: '行政处罚决定书' }, { text: '决定对当事人罚款人民币贰仟元整。' }],
      [],
      '<w:p><w:hyperlink r:id="rIdLink"><w:r><w:t>点击查看</w:t></w:r></w:hyperlink></w:p>',
    ),
  );
  writeFileSync(join(folder, '旧版文书.doc'), buildCfb(['WordDocument', '1Table']));
  writeFileSync(
    join(folder, '4-现场照片.tif'),
    buildTiff([
      { width: 40, height: 30 },
      { width: 20, height: 50 },
    ]),
  );
});
test.afterAll(async () => {
  await app.stop();
  rmSync(root, { recursive: true, force: true });
});

test('import a dossier folder, read the PDF and DOCX, search a 2-character word and land on its page', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.getByTestId('pick-folder').setInputFiles(folder);

  const summary = page.getByTestId('import-summary');
  await expect(summary).toContainText('导入 4 个', { timeout: 30_000 });
  await expect(summary).toContainText('失败 1 个');
  await expect(page.locator('.ant-modal')).toContainText('旧版文书.doc');
  await page.locator('.ant-modal-footer').getByRole('button').click();

  await page.getByRole('link', { name: '张某某占道经营案' }).click();
  const catalog = page.getByTestId('catalog');
  await expect(catalog).toContainText('立案审批表');
  await expect(catalog).toContainText('询问（调查）笔录');
  await expect(catalog).toContainText('第 2–4 页');

  // The first document opens in the PDF viewer with a rendered page.
  await expect(page.getByTestId('page-count')).toHaveText('/ 1');
  await expect(page.locator('.pdfViewer .page canvas').first()).toBeVisible();
  // Page landmarks are labelled in Chinese for screen readers (page-landmark-l10n.ts).
  await expect(page.locator('.pdfViewer .page[data-page-number="1"]')).toHaveAttribute(
    'aria-label',
    '第 1 页',
  );

  // Search inside the case and open the hit: page 2 of the 询问笔录, word highlighted.
  await page.getByRole('searchbox', { name: '在本案文件中检索' }).fill('听证');
  await page.getByRole('searchbox', { name: '在本案文件中检索' }).press('Enter');
  const hits = page.getByTestId('case-hits');
  await expect(hits).toContainText('共 1 处');
  await hits.getByText('第 2 页').click();
  await expect(page.getByTestId('page-count')).toHaveText('/ 3');
  await expect(page.getByRole('spinbutton', { name: '页码' })).toHaveValue('2');
  await expect(page.locator('.textLayer .highlight').first()).toBeVisible();
  await expect(page.getByTestId('find-count')).toHaveText('1 / 1');

  // The DOCX shows as sanitized HTML.
  await page.getByRole('searchbox', { name: '在本案文件中检索' }).fill('');
  await page.getByRole('searchbox', { name: '在本案文件中检索' }).press('Enter');
  await catalog.getByText('3-处罚决定书.docx').click();
  const docx = page.getByTestId('docx-content');
  await expect(docx).toContainText('罚款人民币贰仟元整');
  await expect(docx.getByText('点击查看')).toBeVisible();
  await expect(docx.locator('[href^="javascript" i], script, [onclick]')).toHaveCount(0);
  // A two-page TIFF scan is decoded in the viewer, page by page.
  await catalog.getByText('4-现场照片.tif').click();
  const scan = page.getByTestId('viewer').locator('img');
  await expect(page.getByTestId('tiff-page')).toHaveText('1 / 2');
  await expect.poll(() => scan.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(40);
  await page.getByRole('button', { name: '下一页' }).click();
  await expect(page.getByTestId('tiff-page')).toHaveText('2 / 2');
  await expect.poll(() => scan.evaluate((img: HTMLImageElement) => img.naturalHeight)).toBe(50);
  await catalog.getByText('3-处罚决定书.docx').click();

  // The open document is mirrored into the address, so a reload lands on it again.
  await expect(page).toHaveURL(/[?&]doc=\w+/);
  await page.reload();
  await expect(page.getByTestId('docx-content')).toContainText('罚款人民币贰仟元整');

  // Global full-text search from the case list opens the document at the hit.
  await page.getByRole('button', { name: /返回案卷列表/ }).click();
  await page.getByRole('tab', { name: '全文检索' }).click();
  await page.getByRole('searchbox', { name: /在所有案卷文件中检索/ }).fill('罚款');
  await page.getByRole('searchbox', { name: /在所有案卷文件中检索/ }).press('Enter');
  const globalHits = page.getByTestId('global-hits');
  await expect(globalHits).toContainText('共 1 处');
  await globalHits.getByText('张某某占道经营案').click();
  await expect(page.getByTestId('docx-content')).toContainText('罚款人民币贰仟元整');
  // …with the word highlighted (CSS Custom Highlight API: painted, the DOM is untouched).
  await expect
    .poll(() => page.evaluate(() => [...(CSS.highlights.get('pingcha-search-hit') ?? [])].map(String)))
    .toEqual(['罚款']);
});
