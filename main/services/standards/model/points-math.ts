/**
 * Point values are decimals like 0.5 or 1.5; sums of such values in binary
 * floating point drift (0.1 + 0.2). Comparisons of declared vs computed
 * points use this tolerance, far below the 0.01 display precision.
 */
export const POINT_EPSILON = 1e-9;

export const pointsEqual = (a: number, b: number): boolean => Math.abs(a - b) <= POINT_EPSILON;

export const sumPoints = (values: readonly number[]): number => values.reduce((acc, v) => acc + v, 0);

/** "2", "0.5", "1.25" — no trailing float noise in messages. */
export const formatPoints = (value: number): string => String(Math.round(value * 100) / 100);
