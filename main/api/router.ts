import { z } from 'zod';
import {
  AppError,
  contract,
  err,
  isMethodName,
  ok,
  type MethodName,
  type ParsedArgsOf,
  type Result,
  type ResultOf,
} from '../../preload/contract';
import type { ApiContext } from './context';

export type Handler<M extends MethodName> = (
  args: ParsedArgsOf<M>,
  ctx: ApiContext,
) => Promise<ResultOf<M>> | ResultOf<M>;
/** Every contract method must have a handler: the type makes a missing one a compile error. */
export type Handlers = { [M in MethodName]: Handler<M> };
export type HandlerGroup<M extends MethodName> = { [K in M]: Handler<K> };

export interface Router {
  dispatch(method: string, args: unknown, ctx: ApiContext): Promise<Result<unknown>>;
}

const describeIssues = (error: z.ZodError) =>
  error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(参数)',
    message: issue.message,
  }));

/**
 * method → validated args → handler → Result. Nothing thrown by a handler
 * escapes: AppErrors keep their code, anything else becomes E_INTERNAL.
 */
export function createRouter(handlers: Handlers, logError: (error: unknown) => void = console.error): Router {
  return {
    async dispatch(method, args, ctx) {
      if (typeof method !== 'string' || !isMethodName(method)) {
        return err('E_UNKNOWN_METHOD', `未知的接口方法：${String(method)}`);
      }
      const parsed = contract[method].args.safeParse(args);
      if (!parsed.success) {
        const issues = describeIssues(parsed.error);
        const summary = issues.map((i) => `${i.path}: ${i.message}`).join('；');
        return err('E_INVALID_ARGS', `参数无效（${method}）：${summary}`, { issues });
      }
      try {
        const handler = handlers[method] as (a: unknown, c: ApiContext) => unknown;
        return ok(await handler(parsed.data, ctx));
      } catch (error) {
        if (error instanceof AppError) return err(error.code, error.message, error.details);
        logError(error);
        return err(
          'E_INTERNAL',
          `内部错误：${(error as Error)?.message ?? String(error)}。操作未完成，数据未改动。`,
        );
      }
    },
  };
}
