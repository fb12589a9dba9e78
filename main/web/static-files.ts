import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { ServerResponse } from 'node:http';
import { SECURITY_HEADERS } from '../host/csp';
import { mimeTypeFor } from '../host/mime';
import { resolveStaticPath } from '../host/static-path';

/**
 * Serves one file of the built renderer. Only regular files under the root:
 * no directory listings, no traversal. Hashed assets are cached; HTML is not.
 */
export async function serveStatic(
  res: ServerResponse,
  root: string,
  pathname: string,
  headOnly: boolean,
): Promise<void> {
  const file = resolveStaticPath(root, pathname);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', ...SECURITY_HEADERS });
    res.end('404 未找到');
    return;
  }
  const isHtml = file.endsWith('.html');
  res.writeHead(200, {
    'Content-Type': mimeTypeFor(file),
    'Content-Length': String(info.size),
    'Cache-Control': isHtml ? 'no-store' : 'public, max-age=31536000, immutable',
    ...SECURITY_HEADERS,
  });
  if (headOnly) return void res.end();
  createReadStream(file).pipe(res);
}
