import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { AppRouteRequest } from '../host/app-routes';
import { SECURITY_HEADERS } from '../host/csp';
import type { ByteResponse } from '../host/document-response';
import type { Router } from '../api/router';
import { isAuthenticated, newToken, tokenCookie, tokensEqual } from './auth';
import { isAllowedHost, isSameOriginRequest } from './request-guards';
import { serveStatic } from './static-files';

/** Largest JSON body accepted by /api (documents travel through their own routes). */
const MAX_API_BODY_BYTES = 16 * 1024 * 1024;

/** Extra authenticated routes (document bytes, uploads); null = not handled here. */
export type AppRoutes = (req: AppRouteRequest) => Promise<ByteResponse | null>;

export interface WebHostOptions {
  router: Router;
  rendererDir: string;
  port?: number;
  token?: string;
  appRoutes?: AppRoutes;
}

export interface WebHost {
  readonly port: number;
  readonly token: string;
  readonly url: string;
  close(): Promise<void>;
}

const sendText = (res: ServerResponse, status: number, text: string, extra: Record<string, string> = {}) => {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
    ...extra,
  });
  res.end(text);
};

const sendJson = (res: ServerResponse, status: number, body: unknown) => {
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    ...SECURITY_HEADERS,
  });
  res.end(JSON.stringify(body));
};

const UNAUTHORIZED_TEXT =
  '401 未授权：请使用 Pingcha 启动时在终端打印的完整链接（含 token）打开。\n401 Unauthorized: open the full link printed when Pingcha started.';

function readBody(req: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve('too-large');
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function sendBytes(res: ServerResponse, response: ByteResponse) {
  res.writeHead(response.status, response.headers);
  if (response.body === null) res.end();
  else if (Buffer.isBuffer(response.body)) res.end(response.body);
  else response.body.pipe(res);
}

async function handleApi(req: IncomingMessage, res: ServerResponse, router: Router, method: string) {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    return sendJson(res, 415, {
      ok: false,
      error: { code: 'E_INVALID_ARGS', message: '请求必须是 application/json' },
    });
  }
  const body = await readBody(req, MAX_API_BODY_BYTES);
  if (body === 'too-large') {
    return sendJson(res, 413, { ok: false, error: { code: 'E_TOO_LARGE', message: '请求体过大' } });
  }
  let args: unknown;
  try {
    args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch {
    return sendJson(res, 400, {
      ok: false,
      error: { code: 'E_INVALID_ARGS', message: '请求体不是有效的 JSON' },
    });
  }
  sendJson(res, 200, await router.dispatch(method, args, { transport: 'http' }));
}

/**
 * Browser-mode host: loopback only, a per-run token, Host and Origin checks,
 * the built renderer and `POST /api/<method>` into the same router as IPC.
 */
export async function startWebHost(options: WebHostOptions): Promise<WebHost> {
  const token = options.token ?? newToken();
  let port = 0;

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    if (!isAllowedHost(req, port)) return sendText(res, 403, '403 拒绝：Host 不是 127.0.0.1/localhost');
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const verb = req.method ?? 'GET';

    const routeRequest = (): AppRouteRequest => ({
      method: verb,
      pathname: url.pathname,
      searchParams: url.searchParams,
      range: req.headers.range,
      body: () => req,
    });

    // Every POST changes state: token and same-origin are both required.
    if (verb === 'POST') {
      if (!isAuthenticated(req, token))
        return sendJson(res, 401, { ok: false, error: { code: 'E_UNAUTHORIZED', message: '未授权' } });
      if (!isSameOriginRequest(req, port))
        return sendJson(res, 403, { ok: false, error: { code: 'E_UNAUTHORIZED', message: '拒绝跨站请求' } });
      if (url.pathname.startsWith('/api/'))
        return handleApi(req, res, options.router, decodeURIComponent(url.pathname.slice('/api/'.length)));
      const routed = await options.appRoutes?.(routeRequest());
      return routed
        ? sendBytes(res, routed)
        : sendJson(res, 404, { ok: false, error: { code: 'E_NOT_FOUND', message: '未找到' } });
    }
    if (verb !== 'GET' && verb !== 'HEAD')
      return sendText(res, 405, '405 不支持的请求方法', { Allow: 'GET, HEAD, POST' });

    const queryToken = url.searchParams.get('token');
    if (queryToken !== null) {
      if (!tokensEqual(token, queryToken)) return sendText(res, 401, UNAUTHORIZED_TEXT);
      // Swap the URL token for an HttpOnly cookie and drop it from the address bar and history.
      url.searchParams.delete('token');
      const location = url.pathname + (url.search || '');
      res.writeHead(303, {
        Location: location,
        'Set-Cookie': tokenCookie(token),
        'Cache-Control': 'no-store',
        ...SECURITY_HEADERS,
      });
      return void res.end();
    }
    if (!isAuthenticated(req, token)) return sendText(res, 401, UNAUTHORIZED_TEXT);

    const routed = await options.appRoutes?.(routeRequest());
    if (routed) return sendBytes(res, routed);
    return serveStatic(res, options.rendererDir, url.pathname, verb === 'HEAD');
  };

  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('[web] request failed', error);
      if (!res.headersSent) sendText(res, 500, '500 内部错误');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;

  return {
    port,
    token,
    url: `http://127.0.0.1:${port}/?token=${token}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
