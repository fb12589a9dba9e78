import type { ArgsOf, MethodName, ResultOf } from '../../preload/contract';
import type { Router } from '../../main/api/router';

/**
 * Typed calls through the real router, as the IPC and HTTP hosts make them:
 * `call` unwraps a success (and throws with code and message otherwise),
 * `callError` expects a failure and returns its error.
 */
export function routerCalls(router: () => Router) {
  const call = async <M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> => {
    const result = await router().dispatch(method, args, { transport: 'test' });
    if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
    return result.value as ResultOf<M>;
  };
  const callError = async (method: MethodName, args: unknown) => {
    const result = await router().dispatch(method, args, { transport: 'test' });
    if (result.ok) throw new Error(`expected ${method} to fail`);
    return result.error;
  };
  return { call, callError };
}
