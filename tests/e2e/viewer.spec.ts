import { expect, test, type Page } from '@playwright/test';
import { buildCjkPdf } from '../helpers/build-cjk-pdf';
import { buildTiff } from '../helpers/build-tiff';
import { callApi, importFiles } from './api-call';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
let caseId = '';

/** One second of silence, 8 kHz mono 16-bit PCM: a real WAV file. */
function silentWav(seconds: number): Uint8Array {
  const samples = 8000 * seconds;
  const wav = Buffer.alloc(44 + samples * 2);
  wav.write('RIFF', 0, 'latin1');
  wav.writeUInt32LE(36 + samples * 2, 4);
  wav.write('WAVEfmt ', 8, 'latin1');
  wav.writeUInt32LE(16, 16);
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(8000, 24);
  wav.writeUInt32LE(16000, 28);
  wav.writeUInt16LE(2, 32);
  wav.writeUInt16LE(16, 34);
  wav.write('data', 36, 'latin1');
  wav.writeUInt32LE(samples * 2, 40);
  return wav;
}

test.beforeAll(async () => {
  app = await startBrowserMode();
  ({
    record: { id: caseId },
  } = await callApi(app, 'cases.create', { record: { name: '查看器测试案' } }));
  await importFiles(app, caseId, {
    '1-询问笔录.pdf': await buildCjkPdf(['询问笔录\n第一页', '第二页\n当事人陈述', '第三页\n以上笔录属实']),
    '2-现场照片.tif': buildTiff([{ width: 300, height: 200 }]),
    '3-执法录音.wav': silentWav(2),
  });
});
test.afterAll(async () => app.stop());

const zoomPercent = async (page: Page) =>
  Number((await page.getByTestId('zoom').innerText()).replace('%', ''));

test('PDF viewer: page buttons, thumbnails, zoom and fit width', async ({ page }) => {
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/cases/${caseId}`);
  await expect(page.getByTestId('page-count')).toHaveText('/ 3');
  const pageNumber = page.getByRole('spinbutton', { name: '页码' });

  await page.getByRole('button', { name: '下一页' }).click();
  await expect(pageNumber).toHaveValue('2');
  await page.getByRole('button', { name: '上一页' }).click();
  await expect(pageNumber).toHaveValue('1');
  await expect(page.getByRole('button', { name: '上一页' })).toBeDisabled();

  await page.getByRole('button', { name: '缩略图' }).click();
  const thumbnails = page.getByRole('navigation', { name: '缩略图' });
  await expect(thumbnails.getByRole('button')).toHaveCount(3);
  await thumbnails.getByRole('button', { name: '第 3 页' }).click();
  await expect(pageNumber).toHaveValue('3');
  await expect(thumbnails.getByRole('button', { name: '第 3 页' })).toHaveAttribute('aria-current', 'page');

  await page.getByRole('button', { name: '缩略图' }).click(); // closed again: fit width uses the full pane
  await expect(thumbnails).toHaveCount(0);
  const fitted = await zoomPercent(page);
  await page.getByRole('button', { name: '放大' }).click();
  await expect.poll(() => zoomPercent(page)).toBeGreaterThan(fitted);
  await page.getByTestId('pdf-container').press('Control+-');
  await page.getByTestId('pdf-container').press('Control+-');
  await expect.poll(() => zoomPercent(page)).toBeLessThan(fitted);
  await page.getByRole('button', { name: '适合宽度' }).click();
  await expect.poll(() => zoomPercent(page)).toBe(fitted);
});

test('catalog: the reviewer corrects a type and reorders; images zoom and pan; recordings show their time', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/cases/${caseId}`);
  const catalog = page.getByTestId('catalog');
  const rows = catalog.locator('.ant-list-item');
  await expect(rows).toHaveCount(3);

  // Type correction: the photo was guessed as 证据材料 from its name; the reviewer files it with the
  // inspection record instead. A type set by hand is certain: the confidence tag goes.
  await expect(rows.nth(1)).toContainText('证据材料');
  await expect(rows.nth(1)).toContainText('80%');
  await rows.nth(1).getByRole('combobox', { name: '文书类型' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: '现场检查（勘察）笔录' })
    .click();
  await expect(rows.nth(1).locator('strong')).toHaveText('2. 现场检查（勘察）笔录');
  await expect(rows.nth(1)).not.toContainText('80%');
  // Reorder: the recording moves up above the photo, and the order is kept.
  await rows.nth(2).getByRole('button', { name: '上移' }).click();
  await expect(rows.nth(1)).toContainText('3-执法录音.wav');
  const order = (await callApi(app, 'documents.list', { caseId })).map((d) => d.fileName);
  expect(order).toEqual(['1-询问笔录.pdf', '3-执法录音.wav', '2-现场照片.tif']);

  // The recording shows its length.
  await rows.nth(1).getByText('3-执法录音.wav').click();
  await expect(page.getByTestId('media-time')).toHaveText('00:00 / 00:02');

  // The photo (a TIFF scan): zoom in and out, drag to pan, reset.
  await rows.nth(2).getByText('2-现场照片.tif').click();
  const viewer = page.getByTestId('viewer');
  await expect
    .poll(() => viewer.locator('img').evaluate((img: HTMLImageElement) => img.naturalWidth))
    .toBe(300);
  await viewer.getByRole('button', { name: '放大' }).click();
  await expect(viewer.getByTestId('zoom')).toHaveText('125%');
  await viewer.getByRole('button', { name: '缩小' }).click();
  await expect(viewer.getByTestId('zoom')).toHaveText('100%');
  const image = viewer.locator('img');
  const before = (await image.boundingBox())!;
  await page.mouse.move(before.x + 50, before.y + 50);
  await page.mouse.down();
  await page.mouse.move(before.x + 120, before.y + 90, { steps: 4 });
  await page.mouse.up();
  const after = (await image.boundingBox())!;
  expect([Math.round(after.x - before.x), Math.round(after.y - before.y)]).toEqual([70, 40]);
  await viewer.getByRole('button', { name: /复\s?原/ }).click();
  await expect.poll(async () => Math.round((await image.boundingBox())!.x)).toBe(Math.round(before.x));
});
