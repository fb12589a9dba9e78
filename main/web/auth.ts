import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const TOKEN_COOKIE = 'pingcha_token';

/** 256 bits, URL-safe; a new one every run. */
export const newToken = (): string => randomBytes(32).toString('base64url');

export function tokensEqual(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function cookieValue(req: IncomingMessage, name: string): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim();
  }
  return undefined;
}

/** A request is authenticated by the cookie (browser) or a Bearer header (scripts, tests). */
export function isAuthenticated(req: IncomingMessage, token: string): boolean {
  const auth = req.headers.authorization;
  const bearer = auth?.startsWith('Bearer ') ? auth.slice(7) : undefined;
  return tokensEqual(token, bearer) || tokensEqual(token, cookieValue(req, TOKEN_COOKIE));
}

export const tokenCookie = (token: string) => `${TOKEN_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/`;
