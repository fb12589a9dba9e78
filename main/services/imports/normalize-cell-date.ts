/**
 * Dates as people type them in spreadsheets: Excel date cells, 2024-10-08,
 * 2024/10/8, 2024.10.08, 2024年10月8日. Returns YYYY-MM-DD, or the trimmed
 * input unchanged so validation can name the bad value.
 */
export function normalizeCellDate(value: unknown): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) {
    // exceljs gives date cells as UTC midnight.
    return Number.isNaN(value.getTime()) ? 'invalid' : value.toISOString().slice(0, 10);
  }
  const text = String(value).trim();
  if (text === '') return null;
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text);
  if (!match) return text;
  const [, y, m, d] = match as unknown as [string, string, string, string];
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}
