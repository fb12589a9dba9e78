import { expect, test, type Page } from '@playwright/test';
import type { ArgsOf, MethodName, ResultOf } from '../../preload/contract';
import { buildCjkPdf } from '../helpers/build-cjk-pdf';
import { callApi, importFiles } from './api-call';
import { press, submitWithKeys } from './review-keys';
import { startBrowserMode, type BrowserModeApp } from './browser-mode';

let app: BrowserModeApp;
test.beforeAll(async () => (app = await startBrowserMode()));
test.afterAll(async () => app.stop());

const headers = () => ({ Authorization: `Bearer ${app.token}` });

const call = <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> =>
  callApi(app, method, args);

/** A 行政处罚 case with one imported PDF, created through the API like a script would. */
async function importedCase(name: string): Promise<string> {
  await call('reviewer.set', { identity: { name: '王评查', unit: '市司法局', role: '评查员' } });
  const { record } = await call('cases.create', { record: { name, actType: '行政处罚', procedure: '普通' } });
  await importFiles(app, record.id, {
    '处罚决定书.pdf': await buildCjkPdf(['行政处罚决定书\n决定对当事人罚款人民币贰仟元整。']),
  });
  return record.id;
}

const current = (page: Page) => page.locator('[aria-current="true"]');
const settled = async (page: Page) => {
  await expect(page.getByTestId('save-state')).not.toContainText('正在保存');
};

test('score an imported dossier against the built-in 行政处罚 standard with the keyboard only', async ({
  page,
}) => {
  const caseId = await importedCase('张某某占道经营案（评查）');
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/cases/${caseId}?tab=review`);

  // The suggested standard for 行政处罚 is preselected; Enter starts the review.
  await expect(page.getByRole('combobox', { name: '评查标准' }).locator('..')).toContainText(
    '行政处罚案卷评查标准',
  );
  await press(page, 'Enter');
  await expect(page.getByTestId('review-workspace')).toBeVisible();
  await expect(page.getByTestId('dossier-pane')).toBeVisible();
  await expect(current(page)).toHaveAttribute('data-testid', 'item-0.1');

  // Help overlay.
  await press(page, '?');
  await expect(page.getByTestId('keyboard-help')).toContainText('下一项');
  await press(page, 'Escape');
  await expect(page.getByTestId('keyboard-help')).toBeHidden();

  // 15 veto items: no veto (Enter = 符合 and next).
  await press(page, 'Enter', 15);
  await expect(current(page)).toHaveAttribute('data-testid', 'item-1.1');
  // 1.1: first deduction option by number, then a note.
  await press(page, '1');
  await expect(page.getByTestId('item-1.1')).toHaveAttribute('data-status', 'deduct');
  await expect(page.getByTestId('grade')).toHaveText('优秀');
  await press(page, 'n');
  await page.keyboard.type('来源登记不全');
  await press(page, 'Escape');
  await press(page, 'j');
  await expect(current(page)).toHaveAttribute('data-testid', 'item-1.2');
  await press(page, 'Enter', 5); // 1.2, 1.3, 2.1, 2.2, 2.3
  await expect(current(page)).toHaveAttribute('data-testid', 'item-2.4');
  // 2.4 is a range item: value and the required reason in the prompt.
  await press(page, 'r');
  await expect(page.getByRole('textbox', { name: /扣分值/ })).toBeFocused();
  await page.keyboard.type('3');
  await press(page, 'Tab');
  await page.keyboard.type('证据链缺少现场照片');
  await press(page, 'Enter');
  await expect(page.getByTestId('item-2.4')).toHaveAttribute('data-status', 'deduct');
  await press(page, 'j');
  // 2.5 sampling: not applicable, with a reason.
  await press(page, 'a');
  await expect(page.getByRole('textbox', { name: '不适用的理由' })).toBeFocused();
  await page.keyboard.type('本案未抽样');
  await press(page, 'Enter');
  await expect(page.getByTestId('item-2.5')).toHaveAttribute('data-status', 'na');
  await press(page, 'j');
  await press(page, 'Enter', 30);
  await settled(page);
  await expect(page.getByTestId('completeness')).toHaveText('全部项目已评');
  const before = await page.getByTestId('grade').textContent();
  expect(before).not.toBe('不合格');

  // Back to the top, set the veto 0.1 (案卷得0分): the grade changes at once.
  await press(page, 'k', 60);
  await expect(current(page)).toHaveAttribute('data-testid', 'item-0.1');
  await press(page, 'v');
  await expect(page.getByTestId('grade')).toHaveText('不合格');
  await expect(page.getByTestId('vetoes')).toContainText('0.1');
  await settled(page);

  // Reload: every result is still there.
  await page.reload();
  await expect(page.getByTestId('review-workspace')).toBeVisible();
  await expect(page.getByTestId('item-0.1')).toHaveAttribute('data-status', 'veto');
  await expect(page.getByTestId('item-1.1')).toHaveAttribute('data-status', 'deduct');
  await expect(page.getByTestId('item-2.4')).toHaveAttribute('data-status', 'deduct');
  await expect(page.getByTestId('item-2.5')).toHaveAttribute('data-status', 'na');
  await expect(page.getByTestId('item-5.2')).toHaveAttribute('data-status', 'ok');
  await expect(page.getByTestId('grade')).toHaveText('不合格');
  await expect(page.getByTestId('completeness')).toHaveText('全部项目已评');
  await press(page, 'j', 15);
  await expect(current(page)).toHaveAttribute('data-testid', 'item-1.1');
  await expect(page.getByRole('textbox', { name: '备注' })).toHaveValue('来源登记不全');
  await press(page, 'j', 6);
  await expect(current(page)).toHaveAttribute('data-testid', 'item-2.4');
  await expect(page.getByTestId('item-detail')).toContainText('证据链缺少现场照片');

  // Submit with Shift+S and Enter: the review is locked.
  await submitWithKeys(page);
  await expect(page.getByTestId('reopen')).toBeVisible();
  await press(page, 'y');
  await press(page, 'x');
  await expect(page.getByTestId('item-2.4')).toHaveAttribute('data-status', 'deduct');

  const [review] = await call('reviews.listForCase', { caseId });
  expect(review?.status).toBe('submitted');
  const locked = await fetch(`${app.origin}/api/reviews.setItem`, {
    method: 'POST',
    headers: { ...headers(), 'Content-Type': 'application/json' },
    body: JSON.stringify({ id: review!.id, itemCode: '1.1', finding: { status: 'ok' } }),
  });
  expect(((await locked.json()) as { error: { code: string } }).error.code).toBe('E_LOCKED');

  // Shift+N: on to the next dossier (by case number; neither has one, so in creation order).
  const { record: nextCase } = await call('cases.create', {
    record: { name: '下一案卷', actType: '行政处罚' },
  });
  // Known issue: after submitting with Enter, focus stays on the closed dialog; a click returns it to the checklist.
  await page.getByTestId('item-2.4').click();
  await press(page, 'Shift+N');
  await expect(page).toHaveURL(new RegExp(`#/cases/${nextCase.id}\\?tab=review`));
  await expect(page.getByTestId('case-title')).toHaveText('下一案卷');
});

test('standards: list, view a locked built-in, clone it, edit and validate, save; bad imports list their problems', async ({
  page,
}) => {
  await page.goto(app.url);
  await page.goto(`${app.origin}/#/standards`);
  const table = page.getByTestId('standards-table');
  await expect(table).toContainText('行政处罚案卷评查标准（一般程序）');
  await expect(table).toContainText('ECO24-YBCF');
  await table.getByText('行政处罚案卷评查标准（一般程序）').click();
  await expect(page.getByTestId('standard-title')).toHaveText('行政处罚案卷评查标准（一般程序）');
  await expect(page.getByText('此版本已锁定')).toBeVisible();

  const version = `e2e-${Date.now()}`;
  await page.getByRole('textbox', { name: '新版本号' }).fill(version);
  await page.getByRole('button', { name: '复制为新版本' }).click();
  await expect(page.getByText(`PC-XZCF-YB@${version}`)).toBeVisible();
  await expect(page.getByText('可编辑')).toBeVisible();

  await page.getByTestId('standard-tree').getByText('1.1 案件来源登记（2）').click();
  const points = page.getByRole('spinbutton', { name: '分值' });
  await points.fill('20');
  await page.getByRole('button', { name: /校\s?验/ }).click();
  await expect(page.getByTestId('problem-list')).toContainText(
    '章节「一、立案」标注 8 分，但所含项目分值合计 26 分',
  );
  await points.fill('2');
  await page.getByRole('textbox', { name: '评查项目' }).fill('案件来源登记（本地）');
  await page.getByRole('button', { name: /校\s?验/ }).click();
  await expect(page.getByText(/校验通过/)).toBeVisible();
  await page.getByRole('button', { name: /保\s?存/ }).click();
  await expect(page.getByTestId('standard-tree')).toContainText('1.1 案件来源登记（本地）（2）');
  const saved = (await call('standards.list', {})).find((s) => s.version === version);
  expect(saved?.locked).toBe(false);
  expect((await call('standards.get', { id: saved!.id })).standard.sections[1]!.items[0]!.title).toBe(
    '案件来源登记（本地）',
  );

  await page.getByRole('button', { name: /返回列表/ }).click();
  await page.getByTestId('import-json').setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify({ code: 'X', name: 'X', version: '1', sections: [] })),
  });
  await expect(page.locator('.ant-modal')).toContainText('未导入');
  await expect(page.getByTestId('problem-list')).toContainText('issuer');
});
