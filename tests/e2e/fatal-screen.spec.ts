import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBrowserMode } from './browser-mode';

test('a corrupt database shows a clear fatal-error screen and the file is left untouched', async ({
  page,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'pingcha-corrupt-'));
  const dbFile = join(dataDir, 'pingcha.sqlite');
  const garbage = Buffer.from('not a database at all; '.repeat(500));
  writeFileSync(dbFile, garbage);
  const app = await startBrowserMode({ dataDir });
  try {
    await page.goto(app.url);
    await expect(page.getByText('数据库无法打开')).toBeVisible();
    await expect(page.getByText(/数据库文件已损坏/)).toBeVisible();
    await expect(page.getByText(dataDir, { exact: true })).toBeVisible();
  } finally {
    await app.stop();
    expect(readFileSync(dbFile).equals(garbage)).toBe(true);
    rmSync(dataDir, { recursive: true, force: true });
  }
});
