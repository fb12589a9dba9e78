import type { ErrorCode } from './error-codes';

/** Thrown by services; converted to a `Result` error by the router. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}
