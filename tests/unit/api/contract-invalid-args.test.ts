import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { methodNames } from '../../../preload/contract';
import { openTestApi } from '../../helpers/open-test-api';

let api: Awaited<ReturnType<typeof openTestApi>>;
beforeAll(async () => (api = await openTestApi()));
afterAll(async () => api.dispose());

// Every method of the contract, current and future: invalid arguments give
// E_INVALID_ARGS and never crash. Argument schemas must be strict objects.
const INVALID_ARGS: [string, unknown][] = [
  ['a number', 42],
  ['a string', 'x'],
  ['null', null],
  ['an array', []],
  ['an unknown key', { __unexpected__: true }],
  ['a prototype-pollution attempt', JSON.parse('{"__proto__": {"polluted": true}}')],
];

describe.each(methodNames)('%s', (method) => {
  it.each(INVALID_ARGS)('rejects %s with E_INVALID_ARGS', async (_label, args) => {
    const result = await api.router.dispatch(method, args, { transport: 'test' });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('E_INVALID_ARGS');
      expect(result.error.message).toContain(method);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
