import { expect, type Page } from '@playwright/test';

/** Presses a key `times` times, as a reviewer working through the checklist does. */
export const press = async (page: Page, key: string, times = 1) => {
  for (let i = 0; i < times; i++) await page.keyboard.press(key);
};

/**
 * Submits a fully scored review with the keyboard: Shift+S, then Enter once the
 * confirmation has taken focus (its OK button), as a person sees it do; the review locks.
 */
export async function submitWithKeys(page: Page) {
  await expect(page.getByTestId('save-state')).not.toContainText('正在保存');
  await expect(page.getByTestId('completeness')).toHaveText('全部项目已评');
  await press(page, 'Shift+S');
  await expect(page.locator('.ant-modal-confirm')).toContainText('锁定');
  await expect(page.locator('.ant-modal-confirm .ant-btn-primary')).toBeFocused();
  await press(page, 'Enter');
  await expect(page.getByTestId('review-status')).toHaveText('已提交（已锁定）');
}
