import type { ArgsOf, MethodName, ResultOf } from '../../../preload/contract';
import { openTestApi } from '../../helpers/open-test-api';

export type TestApi = Awaited<ReturnType<typeof openTestApi>>;

/** Typed router calls for the review tests: `call` unwraps, `callError` expects a failure. */
export function apiCalls(api: () => TestApi) {
  const call = async <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> => {
    const result = await api().router.dispatch(method, args, { transport: 'test' });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ResultOf<M>;
  };
  const callError = async (method: MethodName, args: unknown) => {
    const result = await api().router.dispatch(method, args, { transport: 'test' });
    if (result.ok) throw new Error(`expected ${method} to fail`);
    return result.error;
  };
  /** A reviewer, a 行政处罚 case, and the built-in penalty standard's version id. */
  const setup = async () => {
    await call('reviewer.set', { identity: { name: '王评查', unit: '市司法局', role: '评查员' } });
    const { record } = await call('cases.create', {
      record: { name: '张某某占道经营案', actType: '行政处罚', procedure: '普通' },
    });
    const standards = await call('standards.list', {});
    const penalty = standards.find((s) => s.code === 'PC-XZCF-YB');
    if (!penalty) throw new Error('built-in penalty standard missing');
    return { caseId: record.id, versionId: penalty.id, standards };
  };
  return { call, callError, setup };
}
