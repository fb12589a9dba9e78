import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeTempDir } from '../../helpers/temp-dir';

// The real 'electron' package cannot load outside Electron (it tries to download
// the binary), so the thin wiring is tested against a recording stand-in.
const electron = vi.hoisted(() => {
  const handlers = new Map<string, (...args: unknown[]) => unknown>();
  return {
    handlers,
    ipcMain: {
      handle: vi.fn((channel: string, fn: (...args: unknown[]) => unknown) => handlers.set(channel, fn)),
    },
    shell: { openExternal: vi.fn(async () => undefined) },
    session: { defaultSession: { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn() } },
    net: {
      fetch: vi.fn(async (url: string) => {
        const { readFile } = await import('node:fs/promises');
        const { fileURLToPath } = await import('node:url');
        return new Response(await readFile(fileURLToPath(url)));
      }),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    BrowserWindow: vi.fn(),
  };
});
vi.mock('electron', () => electron);

const { apiIpcHandler, registerApiIpc } = await import('../../../main/electron/ipc');
const { lockDownWebContents, denyAllPermissions } = await import('../../../main/electron/session');
const { appProtocolResponse, registerAppScheme } = await import('../../../main/electron/protocols');
const { API_CHANNEL } = await import('../../../preload/contract/channel');

const router = {
  dispatch: vi.fn(async (method: string) => ({ ok: true as const, value: method as unknown })),
};

function fakeEvent(url: string, mainFrame: boolean) {
  const frame = { url };
  return { senderFrame: frame, sender: { mainFrame: mainFrame ? frame : {} } };
}

beforeEach(() => vi.clearAllMocks());

describe('IPC wiring', () => {
  it('registers one channel and dispatches trusted calls to the router', async () => {
    registerApiIpc(router);
    expect(electron.ipcMain.handle).toHaveBeenCalledWith(API_CHANNEL, expect.any(Function));
    const result = await apiIpcHandler(router)(
      fakeEvent('app://renderer/index.html', true) as never,
      'app.info',
      {},
    );
    expect(result).toEqual({ ok: true, value: 'app.info' });
    expect(router.dispatch).toHaveBeenCalledWith('app.info', {}, { transport: 'ipc' });
  });

  it('refuses calls from a foreign origin or a subframe without touching the router', async () => {
    for (const event of [
      fakeEvent('https://evil.example/', true),
      fakeEvent('app://renderer/index.html', false),
    ]) {
      const result = await apiIpcHandler(router)(event as never, 'app.info', {});
      expect(result).toMatchObject({ ok: false, error: { code: 'E_UNAUTHORIZED' } });
    }
    expect(router.dispatch).not.toHaveBeenCalled();
  });
});

describe('webContents lock-down', () => {
  it('prevents navigation, redirects and webviews, and denies new windows', () => {
    const listeners = new Map<string, (event: { preventDefault: () => void }) => void>();
    let openHandler: (details: { url: string }) => { action: string } = () => ({ action: 'allow' });
    const contents = {
      on: (name: string, fn: (event: { preventDefault: () => void }) => void) => listeners.set(name, fn),
      setWindowOpenHandler: (fn: typeof openHandler) => (openHandler = fn),
    };
    lockDownWebContents(contents as never);
    for (const name of ['will-navigate', 'will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      listeners.get(name)?.(event);
      expect(event.preventDefault, name).toHaveBeenCalled();
    }
    expect(openHandler({ url: 'https://www.gov.cn/' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledWith('https://www.gov.cn/');
    expect(openHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('denies every permission request and check', () => {
    denyAllPermissions();
    const request = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0] as (
      wc: unknown,
      permission: string,
      cb: (granted: boolean) => void,
    ) => void;
    const callback = vi.fn();
    request({}, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
    const check = electron.session.defaultSession.setPermissionCheckHandler.mock
      .calls[0]?.[0] as () => boolean;
    expect(check()).toBe(false);
  });
});

describe('app:// protocol', () => {
  it('registers app:// as a secure standard scheme', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({
        scheme: 'app',
        privileges: expect.objectContaining({ standard: true, secure: true }),
      }),
    ]);
  });

  it('serves renderer files with the CSP header and nothing outside the renderer', async () => {
    const temp = makeTempDir();
    const rendererDir = join(temp.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<html lang="zh-CN"></html>');
    writeFileSync(join(temp.dir, 'secret.txt'), 'SECRET');
    const ok = await appProtocolResponse(new Request('app://renderer/index.html'), rendererDir);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await ok.text()).toContain('zh-CN');
    for (const url of [
      'app://renderer/../secret.txt',
      'app://renderer/%2e%2e/secret.txt',
      'app://other/index.html',
      'app://renderer/missing.js',
    ]) {
      const res = await appProtocolResponse(new Request(url), rendererDir);
      expect(res.status, url).toBe(404);
    }
    temp.cleanup();
  });
});
