import type { z } from 'zod';

/**
 * One API method: its argument schema (validated in the main process) and its
 * result type (a type only; results are produced by our own code).
 * Argument schemas must be strict objects so unknown keys are rejected.
 */
export interface MethodSpec<Args extends z.ZodType, R> {
  readonly args: Args;
  /** Phantom field carrying the result type. Never set at runtime. */
  readonly _result?: R;
}

export const defineMethod =
  <R>() =>
  <Args extends z.ZodType>(args: Args): MethodSpec<Args, R> => ({ args });
