import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openApi } from '../../../main/api/open-api';
import { dbPathIn, osAppDataDir, resolveDataDir } from '../../../main/runtime/data-dir';
import { makeTempDir } from '../../helpers/temp-dir';

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());

describe('data directory', () => {
  it('prefers --data-dir, then PINGCHA_DATA_DIR, then the default', () => {
    expect(resolveDataDir({ flag: '/a', env: { PINGCHA_DATA_DIR: '/b' }, defaultDir: '/c' })).toBe('/a');
    expect(resolveDataDir({ env: { PINGCHA_DATA_DIR: '/b' }, defaultDir: '/c' })).toBe('/b');
    expect(resolveDataDir({ env: {}, defaultDir: '/c' })).toBe('/c');
  });

  it('matches Electron appData locations per platform', () => {
    expect(osAppDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, '/h')).toBe(
      'C:\\Users\\u\\AppData\\Roaming',
    );
    expect(osAppDataDir('darwin', {}, '/Users/u')).toBe('/Users/u/Library/Application Support');
    expect(osAppDataDir('linux', {}, '/home/u')).toBe('/home/u/.config');
    expect(osAppDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/u')).toBe('/x');
  });

  it('first run creates the database and the blobs store', async () => {
    const dataDir = join(temp.dir, 'new', 'nested');
    const api = await openApi({ dataDir, mode: 'test' });
    expect(existsSync(dbPathIn(dataDir))).toBe(true);
    expect(existsSync(join(dataDir, 'blobs'))).toBe(true);
    await api.close();
  });
});

describe('a corrupt database', () => {
  it('keeps the app up, reports E_DB_CORRUPT through app.health and every DB call, and leaves the file untouched', async () => {
    const garbage = Buffer.from('this is not a sqlite database '.repeat(200));
    writeFileSync(dbPathIn(temp.dir), garbage);
    const api = await openApi({ dataDir: temp.dir, mode: 'test' });
    const health = await api.router.dispatch('app.health', {}, { transport: 'test' });
    expect(health).toMatchObject({ ok: true, value: { dbOk: false, problem: { code: 'E_DB_CORRUPT' } } });
    const info = await api.router.dispatch('app.info', {}, { transport: 'test' });
    expect(info.ok).toBe(true);
    expect(() => api.runtime.db()).toThrow(/损坏/);
    await api.close();
    expect(readFileSync(dbPathIn(temp.dir)).equals(garbage)).toBe(true);
  });
});
