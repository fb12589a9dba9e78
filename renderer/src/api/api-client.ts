import { buildApi, type PingchaApi } from '../../../preload/contract';
import { fetchInvoke } from './fetch-invoke';

declare global {
  interface Window {
    /** Set by the Electron preload; absent in browser mode. */
    api?: PingchaApi;
  }
}

/** The one way the renderer reaches the main process, identical in both modes. */
export const api: PingchaApi = window.api ?? buildApi(fetchInvoke);
