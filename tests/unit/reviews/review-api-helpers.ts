import { openTestApi } from '../../helpers/open-test-api';
import { routerCalls } from '../../helpers/router-calls';

export type TestApi = Awaited<ReturnType<typeof openTestApi>>;

/** Typed router calls for the review tests: `call` unwraps, `callError` expects a failure. */
export function apiCalls(api: () => TestApi) {
  const { call, callError } = routerCalls(() => api().router);
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
