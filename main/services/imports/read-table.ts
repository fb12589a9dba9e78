import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { AppError } from '../../../preload/contract/app-error';

export interface Table {
  sheetName: string;
  /** Header row (row 1). */
  headers: string[];
  /** Data rows with their 1-based spreadsheet row numbers. */
  rows: { rowNumber: number; cells: unknown[] }[];
}

/** CSV files saved by Chinese Excel/WPS are often GB18030, not UTF-8. */
function decodeCsv(bytes: Buffer): string {
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  try {
    return utf8.decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

const cellValue = (value: unknown): unknown => {
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const v = value as { text?: unknown; result?: unknown; richText?: { text: string }[] };
    if (v.richText) return v.richText.map((r) => r.text).join('');
    if (v.result !== undefined) return v.result;
    if (v.text !== undefined) return v.text;
  }
  return value;
};

/** Reads the first sheet of an .xlsx, or a .csv, as header + rows. */
export async function readTable(path: string, fileName: string): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  const bytes = await readFile(path);
  try {
    if (fileName.toLowerCase().endsWith('.csv')) {
      await workbook.csv.read(Readable.from([decodeCsv(bytes)]));
    } else {
      await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    }
  } catch (error) {
    throw new AppError(
      'E_CORRUPT_FILE',
      `案卷清单“${fileName}”无法读取：${(error as Error).message}。请用 Excel/WPS 另存为 .xlsx 或 UTF-8 .csv 后重试。`,
    );
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new AppError('E_INVALID_ARGS', `案卷清单“${fileName}”中没有工作表`);
  const headers: string[] = [];
  sheet
    .getRow(1)
    .eachCell(
      { includeEmpty: true },
      (cell, col) => (headers[col - 1] = String(cellValue(cell.value) ?? '').trim()),
    );
  const rows: Table['rows'] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = headers.map((_, i) => cellValue(row.getCell(i + 1).value));
    if (cells.some((c) => c !== null && c !== undefined && String(c).trim() !== ''))
      rows.push({ rowNumber, cells });
  });
  return { sheetName: sheet.name, headers, rows };
}
