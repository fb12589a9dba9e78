/**
 * Browser mode: `npm run web -- [--port N] [--data-dir DIR] [--no-open]`.
 * Prints exactly one line on stdout (the URL with the per-run token); all
 * diagnostics go to stderr. Ctrl-C closes the server and the database cleanly.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openApi } from '../api/open-api';
import { warmUpPdfjs } from '../services/documents';
import { handleAppRoute } from '../host/app-routes';
import { resolveDataDir } from '../runtime/data-dir';
import { logInsteadOfCrashing } from '../runtime/keep-alive';
import { openBrowser } from './open-browser';
import { startWebHost } from './web-host';

const RENDERER_DIR = fileURLToPath(new URL('../../out/renderer', import.meta.url));

async function main() {
  logInsteadOfCrashing();
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      'data-dir': { type: 'string' },
      'no-open': { type: 'boolean', default: false },
    },
    strict: true,
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port 必须是 0–65535 的整数：${values.port}`);
  if (!existsSync(`${RENDERER_DIR}/index.html`))
    throw new Error('界面尚未构建：请运行 npm run web（会自动构建）或 npm run build。');

  const api = await openApi({ dataDir: resolveDataDir({ flag: values['data-dir'] }), mode: 'browser' });
  if (api.runtime.dbProblem) console.error(`[Pingcha] ${api.runtime.dbProblem.message}`);
  const host = await startWebHost({
    router: api.router,
    rendererDir: RENDERER_DIR,
    port,
    appRoutes: (req) => handleAppRoute(api.services, req),
  });
  process.stdout.write(`Pingcha: ${host.url}\n`);
  if (!values['no-open']) openBrowser(host.url);
  void warmUpPdfjs().catch((error: unknown) => console.error('[Pingcha] pdf.js 预加载失败', error));

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await host.close();
    await api.close();
    console.error('[Pingcha] 已停止 / stopped');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(`[Pingcha] 启动失败 / failed to start: ${(error as Error).message ?? error}`);
  process.exit(2);
});
