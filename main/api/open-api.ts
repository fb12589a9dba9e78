import { openRuntime, type Runtime } from '../runtime/runtime';
import { createServices, type Services } from '../services';
import { createHandlers } from './handlers';
import { createRouter, type Router } from './router';
import type { AppMode } from '../../preload/contract/methods/app';

export interface OpenedApi {
  runtime: Runtime;
  services: Services;
  router: Router;
  close(): Promise<void>;
}

/** Composition shared by Electron, browser mode, the CLI and tests. */
export async function openApi(options: { dataDir: string; mode: AppMode }): Promise<OpenedApi> {
  const runtime = await openRuntime(options);
  const services = createServices(runtime);
  const router = createRouter(createHandlers(services));
  const close = async () => {
    // Let a background index batch finish its transaction before the database closes.
    await services.pageIndexer.idle();
    await runtime.close();
  };
  return { runtime, services, router, close };
}
