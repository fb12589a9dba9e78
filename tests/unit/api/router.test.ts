import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRouter, type Handlers } from '../../../main/api/router';
import { AppError } from '../../../preload/contract';
import { openTestApi } from '../../helpers/open-test-api';
import { LATEST_SCHEMA_VERSION } from '../../../main/db/migrations';

let api: Awaited<ReturnType<typeof openTestApi>>;
beforeAll(async () => (api = await openTestApi()));
afterAll(async () => api.dispose());

describe('router', () => {
  it('answers app.info with the data directory and mode', async () => {
    const result = await api.router.dispatch('app.info', {}, { transport: 'test' });
    expect(result).toMatchObject({
      ok: true,
      value: { dataDir: api.dataDir, mode: 'test', name: 'Pingcha 评查' },
    });
  });

  it('answers app.health from the real database', async () => {
    const result = await api.router.dispatch('app.health', {}, { transport: 'test' });
    expect(result).toMatchObject({
      ok: true,
      value: { dbOk: true, fts5: true, quickCheck: 'ok', schemaVersion: LATEST_SCHEMA_VERSION },
    });
  });

  it('rejects unknown methods, including prototype keys', async () => {
    for (const method of ['nope.nothing', 'constructor', '__proto__', 'toString']) {
      const result = await api.router.dispatch(method, {}, { transport: 'test' });
      expect(result).toMatchObject({ ok: false, error: { code: 'E_UNKNOWN_METHOD' } });
    }
  });

  it('keeps the code of an AppError and hides nothing else as success', async () => {
    const handlers = {
      'app.info': () => {
        throw new AppError('E_NOT_FOUND', '没有这个案卷', { id: 'x' });
      },
      'app.health': () => {
        throw new TypeError('unexpected');
      },
    } as unknown as Handlers;
    const log = vi.fn();
    const router = createRouter(handlers, log);
    expect(await router.dispatch('app.info', {}, { transport: 'test' })).toEqual({
      ok: false,
      error: { code: 'E_NOT_FOUND', message: '没有这个案卷', details: { id: 'x' } },
    });
    const internal = await router.dispatch('app.health', {}, { transport: 'test' });
    expect(internal).toMatchObject({ ok: false, error: { code: 'E_INTERNAL' } });
    expect(log).toHaveBeenCalledOnce();
  });
});
