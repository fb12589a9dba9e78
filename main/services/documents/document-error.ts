import { AppError } from '../../../preload/contract/app-error';
import type { ErrorCode } from '../../../preload/contract/error-codes';

/** Details attached to every document error so the UI can name the file and the cause. */
export interface DocumentErrorDetails {
  fileName: string;
  /** Short machine-readable reason, e.g. `pdf-password-required`, `zip-bomb`. */
  reason: string;
  [key: string]: unknown;
}

/** Builds an AppError whose message already names the file (Chinese-first, says what to do). */
export function documentError(
  code: ErrorCode,
  fileName: string,
  reason: string,
  message: string,
  extra: Record<string, unknown> = {},
): AppError {
  const details: DocumentErrorDetails = { ...extra, fileName, reason };
  return new AppError(code, `“${fileName}”：${message}`, details);
}
