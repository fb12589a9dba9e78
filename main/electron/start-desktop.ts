import { app, dialog } from 'electron';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openApi, type OpenedApi } from '../api/open-api';
import { handleAppRoute } from '../host/app-routes';
import { warmUpPdfjs } from '../services/documents';
import { APP_DIR_NAME, resolveDataDir } from '../runtime/data-dir';
import { logInsteadOfCrashing } from '../runtime/keep-alive';
import { registerApiIpc } from './ipc';
import { handleAppProtocol, registerAppScheme } from './protocols';
import { denyAllPermissions } from './session';
import { createMainWindow } from './window';

/** `--data-dir` may follow Electron's own switches; unknown ones are ignored. */
function dataDirFlag(argv: string[]): string | undefined {
  const { values } = parseArgs({
    args: argv,
    options: { 'data-dir': { type: 'string' } },
    strict: false,
    allowPositionals: true,
  });
  const flag = values['data-dir'];
  return typeof flag === 'string' ? flag : undefined;
}

/** Composition of the desktop app; everything here is Electron wiring around openApi(). */
export function startDesktop(outDir: string): void {
  logInsteadOfCrashing();
  app.setPath('userData', join(app.getPath('appData'), APP_DIR_NAME));
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppScheme();
  let api: OpenedApi | undefined;

  app
    .whenReady()
    .then(async () => {
      denyAllPermissions();
      const dataDir = resolveDataDir({
        flag: dataDirFlag(process.argv.slice(1)),
        defaultDir: app.getPath('userData'),
      });
      const opened = await openApi({ dataDir, mode: 'electron' });
      api = opened;
      handleAppProtocol(join(outDir, 'renderer'), (req) => handleAppRoute(opened.services, req));
      registerApiIpc(opened.router);
      createMainWindow(join(outDir, 'preload', 'index.cjs'));
      void warmUpPdfjs().catch((error: unknown) => console.error('[Pingcha] pdf.js 预加载失败', error));
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Pingcha 评查 无法启动', String((error as Error)?.message ?? error));
      app.exit(1);
    });

  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => void api?.close());
}
