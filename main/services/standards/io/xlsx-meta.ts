import type ExcelJS from 'exceljs';
import type { StandardInput } from '../../../../preload/contract/model/standard/standard';
import { type CellParse, cellText, parsePoints, splitList } from './xlsx-cells';
import { ACT_TYPE_WORDS, FORMULA_WORDS, META_KEYS, NA_WORDS, type MetaKey } from './xlsx-layout';
import type { XlsxImportError } from './xlsx-import-error';

const KEY_BY_LABEL = new Map<string, MetaKey>(
  Object.entries(META_KEYS).map(([k, label]) => [label, k as MetaKey]),
);

export interface MetaRead {
  /** Standard fields other than sections. */
  fields: Partial<StandardInput>;
  /** Row of each key in the 标准信息 sheet, to point errors at it. */
  rows: Map<MetaKey, number>;
  errors: XlsxImportError[];
}

/** "优秀≥90；良好≥80；合格≥60；不合格" → bands; the last (no bound) starts at 0 and fails. */
function parseGrading(text: string): CellParse<NonNullable<StandardInput['grading']>> {
  const parts = text
    .split(/[;；,，\n]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const bands: Array<{ label: string; min: number; pass: boolean }> = [];
  for (const [i, part] of parts.entries()) {
    const m = /^(.+?)\s*(?:≥|>=|＞=)\s*(\d+(?:\.\d+)?)\s*分?$/.exec(part);
    const last = i === parts.length - 1;
    if (m !== null) bands.push({ label: (m[1] ?? '').trim(), min: Number(m[2]), pass: true });
    else if (last) bands.push({ label: part, min: 0, pass: false });
    else
      return {
        ok: false,
        message: `等级“${part}”应写成“名称≥分数”，最后一级只写名称，如“优秀≥90；合格≥60；不合格”`,
      };
  }
  return { ok: true, value: { bands } };
}

/** Reads the optional 标准信息 sheet: column A key, column B value. */
export function readMetaSheet(sheet: ExcelJS.Worksheet | undefined): MetaRead {
  const out: MetaRead = { fields: {}, rows: new Map(), errors: [] };
  if (sheet === undefined) return out;
  const formula: Record<string, unknown> = {};
  const err = (row: number, message: string): void => {
    out.errors.push({ sheet: sheet.name, row, column: 'B', message });
  };
  sheet.eachRow((row, rowNumber) => {
    const key = KEY_BY_LABEL.get(cellText(row.getCell(1).value));
    const value = cellText(row.getCell(2).value);
    if (key === undefined || value === '') return;
    out.rows.set(key, rowNumber);
    switch (key) {
      case 'code':
      case 'name':
      case 'version':
      case 'issuer':
      case 'sourceNote':
      case 'description':
        out.fields[key] = value;
        break;
      case 'actTypes': {
        const types = splitList(value);
        const bad = types.filter((t) => !ACT_TYPE_WORDS.includes(t));
        if (bad.length > 0)
          err(rowNumber, `适用行为类型“${bad.join('、')}”无效，可选：${ACT_TYPE_WORDS.join('、')}`);
        else out.fields.actTypes = types as StandardInput['actTypes'];
        break;
      }
      case 'formula': {
        const kind = FORMULA_WORDS[value];
        if (kind === undefined) err(rowNumber, `计分公式“${value}”无效，可选：百分制、合法性+规范性`);
        else formula.kind = kind;
        break;
      }
      case 'naPolicy': {
        const policy = NA_WORDS[value];
        if (policy === undefined) err(rowNumber, `不适用处理“${value}”无效，可选：剔除分母、按满分`);
        else out.fields.naPolicy = policy;
        break;
      }
      case 'fullScore':
      case 'legalityPoints':
      case 'normativityPoints': {
        const n = parsePoints(value);
        if (n === null) err(rowNumber, `“${META_KEYS[key]}”应为数字，实际为“${value}”`);
        else formula[key] = n;
        break;
      }
      case 'legalitySections':
      case 'formSections':
      case 'normativitySections':
        formula[key] = splitList(value);
        break;
      case 'grading': {
        const g = parseGrading(value);
        if (g.ok) out.fields.grading = g.value;
        else err(rowNumber, g.message);
        break;
      }
    }
  });
  if (Object.keys(formula).length > 0) {
    // Validated later by the standard schema; the cast only carries the collected keys.
    out.fields.formula = { kind: 'sum_100', ...formula } as StandardInput['formula'];
  }
  return out;
}
