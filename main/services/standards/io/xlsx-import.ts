import ExcelJS from 'exceljs';
import { standardContentHash } from '../model/content-hash';
import type { StandardInput } from '../../../../preload/contract/model/standard/standard';
import { validateStandard } from '../model/validate-standard';
import type { ImportedStandard } from './json-io';
import type { XlsxImportError } from './xlsx-import-error';
import { columnLabel, findHeader, readItemSheet } from './xlsx-item-sheet';
import {
  ITEM_COLUMNS,
  ITEM_SHEET_NAMES,
  MAX_XLSX_BYTES,
  META_KEYS,
  META_SHEET_NAME,
  REQUIRED_ITEM_COLUMNS,
  type ItemColumn,
  type MetaKey,
} from './xlsx-layout';
import { readMetaSheet } from './xlsx-meta';

export type XlsxImportResult =
  { ok: true; value: ImportedStandard } | { ok: false; errors: XlsxImportError[] };

export interface XlsxImportOptions {
  /** Overrides or supplies standard fields (e.g. from an import dialog) when there is no 标准信息 sheet. */
  meta?: Partial<StandardInput>;
}

/** Which item-sheet column a standard field's errors point to. */
const FIELD_COLUMN: Record<string, ItemColumn> = {
  code: 'code',
  title: 'title',
  criterion: 'criterion',
  basis: 'basis',
  points: 'points',
  mode: 'mode',
  step: 'options',
  range: 'options',
  options: 'options',
  veto: 'veto',
  vetoCriterion: 'vetoCriterion',
  note: 'note',
  appliesWhen: 'appliesWhen',
  threeSystem: 'threeSystem',
  ruleIds: 'ruleIds',
  keywords: 'keywords',
  allowNa: 'allowNa',
  declaredPoints: 'section',
  items: 'section',
};

/**
 * Imports a standard from an .xlsx workbook laid out as in docs/standards.md:
 * an item sheet (评查项目, one row per item) and an optional 标准信息 sheet.
 * Cell-level problems and standard validation problems are both reported with
 * sheet, row and column. Never throws on bad input.
 */
export async function importStandardFromXlsx(
  data: Uint8Array | ArrayBuffer,
  options: XlsxImportOptions = {},
): Promise<XlsxImportResult> {
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  if (bytes.byteLength > MAX_XLSX_BYTES) {
    return {
      ok: false,
      errors: [{ sheet: '', message: `文件过大（超过 ${MAX_XLSX_BYTES / 1024 / 1024} MB）` }],
    };
  }
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types want a Node Buffer; the bytes are not copied.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer,
    );
  } catch {
    return {
      ok: false,
      errors: [
        {
          sheet: '',
          message: '无法读取 Excel 文件：文件已损坏或不是 .xlsx 格式（旧版 .xls 请先另存为 .xlsx）',
        },
      ],
    };
  }
  const metaSheet = workbook.getWorksheet(META_SHEET_NAME);
  const itemSheet =
    workbook.worksheets.find((ws) => ITEM_SHEET_NAMES.includes(ws.name)) ??
    workbook.worksheets.find((ws) => ws.name !== META_SHEET_NAME);
  if (itemSheet === undefined)
    return { ok: false, errors: [{ sheet: '', message: '工作簿中没有评查项目工作表' }] };
  const header = findHeader(itemSheet);
  if (header === null) {
    const need = REQUIRED_ITEM_COLUMNS.map((k) => ITEM_COLUMNS[k].header).join('、');
    return {
      ok: false,
      errors: [{ sheet: itemSheet.name, row: 1, message: `前 10 行中找不到表头（至少需要列：${need}）` }],
    };
  }
  const missing = REQUIRED_ITEM_COLUMNS.filter((k) => !header.columns.has(k));
  if (missing.length > 0) {
    return {
      ok: false,
      errors: missing.map((k) => ({
        sheet: itemSheet.name,
        row: header.row,
        message: `缺少“${ITEM_COLUMNS[k].header}”列`,
      })),
    };
  }

  const meta = readMetaSheet(metaSheet);
  const items = readItemSheet(itemSheet, header);
  const cellErrors = [...meta.errors, ...items.errors];
  if (cellErrors.length > 0) return { ok: false, errors: cellErrors };

  const input = { ...meta.fields, ...options.meta, sections: items.sections };
  const r = validateStandard(input);
  if (!r.ok) {
    const colOf = (key: ItemColumn): string => columnLabel(header, key);
    return {
      ok: false,
      errors: r.errors.map((e): XlsxImportError => {
        const row =
          e.itemCode === undefined
            ? undefined
            : (items.itemRows.get(e.itemCode) ?? items.sectionRows.get(e.itemCode));
        if (e.path.startsWith('sections')) {
          const col = FIELD_COLUMN[e.field];
          return {
            sheet: itemSheet.name,
            ...(row === undefined ? {} : { row }),
            ...(row !== undefined && col ? { column: colOf(col) } : {}),
            ...(e.itemCode ? { itemCode: e.itemCode } : {}),
            message: e.message,
          };
        }
        const topField = e.path.split(/[.[]/)[0] ?? '';
        const metaKey = (
          topField === 'formula' ? (e.field in META_KEYS ? e.field : 'formula') : topField
        ) as MetaKey;
        const metaRow = meta.rows.get(metaKey);
        const label = META_KEYS[metaKey] ?? e.field;
        return {
          sheet: metaSheet?.name ?? META_SHEET_NAME,
          ...(metaRow === undefined ? {} : { row: metaRow, column: 'B' }),
          message: `${label}：${e.message}`,
        };
      }),
    };
  }
  return { ok: true, value: { standard: r.value, contentHash: standardContentHash(r.value) } };
}
