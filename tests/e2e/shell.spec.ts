import { expect, test } from '@playwright/test';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => {
  app = await startBrowserMode();
});
test.afterAll(async () => {
  await app.stop();
});

test('the Chinese shell renders and the About page shows app.info from the real services', async ({
  page,
}) => {
  await page.goto(app.url);
  // The token is swapped for a cookie and removed from the address bar.
  await expect(page).not.toHaveURL(/token=/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  const nav = page.getByRole('navigation');
  for (const label of ['案卷', '评查标准', '评查活动', '报表', '设置']) {
    await expect(nav.getByText(label, { exact: true })).toBeVisible();
  }
  await expect(page.getByText(/这里将列出导入的执法案卷/)).toBeVisible();

  await nav.getByText('设置', { exact: true }).click();
  const about = page.getByTestId('about');
  await expect(about).toBeVisible();
  await expect(page.getByTestId('data-dir')).toHaveText(app.dataDir);
  await expect(about).toContainText('浏览器模式');
  await expect(about).toContainText('正常');
  await expect(about).toContainText('3.52');
  await page.screenshot({ path: 'test-results/shell-settings.png' });
});

test('keyboard: Alt+number switches pages', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByText(/这里将列出导入的执法案卷/)).toBeVisible();
  await page.keyboard.press('Alt+5');
  await expect(page.getByTestId('about')).toBeVisible();
  await page.keyboard.press('Alt+3');
  await expect(page.getByText('还没有评查活动')).toBeVisible();
});

test('the bundled Chinese webfont is used, not a system font', async ({ page }) => {
  await page.goto(app.url);
  await expect(page.getByText(/这里将列出导入的执法案卷/)).toBeVisible();
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.fonts.check('16px "Noto Sans SC"', '案卷评查');
  });
  expect(loaded).toBe(true);
});

test('language can be switched to English and back', async ({ page }) => {
  await page.goto(`${app.url}#/settings`);
  await page.getByRole('combobox', { name: '界面语言' }).click();
  await page.getByText('English', { exact: true }).click();
  await expect(page.getByRole('navigation').getByText('Dossiers')).toBeVisible();
  await page.getByRole('combobox', { name: 'Language' }).click();
  await page.getByText('简体中文', { exact: true }).click();
  await expect(page.getByRole('navigation').getByText('案卷')).toBeVisible();
});

test('without the token the page and the API answer 401 and return no data', async ({ request }) => {
  const page = await request.get(`${app.origin}/`);
  expect(page.status()).toBe(401);
  const api = await request.post(`${app.origin}/api/app.info`, { data: {} });
  expect(api.status()).toBe(401);
  expect(await api.text()).not.toContain(app.dataDir);
});
