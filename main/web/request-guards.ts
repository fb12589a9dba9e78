import type { IncomingMessage } from 'node:http';

/**
 * DNS-rebinding protection: a page on evil.example that rebinds its name to
 * 127.0.0.1 still sends `Host: evil.example`, so only our own host:port pass.
 */
export function isAllowedHost(req: IncomingMessage, port: number): boolean {
  const host = req.headers.host;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/**
 * CSRF protection for state-changing requests: when the browser says where the
 * request comes from (Origin, Sec-Fetch-Site), it must be our own origin.
 */
export function isSameOriginRequest(req: IncomingMessage, port: number): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site && site !== 'same-origin' && site !== 'none') return false;
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  return origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`;
}
