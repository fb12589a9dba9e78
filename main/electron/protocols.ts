import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeWebReadableStream } from 'node:stream/web';
import type { AppRouteRequest } from '../host/app-routes';
import { SECURITY_HEADERS } from '../host/csp';
import type { ByteResponse } from '../host/document-response';
import { mimeTypeFor } from '../host/mime';
import { resolveStaticPath } from '../host/static-path';
import { APP_HOST, APP_SCHEME } from './policy';

/** Must run before `app.ready`: app:// behaves like https (secure context, fetch, CSP). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export type AppRoutes = (req: AppRouteRequest) => Promise<ByteResponse | null>;

const toResponse = (r: ByteResponse): Response => {
  const body =
    r.body === null
      ? null
      : Buffer.isBuffer(r.body)
        ? new Uint8Array(r.body)
        : (Readable.toWeb(r.body) as ReadableStream);
  return new Response(body, { status: r.status, headers: r.headers });
};

/**
 * app://renderer/<path> → document bytes and uploads (same routes as browser
 * mode), else a file of the built renderer with the CSP header. Never file://.
 */
export async function appProtocolResponse(
  request: Request,
  rendererDir: string,
  appRoutes?: AppRoutes,
): Promise<Response> {
  const url = new URL(request.url);
  if (appRoutes && url.host === APP_HOST) {
    const routed = await appRoutes({
      method: request.method,
      pathname: url.pathname,
      searchParams: url.searchParams,
      range: request.headers.get('range') ?? undefined,
      body: () =>
        request.body ? Readable.fromWeb(request.body as NodeWebReadableStream) : Readable.from([]),
    });
    if (routed) return toResponse(routed);
  }
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return new Response('Method not allowed', { status: 405 });
  const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404 });
  const response = await net.fetch(pathToFileURL(file).href).catch(() => null);
  if (!response?.ok) return new Response('Not found', { status: 404 });
  return new Response(response.body, {
    status: 200,
    headers: { 'Content-Type': mimeTypeFor(file), ...SECURITY_HEADERS },
  });
}

export function handleAppProtocol(rendererDir: string, appRoutes: AppRoutes): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request, rendererDir, appRoutes));
}
