import { BrowserWindow } from 'electron';
import { APP_ENTRY_URL, secureWebPreferences } from './policy';
import { lockDownWebContents } from './session';

export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1400,
    height: 900,
    minWidth: 1024,
    minHeight: 680,
    title: 'Pingcha 评查',
    show: false,
    webPreferences: secureWebPreferences(preloadPath),
  });
  lockDownWebContents(window.webContents);
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
