import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { buildCjkPdf } from '../helpers/build-cjk-pdf';
import { callApi, waitForTask } from './api-call';
import { press, submitWithKeys } from './review-keys';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

/** Two workstations: the leader's and reviewer A's, each with its own data directory. */
let leader: BrowserModeApp;
let reviewer: BrowserModeApp;
let downloads: string;
test.beforeAll(async () => {
  [leader, reviewer] = await Promise.all([startBrowserMode(), startBrowserMode()]);
  downloads = mkdtempSync(join(tmpdir(), 'pingcha-exchange-e2e-'));
});
test.afterAll(async () => {
  await Promise.all([leader.stop(), reviewer.stop()]);
  rmSync(downloads, { recursive: true, force: true });
});

const call = callApi;

const LEADER = { name: '赵组长', unit: '市司法局', role: '组长' };
const A = { name: '钱评查', unit: '市市场监管局', role: '评查员' };

/** The leader's library and campaign: two dossiers of the leader's unit (one with a PDF), sampled and assigned. */
async function leaderCampaign(): Promise<{ campaignId: string; names: string[] }> {
  await call(leader, 'reviewer.set', { identity: LEADER });
  const names = ['甲公司未公示处罚案', '乙公司超范围经营案'];
  const ids: string[] = [];
  for (const name of names) {
    const { record } = await call(leader, 'cases.create', {
      record: {
        name,
        agency: LEADER.unit,
        actType: '行政处罚',
        procedure: '普通',
        dates: { closed: '2024-06-30' },
      },
    });
    ids.push(record.id);
  }
  const { batchId } = await call(leader, 'imports.newBatch', {});
  const pdf = await buildCjkPdf(['行政处罚决定书\n决定对当事人罚款人民币贰仟元整。']);
  const up = await fetch(
    `${leader.origin}/upload?batch=${batchId}&path=${encodeURIComponent('决定书.pdf')}`,
    {
      method: 'POST',
      headers: { Authorization: `Bearer ${leader.token}`, 'Content-Type': 'application/octet-stream' },
      body: new Uint8Array(pdf),
    },
  );
  expect(up.status).toBe(200);
  const task = await call(leader, 'imports.start', { batchId, mode: 'files', caseId: ids[0]! });
  expect((await waitForTask(leader, task)).status).toBe('done');
  const penalty = (await call(leader, 'standards.list', {})).find((s) => s.code === 'PC-XZCF-YB')!;
  const campaign = await call(leader, 'campaigns.create', {
    settings: { name: '2024年度交换评查', year: 2024, standards: { '*': penalty.id }, reviewersPerCase: 1 },
    members: [
      { ...LEADER, role: 'leader' },
      { name: A.name, unit: A.unit },
    ],
  });
  await call(leader, 'campaigns.confirmSample', {
    campaignId: campaign.id,
    params: { size: 2, seed: 'EXCHANGE-1' },
  });
  // 回避: both dossiers are of the leader's unit, so both go to A.
  expect((await call(leader, 'campaigns.autoAssign', { campaignId: campaign.id })).created).toBe(2);
  return { campaignId: campaign.id, names };
}

/** From the reviewer's queue: open the dossier, score every item 符合 with the keyboard, submit. */
async function scoreFromQueue(page: Page, campaignUrl: string, caseName: string) {
  await page.goto(`${campaignUrl}?tab=queue`);
  await page
    .getByRole('row', { name: new RegExp(caseName) })
    .getByRole('button', { name: '打开评查' })
    .click();
  await expect(page.getByTestId('review-workspace')).toBeVisible();
  await page.getByTestId('item-0.1').click();
  await press(page, 'Enter', 85);
  await submitWithKeys(page);
}

/** Clicks the export button of a card, waits for the task, downloads the file. */
async function exportAndDownload(page: Page, button: string, file: string): Promise<string> {
  await page.getByRole('button', { name: button }).click();
  const link = page.getByTestId('bundle-download');
  await expect(link).toBeVisible({ timeout: 30_000 });
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const path = join(downloads, file);
  await download.saveAs(path);
  return path;
}

/** Chooses a bundle file in the visible import widget and waits for the verified preview. */
async function preview(page: Page, file: string) {
  await page.getByTestId('bundle-file').setInputFiles(file);
  await expect(page.getByTestId('bundle-preview-message')).toBeVisible({ timeout: 30_000 });
  return page.getByTestId('bundle-preview-message');
}

test('exchange: leader exports a bundle → reviewer imports, scores, exports results → leader imports twice, consolidates, locks, summary', async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const { campaignId, names } = await leaderCampaign();
  const leaderPage = await (await browser.newContext()).newPage();
  const reviewerPage = await (await browser.newContext()).newPage();

  // Leader: 交换 tab → export A's bundle.
  await leaderPage.goto(leader.url);
  await leaderPage.goto(`${leader.origin}/#/campaigns/${campaignId}?tab=exchange`);
  await leaderPage.getByRole('combobox', { name: '组员' }).click();
  // antd renders a hidden a11y listbox too: click the visible option.
  await leaderPage.locator('.ant-select-item-option', { hasText: A.name }).click();
  const bundle = await exportAndDownload(leaderPage, '导出评查包', 'campaign.zip');
  await expect(leaderPage.getByText(`评查包：${A.name} 的 2 个案卷、1 个文件`)).toBeVisible();
  expect(statSync(bundle).size).toBeGreaterThan(1000);

  // Reviewer workstation: 导入评查包 from the campaign list, preview, confirm.
  await reviewerPage.goto(reviewer.url);
  await reviewerPage.goto(`${reviewer.origin}/#/campaigns`);
  await reviewerPage.getByRole('button', { name: '导入评查包' }).click();
  const dialog = reviewerPage.getByRole('dialog');
  await expect(await preview(reviewerPage, bundle)).toContainText('将导入：');
  await expect(dialog.getByTestId('bundle-preview')).toContainText('2024年度交换评查');
  await expect(dialog.getByTestId('bundle-preview-message')).toContainText('案卷 2');
  await dialog.getByRole('button', { name: '确认导入' }).click();
  await expect(dialog.getByTestId('bundle-import-result')).toContainText('已导入：');
  await dialog.getByRole('button', { name: '打开评查活动' }).click();
  // Same ids on both workstations: the reviewer's campaign URL is the leader's.
  await expect(reviewerPage).toHaveURL(new RegExp(`#/campaigns/${campaignId}\\?tab=queue`));
  const reviewerCampaignUrl = `${reviewer.origin}/#/campaigns/${campaignId}`;
  expect((await call(reviewer, 'reviewer.get', {})).identity).toMatchObject({ name: A.name, unit: A.unit });

  for (const name of names) await scoreFromQueue(reviewerPage, reviewerCampaignUrl, name);
  await reviewerPage.goto(`${reviewerCampaignUrl}?tab=exchange`);
  const results = await exportAndDownload(reviewerPage, '导出结果包', 'results.zip');

  // Leader: import the results (preview, confirm), then the same file again: nothing new.
  await leaderPage.goto(`${leader.origin}/#/campaigns/${campaignId}?tab=exchange`);
  await expect(await preview(leaderPage, results)).toContainText('评查记录 2');
  await leaderPage.getByRole('button', { name: '确认导入' }).click();
  await expect(leaderPage.getByTestId('bundle-import-result')).toContainText('已导入：评查记录 2');
  await expect(await preview(leaderPage, results)).toContainText('没有新内容');
  await leaderPage.getByRole('button', { name: '确认导入' }).click();
  await expect(leaderPage.getByTestId('bundle-import-result')).toContainText('本次未作任何改动');
  const verify = await call(leader, 'audit.verify', {});
  expect(verify.ok).toBe(true);
  expect(verify.chains).toHaveLength(2);

  // The leader's own campaign bundle is the wrong kind here: refused with a clear message.
  await leaderPage.getByTestId('bundle-file').setInputFiles(bundle);
  await expect(leaderPage.getByRole('alert')).toContainText('此处需要结果包');

  // Consolidate and lock both dossiers.
  for (const name of names) {
    await leaderPage.goto(`${leader.origin}/#/campaigns/${campaignId}?tab=consolidation`);
    await leaderPage.getByRole('link', { name: new RegExp(name) }).click();
    const cmp = leaderPage.getByTestId('comparison');
    await cmp.getByRole('button', { name: '采纳一致项' }).click();
    // Lock only once the adoptions are recorded (otherwise the lock is refused as undecided).
    await expect(cmp.getByRole('row', { name: /^0\.1 / })).toContainText(`已采纳：${A.name}`);
    await cmp.getByRole('button', { name: '锁定结果' }).click();
    await expect(leaderPage.getByTestId('locked-result')).toContainText('已锁定');
  }
  const dashboard = await call(leader, 'campaigns.dashboard', { campaignId });
  expect(dashboard.totals).toMatchObject({ cases: 2, submitted: 2, locked: 2 });

  // The summary (汇总表) of the campaign's dossiers.
  const caseIds = (await call(leader, 'campaigns.cases', { campaignId })).map((c) => c.caseId);
  const summary = await call(leader, 'reports.summary', {
    scope: { caseIds },
    format: 'xlsx',
    text: { campaign: '2024年度交换评查' },
  });
  expect(summary.rows).toBe(2);
});
