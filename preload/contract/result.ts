/**
 * Result envelope used across every process boundary (IPC, HTTP, CLI).
 * Services throw {@link AppError}; the router turns it into `{ ok: false }`.
 */
import type { ErrorCode } from './error-codes';

export interface ApiError {
  code: ErrorCode;
  /** Chinese-first message that tells the user what happened and what to do. */
  message: string;
  details?: unknown;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details },
});
