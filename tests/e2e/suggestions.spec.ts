import { expect, test } from '@playwright/test';
import type { ArgsOf, MethodName, ResultOf } from '../../preload/contract';
import { CASE_YAML } from '../unit/case-checks/dossier-fixture';
import { callApi } from './api-call';
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

test('a pre-check finding is offered on its standard item and accepted into the review with one key', async ({
  page,
}) => {
  await call('reviewer.set', { identity: { name: '王评查', unit: '市司法局', role: '评查员' } });
  const { record } = await call('cases.create', {
    record: { name: '某某餐饮有限公司超范围经营案', actType: '行政处罚', procedure: '普通' },
  });
  // Decision 2024-09-27, published 2024-10-14: the 8th working day (2024-10-12 was a 调休 Saturday) → GS-3 不符合.
  await call('facts.importYaml', { caseId: record.id, text: CASE_YAML });

  await page.goto(app.url);
  await page.goto(`${app.origin}/#/cases/${record.id}?tab=review`);
  await expect(page.getByRole('combobox', { name: '评查标准' }).locator('..')).toContainText(
    '行政处罚案卷评查标准',
  );
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('review-workspace')).toBeVisible();

  // Item 4.3 (处罚决定依法公开) links rule GS-3: the finding shows there with its computation.
  await page.getByTestId('item-4.3').click();
  const suggestion = page.getByTestId('suggestion-GS-3');
  await expect(suggestion).toContainText('不符合');
  await expect(suggestion).toContainText('调休');
  await page.keyboard.press('c');
  await expect(suggestion).toContainText('已采纳');

  // The decision is logged in the review's history.
  const [review] = await call('reviews.listForCase', { caseId: record.id });
  const history = await call('reviews.history', { id: review!.id, itemCode: '4.3' });
  expect(history.map((h) => h.kind)).toContain('suggestion_accepted');
});
