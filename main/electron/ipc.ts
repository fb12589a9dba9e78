import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { API_CHANNEL } from '../../preload/contract/channel';
import { err } from '../../preload/contract/result';
import type { Router } from '../api/router';
import { isTrustedSender } from './policy';

/** The IPC transport: sender-checked, then the same router as browser mode. */
export function apiIpcHandler(router: Router) {
  return async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frame = event.senderFrame;
    if (!isTrustedSender(frame?.url, !!frame && frame === event.sender.mainFrame)) {
      return err('E_UNAUTHORIZED', '拒绝来自非本程序界面的调用');
    }
    return router.dispatch(String(method), args, { transport: 'ipc' });
  };
}

export function registerApiIpc(router: Router): void {
  ipcMain.handle(API_CHANNEL, apiIpcHandler(router));
}
