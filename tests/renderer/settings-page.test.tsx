// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import type { AppHealth, AppInfo, PingchaApi } from '../../preload/contract';

const info: AppInfo = {
  name: 'Pingcha 评查',
  version: '9.9.9',
  mode: 'electron',
  dataDir: '/数据/目录',
  dbPath: '/数据/目录/pingcha.sqlite',
  platform: 'linux',
};
const healthy: AppHealth = {
  dbOk: true,
  schemaVersion: 3,
  latestSchemaVersion: 3,
  sqliteVersion: '3.52.0',
  fts5: true,
  quickCheck: 'ok',
};

function installApi(health: AppHealth) {
  const call = vi.fn(async (method: string) => ({ ok: true, value: method === 'app.info' ? info : health }));
  window.api = { call } as unknown as PingchaApi;
  return call;
}

afterEach(() => {
  cleanup();
  vi.resetModules();
  delete window.api;
});

describe('renderer shell', () => {
  it('the About page shows app.info and app.health through window.api', async () => {
    const call = installApi(healthy);
    await import('../../renderer/src/i18n');
    const { AboutSection: SettingsPage } = await import('../../renderer/src/pages/settings/about-section');
    render(<SettingsPage />);
    expect(await screen.findByText('9.9.9')).toBeTruthy();
    expect(screen.getByText('/数据/目录')).toBeTruthy();
    expect(screen.getByText('桌面版')).toBeTruthy();
    expect(screen.getByText('3 / 3')).toBeTruthy();
    expect(call).toHaveBeenCalledWith('app.info', {});
    expect(call).toHaveBeenCalledWith('app.health', {});
  });

  it('shows the fatal-error screen instead of the app when the database is corrupt', async () => {
    installApi({
      ...healthy,
      dbOk: false,
      problem: { code: 'E_DB_CORRUPT', message: '数据库文件已损坏，无法打开：/x' },
    });
    await import('../../renderer/src/i18n');
    const { App } = await import('../../renderer/src/app');
    render(<App />);
    expect(await screen.findByText('数据库无法打开')).toBeTruthy();
    expect(screen.getByText('数据库文件已损坏，无法打开：/x')).toBeTruthy();
    expect(screen.queryByText('评查标准')).toBeNull();
  });
});
