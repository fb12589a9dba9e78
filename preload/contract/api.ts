/**
 * The `window.api` shape. Types only (plus a one-line builder), so the sandboxed
 * preload bundle stays free of zod and schemas.
 */
import type { ArgsOf, MethodName, ResultOf } from './index';
import type { Result } from './result';

/** The single object the renderer sees as `window.api`, in Electron and in browser mode alike. */
export interface PingchaApi {
  call<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<Result<ResultOf<M>>>;
}

export type Invoke = (method: string, args: unknown) => Promise<unknown>;

/** Builds the frozen `window.api` object over a transport-specific invoke function. */
export const buildApi = (invoke: Invoke): PingchaApi =>
  Object.freeze({
    call: (method: string, args: unknown) => invoke(method, args),
  }) as PingchaApi;
