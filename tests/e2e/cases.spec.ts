import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => {
  app = await startBrowserMode();
});
test.afterAll(async () => {
  await app.stop();
});

test('create a dossier, find it in the list with the ID masked, open it, delete and undo', async ({
  page,
}) => {
  await page.goto(app.url);
  await expect(page.getByRole('tab', { name: '案卷列表' })).toBeVisible();
  await page.getByRole('button', { name: '新建案卷' }).click();
  const drawer = page.locator('.ant-drawer');
  await drawer.getByLabel('案件名称').fill('张某某占道经营案');
  await drawer.getByLabel('文号').fill('随城管罚〔2024〕12号');
  await drawer.getByLabel('执法机关').fill('随州市城市管理执法局');
  await drawer.getByLabel('当事人', { exact: true }).fill('张某某');
  await drawer.getByLabel('身份证号/统一社会信用代码').fill('420102198001011234');
  await page.getByRole('button', { name: /保\s?存/ }).click();

  // Saving opens the case page.
  await expect(page.getByTestId('case-title')).toHaveText('张某某占道经营案');
  await page.getByRole('tab', { name: '案卷信息' }).click();
  await expect(page.getByText('420102198001011234')).toBeVisible();

  await page.getByRole('button', { name: /返回案卷列表/ }).click();
  const row = page.getByRole('row', { name: /张某某占道经营案/ });
  await expect(row).toContainText('随城管罚〔2024〕12号');
  await expect(row).toContainText('420102********1234');
  await expect(page.getByText('共 1 卷')).toBeVisible();

  // antd puts a space between two CJK characters on some buttons: match both forms.
  await row.getByRole('button', { name: /删\s?除/ }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /删\s?除/ })
    .click();
  await expect(page.getByRole('row', { name: /张某某占道经营案/ })).toHaveCount(0);
  await page.getByRole('button', { name: /撤\s?销/ }).click();
  await expect(page.getByRole('row', { name: /张某某占道经营案/ })).toBeVisible();
});

test('filters narrow the list and the text search is literal', async ({ page, request }) => {
  const headers = { Authorization: `Bearer ${app.token}` };
  for (const [name, agency] of [
    ['甲公司无证经营案', '随州市市场监督管理局'],
    ['乙公司超标排放案', '随州市生态环境局'],
  ]) {
    const res = await request.post(`${app.origin}/api/cases.create`, {
      headers,
      data: { record: { name, agency } },
    });
    expect((await res.json()).ok).toBe(true);
  }
  await page.goto(app.url);
  await page.getByRole('searchbox', { name: /搜索案件名称/ }).fill('超标');
  await page.getByRole('searchbox', { name: /搜索案件名称/ }).press('Enter');
  await expect(page.getByRole('row', { name: /乙公司超标排放案/ })).toBeVisible();
  await expect(page.getByRole('row', { name: /甲公司无证经营案/ })).toHaveCount(0);
});

test('a drop on the case list: loose files are sent to a dossier page, with a reason', async ({ page }) => {
  await page.goto(app.url);
  // Browsers cannot synthesise a dropped folder; the folder and manifest cases are unit-tested (drop-mode.ts).
  const dataTransfer = await page.evaluateHandle(() => {
    const data = new DataTransfer();
    data.items.add(new File(['%PDF-1.4'], '决定书.pdf', { type: 'application/pdf' }));
    return data;
  });
  await page.getByTestId('case-list-drop').dispatchEvent('drop', { dataTransfer });
  await expect(page.getByText(/单个文件属于某个案卷/)).toBeVisible();
  await expect(page.locator('.ant-modal')).toHaveCount(0); // nothing was imported
});
