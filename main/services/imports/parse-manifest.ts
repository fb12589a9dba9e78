import { z } from 'zod';
import { caseInputSchema, type CaseFields } from '../../../preload/contract/methods/cases';
import { MANIFEST_COLUMNS, REQUIRED_MANIFEST_COLUMNS, type ManifestColumnKey } from './manifest-columns';
import { normalizeCellDate } from './normalize-cell-date';
import type { Table } from './read-table';

export interface ManifestRow {
  rowNumber: number;
  fields: CaseFields;
  folder: string;
}

export interface ManifestProblem {
  sheet: string;
  row: number | null;
  column: string | null;
  message: string;
}

/** Maps a zod issue path on the case record back to the manifest column the user typed it in. */
const COLUMN_OF_PATH: Record<string, ManifestColumnKey> = {
  caseNumber: 'caseNumber',
  name: 'name',
  agency: 'agency',
  sector: 'sector',
  actType: 'actType',
  procedure: 'procedure',
  'party.name': 'partyName',
  'party.kind': 'partyKind',
  'party.idNumber': 'partyId',
  'dates.filed': 'filed',
  'dates.decided': 'decided',
  'dates.served': 'served',
  'dates.closed': 'closed',
  tags: 'tags',
  notes: 'notes',
};

const zhLocale = z.locales.zhCN();

/** Chinese for the people who filled in the sheet; the schema's own messages (dates, name) still win. */
const manifestErrorMap: z.core.$ZodErrorMap = (issue) =>
  issue.code === 'invalid_value'
    ? `取值无效，可选：${issue.values.map(String).join('、')}`
    : zhLocale.localeError(issue);

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const orNull = (v: string) => (v === '' ? null : v);

/**
 * Turns a manifest table into validated case rows. Every problem names the
 * sheet, the row and the column; rows with problems are not returned.
 */
export function parseManifest(table: Table): { rows: ManifestRow[]; problems: ManifestProblem[] } {
  const problems: ManifestProblem[] = [];
  const index = new Map<ManifestColumnKey, number>();
  for (const [key, header] of Object.entries(MANIFEST_COLUMNS) as [ManifestColumnKey, string][]) {
    const at = table.headers.indexOf(header);
    if (at >= 0) index.set(key, at);
  }
  for (const key of REQUIRED_MANIFEST_COLUMNS) {
    if (!index.has(key))
      problems.push({
        sheet: table.sheetName,
        row: 1,
        column: MANIFEST_COLUMNS[key],
        message: `缺少必需的列「${MANIFEST_COLUMNS[key]}」`,
      });
  }
  if (problems.length > 0) return { rows: [], problems };

  const rows: ManifestRow[] = [];
  const folders = new Set<string>();
  for (const { rowNumber, cells } of table.rows) {
    const get = (key: ManifestColumnKey) => {
      const at = index.get(key);
      return at === undefined ? undefined : cells[at];
    };
    const candidate = {
      caseNumber: text(get('caseNumber')),
      name: text(get('name')),
      agency: text(get('agency')),
      sector: text(get('sector')),
      actType: text(get('actType')) || undefined,
      procedure: orNull(text(get('procedure')).replace(/程序$/, '')),
      party: {
        name: text(get('partyName')),
        kind: orNull(text(get('partyKind'))),
        idNumber: text(get('partyId')),
      },
      dates: {
        filed: normalizeCellDate(get('filed')),
        decided: normalizeCellDate(get('decided')),
        served: normalizeCellDate(get('served')),
        closed: normalizeCellDate(get('closed')),
      },
      tags: text(get('tags'))
        .split(/[,，;；、\s]+/)
        .filter(Boolean),
      notes: text(get('notes')),
    };
    const parsed = caseInputSchema.safeParse(candidate, { error: manifestErrorMap });
    const folder = text(get('folder')).replace(/\\/g, '/').replace(/^\.\//, '').replace(/\/+$/, '');
    let ok = parsed.success;
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = COLUMN_OF_PATH[issue.path.map(String).join('.')];
        const value = key ? text(get(key)) : '';
        problems.push({
          sheet: table.sheetName,
          row: rowNumber,
          column: key ? MANIFEST_COLUMNS[key] : null,
          message: `${issue.message}${value ? `（“${value}”）` : ''}`,
        });
      }
    }
    if (!folder) {
      problems.push({
        sheet: table.sheetName,
        row: rowNumber,
        column: MANIFEST_COLUMNS.folder,
        message: '未填写案卷文件夹',
      });
      ok = false;
    } else if (
      folder.split('/').some((s) => s === '..') ||
      folder.startsWith('/') ||
      /^[A-Za-z]:/.test(folder)
    ) {
      problems.push({
        sheet: table.sheetName,
        row: rowNumber,
        column: MANIFEST_COLUMNS.folder,
        message: `文件夹必须是清单所在目录下的相对路径：${folder}`,
      });
      ok = false;
    } else if (folders.has(folder)) {
      problems.push({
        sheet: table.sheetName,
        row: rowNumber,
        column: MANIFEST_COLUMNS.folder,
        message: `文件夹与前面的行重复：${folder}`,
      });
      ok = false;
    }
    folders.add(folder);
    if (ok && parsed.success) rows.push({ rowNumber, fields: parsed.data, folder });
  }
  return { rows, problems };
}

export const describeProblem = (p: ManifestProblem) =>
  `工作表「${p.sheet}」${p.row !== null ? `第 ${p.row} 行` : ''}${p.column ? `「${p.column}」列` : ''}：${p.message}`;
