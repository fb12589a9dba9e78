import type ExcelJS from 'exceljs';
import type { StandardItemInput } from '../../../../preload/contract/model/standard/item';
import type { StandardSectionInput } from '../../../../preload/contract/model/standard/section';
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
  MAX_ITEM_ROWS,
  MODE_WORDS,
  NO_WORDS,
  THREE_SYSTEM_WORDS,
  VETO_WORDS,
  type ItemColumn,
} from './xlsx-layout';

/** 1 → A, 27 → AA. */
export const colLetter = (n: number): string => {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
};

export interface ItemSheetHeader {
  row: number;
  columns: Map<ItemColumn, number>;
}

/** `H（扣分选项）`: letter plus header, as staff see it. */
export const columnLabel = (header: ItemSheetHeader, key: ItemColumn): string => {
  const c = header.columns.get(key);
  return c === undefined ? ITEM_COLUMNS[key].header : `${colLetter(c)}（${ITEM_COLUMNS[key].header}）`;
};

/** The header row: the first of the top 10 rows naming at least 编号 and 分值. */
export function findHeader(sheet: ExcelJS.Worksheet): ItemSheetHeader | null {
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

export interface ReadItems {
  sections: StandardSectionInput[];
  itemRows: Map<string, number>;
  sectionRows: Map<string, number>;
  errors: XlsxImportError[];
}

/** One row per item; sections are built from the 章节 column in order of appearance. */
export function readItemSheet(sheet: ExcelJS.Worksheet, header: ItemSheetHeader): ReadItems {
  const out: ReadItems = { sections: [], itemRows: new Map(), sectionRows: new Map(), errors: [] };
  const colName = (key: ItemColumn): string => columnLabel(header, key);
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
