import { expect, test } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDossier } from '../unit/case-checks/dossier-fixture';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
let root: string;
let folder: string;

test.beforeAll(async () => {
  app = await startBrowserMode();
  root = mkdtempSync(join(tmpdir(), 'pingcha-checks-'));
  folder = await writeDossier(root, '某某餐饮公司超范围经营案');
});
test.afterAll(async () => {
  await app.stop();
  rmSync(root, { recursive: true, force: true });
});

test('extract facts from a dossier, confirm them, see the late publication in red and the three-system panel', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto(app.url);
  await page.getByTestId('pick-folder').setInputFiles(folder);
  await expect(page.getByTestId('import-summary')).toContainText('导入 8 个', { timeout: 60_000 });
  await page.locator('.ant-modal-footer').getByRole('button').click();
  await page.getByRole('link', { name: '某某餐饮公司超范围经营案' }).click();
  await page.getByRole('tab', { name: '三项制度预检' }).click();

  // Before any facts: every rule is 无法判定 and the timeline says why.
  const panel = page.getByTestId('three-system-panel');
  await expect(panel.getByTestId('finding-GS-3')).toContainText('无法判定');
  await expect(page.getByTestId('timeline')).toContainText('尚未录入案件事实');

  // Extract, correct nothing, confirm every proposal.
  await page.getByTestId('extract').click();
  const proposals = page.getByTestId('proposals').getByTestId('proposal');
  await expect(proposals.first()).toBeVisible();
  const decisionRow = proposals.filter({ hasText: '决定（6-行政处罚决定书.pdf）' });
  await expect(decisionRow).toContainText('「2024年9月27日」');
  let remaining = await proposals.count();
  expect(remaining).toBeGreaterThanOrEqual(10);
  while (remaining > 0) {
    await proposals
      .first()
      .getByRole('button', { name: /确\s?认/ })
      .click();
    await expect(proposals).toHaveCount(remaining - 1);
    remaining -= 1;
  }
  await expect(page.getByTestId('proposal-error')).toHaveCount(0);

  // The timeline: the publication on 2024-10-14 misses the 7-working-day deadline (2024-10-12, a make-up Saturday).
  const timeline = page.getByTestId('timeline');
  const violation = timeline.getByTestId('timeline-violation');
  await expect(violation).toHaveCount(1);
  await expect(violation).toContainText('2024-10-14');
  await expect(violation).toContainText('GS-3');
  await expect(violation).toHaveCSS('color', 'rgb(207, 19, 34)');
  const late = timeline.getByTestId('deadline-violated');
  await expect(late).toContainText('决定公示期限');
  await expect(late).toContainText('末日 2024-10-12');
  await expect(timeline).toContainText('决定书送达期限');

  // The three-system panel: 公示 / 全过程记录 / 法制审核 columns with results and computations.
  await expect(panel.getByTestId('system-公示')).toBeVisible();
  await expect(panel.getByTestId('system-全过程记录')).toBeVisible();
  await expect(panel.getByTestId('system-法制审核')).toBeVisible();
  const gs3 = panel.getByTestId('finding-GS-3');
  await expect(gs3.getByTestId('rule-result')).toHaveText('不符合');
  await expect(gs3).toContainText('2024-10-12（星期六，国庆节调休上班）');
  await expect(gs3).toContainText('118');
  await expect(panel.getByTestId('finding-QX-SERVE').getByTestId('rule-result')).toHaveText('符合');

  await page.screenshot({ path: 'test-results/checks-tab.png', fullPage: true });

  // Click through to the evidence: the 公示记录 opens at its page with the quote.
  await violation.getByRole('button', { name: '「2024年10月14日」' }).click();
  await expect(page).toHaveURL(/tab=documents/);
  await expect(page).toHaveURL(/page=1/);
  await expect(page).toHaveURL(new RegExp(`q=${encodeURIComponent('2024年10月14日')}`));
  await expect(
    page.getByTestId('catalog').locator('.ant-list-item').filter({ hasText: '8-公示记录.pdf' }),
  ).toBeVisible();

  // Correct the publication date in the key-facts form: published on the make-up Saturday is in time.
  await page.getByRole('tab', { name: '三项制度预检' }).click();
  const form = page.getByTestId('key-facts-form');
  await form.getByLabel('公示日期').fill('2024-10-12');
  await form.getByTestId('save-key-facts').click();
  await expect(panel.getByTestId('finding-GS-3').getByTestId('rule-result')).toHaveText('符合');
  await expect(page.getByTestId('timeline').getByTestId('timeline-violation')).toHaveCount(0);
  await form.getByLabel('公示日期').fill('2024-10-32');
  await form.getByTestId('save-key-facts').click();
  await expect(form.getByTestId('issues')).toContainText('events.publication.date');
});

test('settings: rule parameters with defaults and legal basis; invalid values are refused field by field', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/settings?section=checkParams`);
  const editor = page.getByTestId('params-editor');
  if (!(await editor.isVisible().catch(() => false))) {
    await page.getByRole('tab', { name: '规则参数' }).click();
  }
  await expect(page.getByRole('row').filter({ hasText: '行政处罚、行政许可决定公示期限' })).toContainText(
    '118',
  );
  await editor.getByRole('textbox').fill('publication:\n  penaltyLicensingWorkingDays: -1\n');
  await editor.getByRole('button', { name: /保\s?存/ }).click();
  await expect(editor.getByTestId('issues')).toContainText('publication.penaltyLicensingWorkingDays');
  await editor.getByRole('textbox').fill('publication:\n  penaltyLicensingWorkingDays: 10\n');
  await editor.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByRole('row').filter({ hasText: '行政处罚、行政许可决定公示期限' })).toContainText(
    '10',
  );
  await expect(editor).toContainText('v1');
  await page.getByRole('tab', { name: '工作日历' }).click();
  await expect(page.getByTestId('calendar-editor')).toBeVisible();
  await expect(page.getByText(/内置日历年份：2004–/)).toBeVisible();
});
