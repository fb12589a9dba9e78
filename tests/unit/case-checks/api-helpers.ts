import { expect } from 'vitest';
import type { ArgsOf, MethodName, ResultOf } from '../../../preload/contract';
import type { openTestApi } from '../../helpers/open-test-api';

type TestApi = Awaited<ReturnType<typeof openTestApi>>;

/** Calls a method through the router and unwraps the value (throws on an error result). */
export async function call<M extends MethodName>(
  api: TestApi,
  method: M,
  args: ArgsOf<M>,
): Promise<ResultOf<M>> {
  const result = await api.router.dispatch(method, args, { transport: 'test' });
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as ResultOf<M>;
}

/** Calls a method that must fail and returns its error. */
export async function callError(api: TestApi, method: MethodName, args: unknown) {
  const result = await api.router.dispatch(method, args, { transport: 'test' });
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

export async function newCase(api: TestApi, name = '某某餐饮有限公司超范围经营案'): Promise<string> {
  const { record } = await call(api, 'cases.create', {
    record: { name, agency: '随州市市场监督管理局', actType: '行政处罚', procedure: '普通' },
  });
  return record.id;
}

/** A reporter for synchronous imports in tests (no progress shown). */
export const quietReporter = () => ({
  signal: new AbortController().signal,
  setTotal: () => undefined,
  step: () => undefined,
  finishItem: () => undefined,
});
