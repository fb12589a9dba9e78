/**
 * Masks a personal ID or credit code for display in lists: keeps the first 6
 * and last 4 characters (enough to tell parties apart), hides the rest.
 * Short values are masked entirely but for the last character.
 */
export function maskIdNumber(value: string): string {
  const v = value.trim();
  if (v.length === 0) return '';
  if (v.length <= 10) return `${'*'.repeat(v.length - 1)}${v.slice(-1)}`;
  return `${v.slice(0, 6)}${'*'.repeat(v.length - 10)}${v.slice(-4)}`;
}
