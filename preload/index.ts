/** Exposes exactly one frozen object, `window.api`; nothing else crosses the bridge. */
import { contextBridge, ipcRenderer } from 'electron';
import { buildApi } from './contract/api';
import { API_CHANNEL } from './contract/channel';

contextBridge.exposeInMainWorld(
  'api',
  buildApi((method, args) => ipcRenderer.invoke(API_CHANNEL, method, args)),
);
