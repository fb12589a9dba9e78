import { expect, test, type Page } from '@playwright/test';
import type { ArgsOf, MethodName, ResultOf } from '../../preload/contract';
import { callApi } from './api-call';
import { press, submitWithKeys } from './review-keys';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => (app = await startBrowserMode()));
test.afterAll(async () => app.stop());

const call = <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> =>
  callApi(app, method, args);

const LEADER = { name: '赵组长', unit: '市司法局', role: '组长' };
const A = { name: '钱评查', unit: '市市场监管局', role: '评查员' };
const B = { name: '孙评查', unit: '市生态环境局', role: '评查员' };

/** 设置 → 评查人员: switch this workstation's reviewer, as a person would. */
async function switchReviewer(page: Page, who: typeof A) {
  await page.goto(`${app.origin}/#/settings?section=reviewer`);
  const form = page.getByTestId('reviewer-form');
  await form.getByRole('textbox', { name: '姓名' }).fill(who.name);
  await form.getByRole('textbox', { name: '单位' }).fill(who.unit);
  await form.getByRole('textbox', { name: '角色' }).fill(who.role);
  await form.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByText('已保存评查人员信息').first()).toBeVisible();
  await expect.poll(async () => (await call('reviewer.get', {})).identity?.name).toBe(who.name);
}

/** antd Select: open it by its label and click the visible option. */
async function pick(page: Page, combobox: string, option: string | RegExp) {
  await page.getByRole('combobox', { name: combobox }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: option })
    .first()
    .click();
}

/** From the reviewer's queue: open the dossier's review, score it with the keyboard, submit. */
async function scoreFromQueue(page: Page, campaignUrl: string, caseName: string, deduct11: boolean) {
  await page.goto(`${campaignUrl}?tab=queue`);
  const row = page.getByRole('row', { name: new RegExp(caseName) });
  await row.getByRole('button', { name: '打开评查' }).click();
  await expect(page.getByTestId('review-workspace')).toBeVisible();
  await page.getByTestId('item-0.1').click();
  await press(page, 'Enter', 15); // no veto
  await expect(page.locator('[aria-current="true"]')).toHaveAttribute('data-testid', 'item-1.1');
  if (deduct11) {
    await press(page, '1');
    await expect(page.getByTestId('item-1.1')).toHaveAttribute('data-status', 'deduct');
    await press(page, 'j');
  }
  await press(page, 'Enter', 70);
  await submitWithKeys(page);
}

test('campaign: create → sample → assign (回避) → blind scoring by two reviewers → consolidate → lock → summary', async ({
  page,
}) => {
  test.setTimeout(180_000);
  for (const name of ['甲公司未公示处罚案', '乙公司超范围经营案', '丙公司无证经营案'])
    await call('cases.create', {
      record: {
        name,
        agency: LEADER.unit,
        actType: '行政处罚',
        procedure: '普通',
        dates: { closed: '2024-06-30' },
      },
    });

  await page.goto(app.url);
  await switchReviewer(page, LEADER);

  // Create the campaign.
  await page.goto(`${app.origin}/#/campaigns`);
  await page.getByRole('button', { name: '新建评查活动' }).click();
  await page.getByRole('textbox', { name: '活动名称' }).fill('2024年度行政处罚案卷评查');
  await pick(page, '评查标准（各行为类型通用）', /行政处罚案卷评查标准/);
  await page.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page).toHaveURL(/#\/campaigns\/[0-9A-Z]+\?tab=members/);
  const campaignUrl = page.url().split('?')[0]!;
  const campaignId = campaignUrl.split('/').pop()!;

  // Panel: the leader first (then only the leader may change the campaign), two members.
  for (const m of [
    { ...LEADER, role: '组长' },
    { ...A, role: '组员' },
    { ...B, role: '组员' },
  ]) {
    await page.getByRole('textbox', { name: '姓名' }).fill(m.name);
    await page.getByRole('textbox', { name: '单位（用于回避）' }).fill(m.unit);
    if (m.role === '组长') {
      await pick(page, '角色', '组长');
    }
    await page.getByRole('button', { name: '添加成员' }).click();
    await expect(page.getByRole('row', { name: new RegExp(m.name) })).toBeVisible();
  }

  // Sampling: preview the distribution with a seed, confirm.
  await page.getByRole('tab', { name: '抽取案卷' }).click();
  await page.getByRole('spinbutton', { name: '抽取数量' }).fill('2');
  await page.getByRole('textbox', { name: /随机种子/ }).fill('2024-E2E');
  await page.getByRole('button', { name: '预览抽取结果' }).click();
  const preview = page.getByTestId('sample-preview');
  await expect(preview).toContainText('范围内 3 卷，抽取 2 卷；种子 2024-E2E');
  await expect(preview.getByRole('row', { name: /市司法局\s*2\s*100%/ })).toBeVisible();
  await page.getByRole('button', { name: '确认抽取' }).click();
  await expect(page.getByText('已加入 2 个案卷')).toBeVisible();
  const drawn = (await call('campaigns.cases', { campaignId })).map((c) => c.name);
  expect(drawn).toHaveLength(2);
  // Same seed, same library → same draw (recorded for audit).
  const again = await call('campaigns.previewSample', { campaignId, params: { size: 2, seed: '2024-E2E' } });
  expect(again.population).toBe(1);

  // Assignment: automatic keeps the leader (same unit as the dossiers) away: 回避.
  await page.getByRole('tab', { name: '分配' }).click();
  await page.getByRole('button', { name: '自动分配（回避、均衡）' }).click();
  await expect(page.getByText('新分配 4 份')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(LEADER.name) })).toHaveCount(0);
  // A manual assignment against 回避 asks for a logged reason, is flagged, and can be withdrawn.
  await pick(page, '案卷', new RegExp(drawn[0]!));
  await pick(page, '评查人员', new RegExp(LEADER.name));
  await page.getByRole('button', { name: /^指\s*派$/ }).click();
  // Dialogs are found by their title: a closing one may still be on screen while the next opens.
  const overrideDialog = page.getByRole('dialog', { name: /回避/ });
  await overrideDialog.getByRole('textbox').fill('组长参加试评');
  await overrideDialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(overrideDialog).toBeHidden();
  const leaderRow = page.getByRole('row', { name: new RegExp(LEADER.name) });
  await expect(leaderRow).toContainText('回避冲突');
  await leaderRow.getByRole('button', { name: '取消分配' }).click();
  const unassignDialog = page.getByRole('dialog', { name: '取消分配的理由' });
  await unassignDialog.getByRole('textbox').fill('试评取消');
  await unassignDialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(unassignDialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(LEADER.name) })).toHaveCount(0);

  // Reviewer A scores both dossiers (all 符合).
  await switchReviewer(page, A);
  for (const name of drawn) await scoreFromQueue(page, campaignUrl, name, false);

  // Blind: the leader sees progress only while B is still working.
  await switchReviewer(page, LEADER);
  await page.goto(`${campaignUrl}?tab=consolidation`);
  await page.getByRole('link', { name: new RegExp(drawn[0]!) }).click();
  await expect(page.getByText('还有评查未提交')).toBeVisible();
  await expect(page.getByTestId('comparison')).toHaveCount(0);

  // Reviewer B: deducts 1.1 on the first dossier.
  await switchReviewer(page, B);
  await scoreFromQueue(page, campaignUrl, drawn[0]!, true);
  await scoreFromQueue(page, campaignUrl, drawn[1]!, false);

  // Leader: consolidation with the divergence highlighted, adopt, lock.
  await switchReviewer(page, LEADER);
  await page.goto(`${campaignUrl}?tab=consolidation`);
  await page.getByRole('link', { name: new RegExp(drawn[0]!) }).click();
  const cmp = page.getByTestId('comparison');
  await expect(cmp).toBeVisible();
  await expect(cmp.locator('tr[data-differs="true"]')).toHaveCount(1);
  const row11 = cmp.locator('tr[data-differs="true"]');
  await expect(row11).toContainText('1.1');
  await cmp.getByRole('button', { name: '采纳一致项' }).click();
  await row11.getByRole('button', { name: `采纳 ${B.name}` }).click();
  await expect(row11).toContainText(`已采纳：${B.name}`);
  await cmp.getByRole('button', { name: '锁定结果' }).click();
  await expect(page.getByTestId('locked-result')).toContainText('已锁定');
  await expect(cmp).toContainText('内容哈希');

  await page.getByRole('link', { name: new RegExp(drawn[1]!) }).click();
  await expect(page.getByText('无需复核')).toBeVisible();
  await page.getByTestId('comparison').getByRole('button', { name: '采纳一致项' }).click();
  await expect(page.getByTestId('comparison').getByText(`已采纳：${A.name}`).first()).toBeVisible();
  await page.getByTestId('comparison').getByRole('button', { name: '锁定结果' }).click();
  await expect(page.getByTestId('locked-result')).toContainText('已锁定：100 分，优秀');

  // Reopen needs a reason; then lock again.
  await page.getByTestId('comparison').getByRole('button', { name: '重新打开' }).click();
  const reopenDialog = page.getByRole('dialog', { name: /重新打开的理由/ });
  await reopenDialog.getByRole('textbox').fill('核对合议记录');
  await reopenDialog.getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByTestId('comparison')).toContainText('核对合议记录');
  await page.getByTestId('comparison').getByRole('button', { name: '锁定结果' }).click();
  await expect(page.getByTestId('locked-result')).toContainText('已锁定');

  // Summary: the overview shows results by agency from the locked results.
  await page.getByRole('tab', { name: '概况' }).click();
  await expect(page.getByTestId('campaign-totals')).toContainText('已锁定 2');
  const agencyRow = page.getByTestId('results-by-agency').getByRole('row', { name: new RegExp(LEADER.unit) });
  await expect(agencyRow).toContainText('100%');
  await expect(agencyRow).toContainText('优秀');
  // The reports feature's 汇总表 for the campaign's locked dossiers.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: '导出汇总表（Excel）' }).click();
  expect((await downloading).suggestedFilename()).toMatch(/\.xlsx$/);
  const dashboard = await call('campaigns.dashboard', { campaignId });
  expect(dashboard.totals).toMatchObject({ cases: 2, slots: 4, submitted: 4, locked: 2 });
  expect(dashboard.byAgency[0]).toMatchObject({ agency: LEADER.unit, locked: 2, passRate: 100 });
});
