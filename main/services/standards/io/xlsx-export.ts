import ExcelJS from 'exceljs';
import { FACT_DEFINITIONS, isFactName } from '../../../../preload/contract/model/standard/case-facts';
import type { Condition } from '../../../../preload/contract/model/standard/condition';
import type { StandardItem } from '../../../../preload/contract/model/standard/item';
import type { StandardSection } from '../../../../preload/contract/model/standard/section';
import type { Standard } from '../../../../preload/contract/model/standard/standard';
import { listItems } from '../../../../preload/contract/model/standard/walk';
import {
  SCORING_MODE_LABELS,
  VERIFY_LOCALLY_NOTE,
  type ThreeSystem,
  type VetoEffect,
} from '../../../../preload/contract/model/standard/vocabulary';
import { ITEM_COLUMNS, META_KEYS, META_SHEET_NAME, type ItemColumn, type MetaKey } from './xlsx-layout';

export interface XlsxExportResult {
  bytes: Uint8Array;
  /** What the spreadsheet cannot carry (re-importing loses it). */
  warnings: string[];
}

const VETO_TEXT: Record<VetoEffect, string> = {
  zero_total: '得0分',
  grade_fail: '不合格',
  cap_below_excellent: '不得评优',
};
const THREE_SYSTEM_TEXT: Record<ThreeSystem, string> = {
  publicity: '公示',
  recording: '全过程记录',
  legal_review: '法制审核',
  none: '',
};

const valueText = (v: string | boolean): string => (typeof v === 'boolean' ? (v ? '是' : '否') : v);

/** One clause of the cell syntax, or null when the condition needs JSON. */
function clauseText(c: Condition): string | null {
  const negated = 'not' in c;
  const inner = 'not' in c ? c.not : c;
  if (!('fact' in inner) || !isFactName(inner.fact)) return null;
  const values = 'equals' in inner ? [inner.equals] : inner.in;
  if (values.some((v) => typeof v === 'string' && /[|｜/;；,，]/.test(v))) return null;
  return `${FACT_DEFINITIONS[inner.fact].label}${negated ? '≠' : '='}${values.map(valueText).join('|')}`;
}

/** Cell text for the conjunction of conditions: clause syntax when possible, JSON otherwise. */
export function conditionCellText(conditions: readonly Condition[]): string {
  const flat = conditions.flatMap((c) => ('all' in c ? c.all : [c]));
  if (flat.length === 0) return '';
  const clauses = flat.map(clauseText);
  if (clauses.every((c): c is string => c !== null)) return clauses.join('；');
  return JSON.stringify(flat.length === 1 ? flat[0] : { all: flat });
}

function optionsCellText(item: StandardItem, warn: (m: string) => void): string {
  if (item.mode === 'per_occurrence') return `每处:${item.step ?? 0}`;
  if (item.mode === 'range') return item.range === undefined ? '' : `${item.range.min}-${item.range.max}`;
  return item.options
    .map((o) => {
      let text = o.text;
      if (/[;；\n\r]/.test(text)) {
        warn(`项目「${item.code}」选项「${o.text}」含分号，已替换为逗号`);
        text = text.replace(/[;；\n\r]+/g, '，');
      }
      if (o.perOccurrence && !text.startsWith('每')) text = `每次${text}`;
      if (!o.perOccurrence && text.startsWith('每'))
        warn(`项目「${item.code}」选项「${o.text}」以“每”开头，重新导入时将按次扣分`);
      return `${text}:${o.points}`;
    })
    .join('；');
}

function segmentText(section: StandardSection, warn: (m: string) => void): string {
  let text = section.code === section.title ? section.title : `${section.code}、${section.title}`;
  if (/[/>＞]/.test(text)) warn(`章节「${section.code}」的编号或名称含“/”或“>”，Excel 中会被当作下级章节`);
  if (section.declaredPoints !== undefined) text += `（${section.declaredPoints}分）`;
  else if (/[（(]\s*\d+(?:\.\d+)?\s*分\s*[)）]$/.test(section.title))
    warn(`章节「${section.code}」名称以“（N分）”结尾，重新导入时会被当作章节分值`);
  if (section.description) warn(`章节「${section.code}」的说明不导出`);
  return text;
}

function metaRows(standard: Standard, warn: (m: string) => void): Array<[string, string | number]> {
  const f = standard.formula;
  const rows: Array<[MetaKey, string | number | undefined]> = [
    ['code', standard.code],
    ['name', standard.name],
    ['version', standard.version],
    ['issuer', standard.issuer],
    ['sourceNote', standard.sourceNote],
    ['description', standard.description],
    ['actTypes', standard.actTypes.join('、')],
    ['formula', f.kind === 'sum_100' ? '百分制' : '合法性+规范性'],
    ['naPolicy', standard.naPolicy === 'renormalise' ? '剔除分母' : '按满分'],
  ];
  if (f.kind === 'sum_100') rows.push(['fullScore', f.fullScore]);
  else {
    rows.push(
      ['legalitySections', f.legalitySections.join('、')],
      ['formSections', f.formSections.join('、')],
    );
    rows.push(['normativitySections', f.normativitySections.join('、')]);
    rows.push(['legalityPoints', f.legalityPoints], ['normativityPoints', f.normativityPoints]);
  }
  const bands = standard.grading.bands;
  if (bands.slice(0, -1).some((b) => !b.pass)) warn('有多个不合格等级，Excel 中只有最后一级为不合格');
  rows.push([
    'grading',
    bands.map((b, i) => (i === bands.length - 1 ? b.label : `${b.label}≥${b.min}`)).join('；'),
  ]);
  if (standard.verifyNote !== VERIFY_LOCALLY_NOTE || standard.grading.note !== VERIFY_LOCALLY_NOTE)
    warn('自定义的核对提示不导出');
  return rows
    .filter((r): r is [MetaKey, string | number] => r[1] !== undefined && r[1] !== '')
    .map(([k, v]) => [META_KEYS[k], v]);
}

/**
 * Writes a standard in the layout importStandardFromXlsx reads, so staff can
 * start from a built-in standard, edit it in Excel and import it as their own
 * version. Option ids are renumbered o1, o2, … on re-import; section
 * conditions are folded into each item's 适用条件.
 */
export async function exportStandardToXlsx(standard: Standard): Promise<XlsxExportResult> {
  const warnings: string[] = [];
  const warn = (m: string): void => {
    if (!warnings.includes(m)) warnings.push(m);
  };
  const wb = new ExcelJS.Workbook();
  const meta = wb.addWorksheet(META_SHEET_NAME);
  meta.addRow(['项目', '内容']);
  for (const row of metaRows(standard, warn)) meta.addRow(row);
  meta.getColumn(1).width = 14;
  meta.getColumn(2).width = 80;

  const sheet = wb.addWorksheet('评查项目');
  const columns = Object.keys(ITEM_COLUMNS) as ItemColumn[];
  sheet.addRow(columns.map((c) => ITEM_COLUMNS[c].header));
  sheet.getRow(1).font = { bold: true };
  for (const { item, sections } of listItems(standard)) {
    const conditions = [...sections.map((s) => s.appliesWhen), item.appliesWhen].filter(
      (c): c is Condition => c !== undefined,
    );
    const cells: Record<ItemColumn, string | number> = {
      section: sections.map((s) => segmentText(s, warn)).join(' / '),
      code: item.code,
      title: item.title,
      criterion: item.criterion,
      basis: item.basis,
      points: item.points,
      mode: SCORING_MODE_LABELS[item.mode],
      options: optionsCellText(item, warn),
      veto: item.veto === undefined ? '' : VETO_TEXT[item.veto],
      vetoCriterion: item.vetoCriterion ?? '',
      appliesWhen: conditionCellText(conditions),
      threeSystem: THREE_SYSTEM_TEXT[item.threeSystem],
      ruleIds: item.ruleIds.join(', '),
      keywords: item.keywords.join('、'),
      allowNa: item.allowNa ? '' : '否',
      note: item.note ?? '',
    };
    sheet.addRow(columns.map((c) => cells[c]));
  }
  const buf = await wb.xlsx.writeBuffer();
  return { bytes: new Uint8Array(buf as ArrayBuffer), warnings };
}
