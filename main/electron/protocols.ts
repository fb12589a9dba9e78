import { net, protocol } from 'electron';
import { pathToFileURL } from 'node:url';
import { SECURITY_HEADERS } from '../host/csp';
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

/** app://renderer/<path> → a file of the built renderer, with the CSP header. Never file://. */
export async function appProtocolResponse(request: Request, rendererDir: string): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST ? resolveStaticPath(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404 });
  const response = await net.fetch(pathToFileURL(file).href).catch(() => null);
  if (!response?.ok) return new Response('Not found', { status: 404 });
  return new Response(response.body, {
    status: 200,
    headers: { 'Content-Type': mimeTypeFor(file), ...SECURITY_HEADERS },
  });
}

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request, rendererDir));
}
