import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  externalUrlToOpen,
  isTrustedSender,
  secureWebPreferences,
} from '../../../main/electron/policy';
import { CONTENT_SECURITY_POLICY } from '../../../main/host/csp';

describe('Electron security policy', () => {
  it('uses the checklist webPreferences', () => {
    expect(secureWebPreferences('/p.cjs')).toMatchObject({
      preload: '/p.cjs',
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
    });
  });

  it('serves the UI from app://, never file://', () => {
    expect(APP_ENTRY_URL).toBe('app://renderer/index.html');
  });

  it('trusts IPC only from the app origin main frame', () => {
    expect(isTrustedSender('app://renderer/index.html#/cases', true)).toBe(true);
    expect(isTrustedSender('app://renderer/index.html', false)).toBe(false);
    expect(isTrustedSender('app://other/index.html', true)).toBe(false);
    expect(isTrustedSender('file:///etc/index.html', true)).toBe(false);
    expect(isTrustedSender('https://renderer/', true)).toBe(false);
    expect(isTrustedSender('http://127.0.0.1:3000/', true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('not a url', true)).toBe(false);
  });

  it('opens only plain https links externally', () => {
    expect(externalUrlToOpen('https://www.moj.gov.cn/a?b=1')).toBe('https://www.moj.gov.cn/a?b=1');
    for (const url of [
      'http://x.cn',
      'file:///c:/windows',
      'javascript:alert(1)',
      'smb://host/share',
      'https://user:pw@x.cn',
      'app://renderer/x',
      '',
    ]) {
      expect(externalUrlToOpen(url)).toBeNull();
    }
  });

  it('has a CSP without inline or eval scripts and no plugins', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
    // Only our own scripts; WebAssembly compilation (pdf.js decoders) but no JS eval or inline script.
    expect(scriptSrc?.split(' ')).toEqual(['script-src', "'self'", "'wasm-unsafe-eval'"]);
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY.split(/[ ;]+/)).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
  });
});
