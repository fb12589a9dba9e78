import type { ApiError, ArgsOf, MethodName, ResultOf } from '../../../preload/contract';
import { api } from './api-client';

/** Thrown for an `{ ok: false }` result so event handlers can use try/catch. */
export class ApiCallError extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
  }
}

/** For commands (create, save, delete): unwraps the Result or throws ApiCallError. */
export async function callOrThrow<M extends MethodName>(method: M, args: ArgsOf<M>): Promise<ResultOf<M>> {
  const result = await api.call(method, args);
  if (!result.ok) throw new ApiCallError(result.error);
  return result.value;
}
