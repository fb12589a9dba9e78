import { AppError } from '../../../../preload/contract/app-error';

/** Times of day are `HH:mm` (24-hour) strings, kept separate from dates. */
export type ClockTime = string;

const CLOCK = /^(\d{2}):(\d{2})$/;

export function clockTimeProblem(value: unknown): string | null {
  if (typeof value !== 'string') return '时间必须是 HH:mm 格式的文本';
  const m = CLOCK.exec(value);
  if (!m) return `“${value}”不是 HH:mm 格式的时间`;
  const h = Number(m[1]);
  const min = Number(m[2]);
  if (h > 23 || min > 59) return `“${value}”不是有效的时间`;
  return null;
}

/** Minutes since midnight; throws `AppError('E_INVALID_ARGS')` for invalid input. */
export function toMinutes(value: ClockTime): number {
  const problem = clockTimeProblem(value);
  if (problem !== null) throw new AppError('E_INVALID_ARGS', problem, { reason: 'INVALID_TIME', value });
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}
