import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startWebHost, type WebHost } from '../../../main/web/web-host';
import { openTestApi } from '../../helpers/open-test-api';
import { rawRequest } from '../../helpers/raw-http';
import { makeTempDir } from '../../helpers/temp-dir';

let api: Awaited<ReturnType<typeof openTestApi>>;
let host: WebHost;
const site = makeTempDir('pingcha-site-');

beforeAll(async () => {
  api = await openTestApi();
  const rendererDir = join(site.dir, 'renderer');
  mkdirSync(join(rendererDir, 'assets'), { recursive: true });
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html lang="zh-CN"><title>t</title></html>');
  writeFileSync(join(rendererDir, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(site.dir, 'secret.txt'), 'TOP SECRET');
  host = await startWebHost({ router: api.router, rendererDir });
});
afterAll(async () => {
  await host.close();
  await api.dispose();
  site.cleanup();
});

const auth = () => ({ Authorization: `Bearer ${host.token}` });
const api_ = (method: string, headers: Record<string, string> = {}, body = '{}') =>
  rawRequest(host.port, {
    method: 'POST',
    path: `/api/${method}`,
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  });

describe('browser-mode host', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{43}$/);
  });

  it('swaps the URL token for an HttpOnly SameSite=Strict cookie and redirects without it', async () => {
    const res = await rawRequest(host.port, { path: `/?token=${host.token}` });
    expect(res.status).toBe(303);
    expect(res.headers.location).toBe('/');
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toContain(`pingcha_token=${host.token}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Strict');
  });

  it('serves the renderer with the cookie, with a CSP header on HTML', async () => {
    const res = await rawRequest(host.port, {
      path: '/',
      headers: { Cookie: `pingcha_token=${host.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.body).toContain('lang="zh-CN"');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('answers 401 and no data without a valid token', async () => {
    expect((await rawRequest(host.port, { path: '/' })).status).toBe(401);
    expect((await rawRequest(host.port, { path: '/?token=wrong' })).status).toBe(401);
    expect(
      (await rawRequest(host.port, { path: '/', headers: { Cookie: 'pingcha_token=wrong' } })).status,
    ).toBe(401);
    const res = await api_('app.info');
    expect(res.status).toBe(401);
    expect(res.body).not.toContain(api.dataDir);
    expect((await api_('app.info', { Authorization: 'Bearer nope' })).status).toBe(401);
  });

  it('answers the API through the same router with a valid token', async () => {
    const res = await api_('app.info', auth());
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { dataDir: api.dataDir } });
    const invalid = await api_('app.info', auth(), '{"bogus":1}');
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'E_INVALID_ARGS' } });
    const unknown = await api_('no.such', auth());
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_METHOD' } });
  });

  it('refuses a foreign Host header (DNS rebinding), even with the token', async () => {
    for (const hostHeader of [
      'evil.example',
      `evil.example:${host.port}`,
      '127.0.0.1',
      `127.0.0.2:${host.port}`,
    ]) {
      const page = await rawRequest(host.port, { path: '/', headers: { Host: hostHeader, ...auth() } });
      expect(page.status).toBe(403);
      const call = await api_('app.info', { Host: hostHeader, ...auth() });
      expect(call.status).toBe(403);
      expect(call.body).not.toContain(api.dataDir);
    }
    const ok = await rawRequest(host.port, {
      path: '/',
      headers: { Host: `localhost:${host.port}`, ...auth() },
    });
    expect(ok.status).toBe(200);
  });

  it('refuses cross-origin API calls (CSRF), even with the cookie', async () => {
    const cookie = { Cookie: `pingcha_token=${host.token}` };
    expect((await api_('app.info', { ...cookie, Origin: 'http://evil.example' })).status).toBe(403);
    expect((await api_('app.info', { ...cookie, Origin: `http://127.0.0.1:${host.port + 1}` })).status).toBe(
      403,
    );
    expect((await api_('app.info', { ...cookie, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect(
      (
        await api_('app.info', {
          ...cookie,
          Origin: `http://127.0.0.1:${host.port}`,
          'Sec-Fetch-Site': 'same-origin',
        })
      ).status,
    ).toBe(200);
  });

  it('requires JSON for API calls (a plain form post cannot reach it) and limits its size', async () => {
    const form = await rawRequest(host.port, {
      method: 'POST',
      path: '/api/app.info',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...auth() },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
    const garbage = await api_('app.info', auth(), '{not json');
    expect(garbage.status).toBe(400);
    const huge = await api_('app.info', auth(), JSON.stringify({ x: 'a'.repeat(17 * 1024 * 1024) }));
    expect(huge.status).toBe(413);
  });

  it.each([
    '/../secret.txt',
    '/..%2fsecret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets/../../secret.txt',
    '/..\\secret.txt',
    '/%5c..%5csecret.txt',
    '/%00index.html',
    '/%E0%A4%A',
    '//etc/passwd',
  ])('blocks path traversal: %s', async (path) => {
    const res = await rawRequest(host.port, { path, headers: auth() });
    expect(res.status).toBe(404);
    expect(res.body).not.toContain('TOP SECRET');
    expect(res.body).not.toContain('root:');
  });

  it('lists no directories and allows no other methods', async () => {
    expect((await rawRequest(host.port, { path: '/assets/', headers: auth() })).status).toBe(404);
    expect((await rawRequest(host.port, { path: '/assets', headers: auth() })).status).toBe(404);
    expect((await rawRequest(host.port, { path: '/assets/app.js', headers: auth() })).status).toBe(200);
    expect(
      (await rawRequest(host.port, { method: 'PUT', path: '/index.html', headers: auth() })).status,
    ).toBe(405);
    expect(
      (await rawRequest(host.port, { method: 'DELETE', path: '/api/app.info', headers: auth() })).status,
    ).toBe(405);
  });
});
