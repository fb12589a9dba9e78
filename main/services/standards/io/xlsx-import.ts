import ExcelJS from 'exceljs';
import { standardContentHash } from '../model/content-hash';
import type { StandardItemInput } from '../model/item';
import type { StandardSectionInput } from '../model/section';
import type { StandardInput } from '../model/standard';
import { validateStandard } from '../model/validate-standard';
import type { ImportedStandard } from './json-io';
import {
  cellText,
  parseConditionCell,
  parseOptionsCell,
  parsePoints,
  parseSectionSegment,
  splitList,
  splitSectionPath,
} from './xlsx-cells';
import type { XlsxImportError } from './xlsx-import-error';
import {
  ITEM_COLUMNS,
  ITEM_SHEET_NAMES,
  MAX_ITEM_ROWS,
  MAX_XLSX_BYTES,
  META_KEYS,
  META_SHEET_NAME,
  MODE_WORDS,
  NO_WORDS,
  REQUIRED_ITEM_COLUMNS,
  THREE_SYSTEM_WORDS,
  VETO_WORDS,
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

const colLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

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

function findHeader(sheet: ExcelJS.Worksheet): { row: number; columns: Map<ItemColumn, number> } | null {
  for (let r = 1; r <= Math.min(10, sheet.rowCount); r++) {
    // Per column key, the header matching the earliest alias wins: with both 序号 and 编号 present, 编号 is the code.
    const best = new Map<ItemColumn, { col: number; rank: number }>();
    sheet.getRow(r).eachCell((cell, c) => {
      const text = cellText(cell.value).replace(/\s+/g, '');
      for (const [key, def] of Object.entries(ITEM_COLUMNS) as Array<
        [ItemColumn, (typeof ITEM_COLUMNS)[ItemColumn]]
      >) {
        const rank = (def.aliases as readonly string[]).indexOf(text);
        const prev = best.get(key);
        if (rank >= 0 && (prev === undefined || rank < prev.rank)) best.set(key, { col: c, rank });
      }
    });
    const columns = new Map([...best].map(([k, v]) => [k, v.col]));
    if (columns.has('code') && columns.has('points')) return { row: r, columns };
  }
  return null;
}

/** Words of a totals row at the bottom of a sheet, which is not an item. */
const TOTAL_WORDS = ['合计', '总计', '总分', '小计'];

interface ReadItems {
  sections: StandardSectionInput[];
  itemRows: Map<string, number>;
  sectionRows: Map<string, number>;
  errors: XlsxImportError[];
}

function readItemSheet(
  sheet: ExcelJS.Worksheet,
  header: { row: number; columns: Map<ItemColumn, number> },
): ReadItems {
  const out: ReadItems = { sections: [], itemRows: new Map(), sectionRows: new Map(), errors: [] };
  const colName = (key: ItemColumn): string => {
    const c = header.columns.get(key);
    return c === undefined ? ITEM_COLUMNS[key].header : `${colLetter(c)}（${ITEM_COLUMNS[key].header}）`;
  };
  const byPath = new Map<string, StandardSectionInput>();
  const usedCodes = new Set<string>();
  let lastSection = '';
  const lastRow = Math.min(sheet.rowCount, header.row + MAX_ITEM_ROWS);
  if (sheet.rowCount > lastRow) {
    out.errors.push({ sheet: sheet.name, message: `评查项目超过 ${MAX_ITEM_ROWS} 行，请拆分后导入` });
  }
  for (let r = header.row + 1; r <= lastRow; r++) {
    const row = sheet.getRow(r);
    const get = (key: ItemColumn): string => {
      const c = header.columns.get(key);
      return c === undefined ? '' : cellText(row.getCell(c).value);
    };
    const err = (key: ItemColumn, message: string, itemCode?: string): void => {
      out.errors.push({
        sheet: sheet.name,
        row: r,
        column: colName(key),
        ...(itemCode ? { itemCode } : {}),
        message,
      });
    };
    const values = [...header.columns.keys()].map(get);
    if (values.every((v) => v === '')) continue;
    // A totals row (合计 100) at the bottom is not an item.
    if (get('code') === '' && (TOTAL_WORDS.includes(get('title')) || TOTAL_WORDS.includes(get('section'))))
      continue;

    // Blank 章节 continues the previous section (merged cells read as blank below the first row).
    const sectionText = get('section') || lastSection;
    if (sectionText === '') {
      err('section', '第一条评查项目必须填写章节');
      continue;
    }
    lastSection = sectionText;
    let parent: StandardSectionInput | undefined;
    let pathKey = '';
    for (const segment of splitSectionPath(sectionText)) {
      const seg = parseSectionSegment(segment);
      pathKey = `${pathKey}/${seg.code}`;
      let section = byPath.get(pathKey);
      if (section === undefined) {
        // Codes must be unique; "（一）" under two chapters becomes "三.（一）" the second time.
        const code =
          parent !== undefined && usedCodes.has(seg.code) ? `${parent.code}.${seg.code}` : seg.code;
        usedCodes.add(code);
        section = {
          code,
          title: seg.title,
          items: [],
          sections: [],
          ...(seg.declaredPoints === undefined ? {} : { declaredPoints: seg.declaredPoints }),
        };
        byPath.set(pathKey, section);
        out.sectionRows.set(section.code, r);
        (parent === undefined ? out.sections : (parent.sections ??= [])).push(section);
      }
      parent = section;
    }

    if (parent === undefined) {
      err('section', `章节“${sectionText}”格式无效`);
      continue;
    }
    const code = get('code');
    // A row with only the 章节 cell declares the section (common as a heading row).
    if (code === '' && get('title') === '' && get('points') === '') continue;
    const modeText = get('mode');
    const mode = modeText === '' ? 'deduct' : MODE_WORDS[modeText];
    if (mode === undefined)
      err('mode', `计分方式“${modeText}”无效，可选：扣分、按次扣分、区间扣分、得分、加分`, code);
    const pointsText = get('points');
    const points = parsePoints(pointsText);
    if (points === null)
      err('points', pointsText === '' ? '分值不能为空' : `分值“${pointsText}”不是数字`, code);
    const item: StandardItemInput = {
      code,
      title: get('title'),
      points: points ?? 0,
      mode: mode ?? 'deduct',
    };
    const criterion = get('criterion');
    if (criterion !== '') item.criterion = criterion;
    const basis = get('basis');
    if (basis !== '') item.basis = basis;
    const opts = parseOptionsCell(get('options'), mode ?? 'deduct');
    if (!opts.ok) err('options', opts.message, code);
    else Object.assign(item, opts.value);
    const vetoText = get('veto');
    if (vetoText !== '' && !NO_WORDS.includes(vetoText)) {
      const veto = VETO_WORDS[vetoText];
      if (veto === undefined)
        err('veto', `否决“${vetoText}”无效，可填：得0分、不合格、不得评优（或留空）`, code);
      else item.veto = veto;
    }
    const vetoCriterion = get('vetoCriterion');
    if (vetoCriterion !== '') item.vetoCriterion = vetoCriterion;
    const cond = parseConditionCell(get('appliesWhen'));
    if (!cond.ok) err('appliesWhen', cond.message, code);
    else if (cond.value !== undefined) item.appliesWhen = cond.value;
    const tsText = get('threeSystem');
    if (tsText !== '') {
      const ts = THREE_SYSTEM_WORDS[tsText];
      if (ts === undefined)
        err('threeSystem', `三项制度“${tsText}”无效，可填：公示、全过程记录、法制审核`, code);
      else item.threeSystem = ts;
    }
    const rules = splitList(get('ruleIds'));
    if (rules.length > 0) item.ruleIds = rules;
    const keywords = splitList(get('keywords'));
    if (keywords.length > 0) item.keywords = keywords;
    if (NO_WORDS.includes(get('allowNa'))) item.allowNa = false;
    const note = get('note');
    if (note !== '') item.note = note;
    if (code !== '') out.itemRows.set(code, r);
    (parent.items ??= []).push(item);
  }
  return out;
}

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
    const colOf = (key: ItemColumn): string => {
      const c = header.columns.get(key);
      return c === undefined ? ITEM_COLUMNS[key].header : `${colLetter(c)}（${ITEM_COLUMNS[key].header}）`;
    };
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
