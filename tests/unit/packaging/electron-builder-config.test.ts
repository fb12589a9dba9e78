import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { load } from 'js-yaml';
import { Ajv } from 'ajv';

const require = createRequire(import.meta.url);
const config = load(readFileSync('electron-builder.yml', 'utf8')) as Record<string, unknown> & {
  win: { target: { target: string; arch: string[] }[] };
  linux: { target: { target: string; arch: string[] }[] };
  files: string[];
  asarUnpack: string[];
  electronFuses: Record<string, boolean>;
};

describe('electron-builder.yml', () => {
  it("is valid against electron-builder's own JSON schema", () => {
    const schema = require('app-builder-lib/scheme.json') as object;
    const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
    const validate = ajv.compile(schema);
    const valid = validate(config);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
    // The schema really constrains the file: a wrong type or unknown key is refused.
    expect(validate({ ...config, npmRebuild: 'no' })).toBe(false);
    expect(validate({ ...config, notAnOption: true })).toBe(false);
  });

  it('names the product and targets NSIS (win x64), AppImage and deb (linux x64 + arm64)', () => {
    expect(config.appId).toBe('cn.pingcha.review');
    expect(config.productName).toBe('Pingcha 评查');
    expect(config.win.target).toEqual([{ target: 'nsis', arch: ['x64'] }]);
    const linux = Object.fromEntries(config.linux.target.map((t) => [t.target, t.arch]));
    expect(linux).toEqual({ AppImage: ['x64', 'arm64'], deb: ['x64', 'arm64'] });
  });

  it('never rebuilds native modules and keeps sqlite3 unpacked but trimmed', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('node_modules/sqlite3/**/*');
    for (const trimmed of ['deps', 'src', 'build/Release/obj']) {
      expect(config.files).toContain(`!node_modules/sqlite3/${trimmed}/**`);
    }
  });

  it('hardens the Electron fuses', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packages the built app whose entry is package.json "main"', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { main: string };
    expect(pkg.main).toBe('out/main/index.cjs');
    expect(config.files).toContain('out/**/*');
  });
});
