import {
  FACT_DEFINITIONS,
  FACT_NAMES,
  type FactName,
} from '../../../../preload/contract/model/standard/case-facts';
import type { Condition } from '../../../../preload/contract/model/standard/condition';
import type { ScoringMode } from '../../../../preload/contract/model/standard/vocabulary';
import { NO_WORDS, YES_WORDS } from './xlsx-layout';

/** Either a parsed value or a Chinese message saying what is wrong with the cell. */
export type CellParse<T> = { ok: true; value: T } | { ok: false; message: string };
const ok = <T>(value: T): CellParse<T> => ({ ok: true, value });
const fail = <T>(message: string): CellParse<T> => ({ ok: false, message });

/**
 * Plain text of an exceljs cell value: rich text, formulas (their cached
 * result), hyperlinks and dates all become strings. The text is kept as
 * written (full-width punctuation is part of Chinese titles); parsers that
 * need numbers fold it with `fold`.
 */
export function cellText(value: unknown): string {
  const raw = ((): string => {
    if (value === null || value === undefined) return '';
    if (typeof value === 'string') return value;
    if (typeof value === 'number' || typeof value === 'boolean') return String(value);
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'object') {
      const v = value as {
        richText?: Array<{ text?: unknown }>;
        result?: unknown;
        text?: unknown;
        error?: unknown;
      };
      if (Array.isArray(v.richText))
        return v.richText.map((r) => (typeof r.text === 'string' ? r.text : '')).join('');
      if ('result' in v) return cellText(v.result);
      if (typeof v.text === 'string') return v.text;
      if (v.error !== undefined) return '';
    }
    return '';
  })();
  return raw.trim();
}

/** NFKC folds full-width digits and signs from Chinese IMEs (２．５ → 2.5, －→-). */
export const fold = (text: string): string => text.normalize('NFKC');

/** "2", "2分", "0.5" → number; anything else → null. */
export function parsePoints(text: string): number | null {
  const m = /^(-?\d+(?:\.\d+)?)\s*分?$/.exec(fold(text).replace(/\s+/g, ''));
  return m?.[1] === undefined ? null : Number(m[1]);
}

/** Splits "a；b\nc" into trimmed non-empty parts. */
export const splitEntries = (text: string): string[] =>
  text
    .split(/[;；\n\r]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

/** "GS-3, JL-2、FZ-1" → ['GS-3', 'JL-2', 'FZ-1']. */
export const splitList = (text: string): string[] =>
  text
    .split(/[,，、;；\s]+/)
    .map((s) => s.trim())
    .filter((s) => s !== '');

export interface ParsedOptions {
  options?: Array<{ id: string; text: string; points: number; perOccurrence: boolean }>;
  step?: number;
  range?: { min: number; max: number };
}

const RANGE_RE = /^(?:区间[:：]?)?\s*(\d+(?:\.\d+)?)\s*(?:-|~|～|—|至|到)\s*(\d+(?:\.\d+)?)\s*分?$/;

/**
 * The 扣分选项 cell. "未载明日期:2;每处:0.5" → a fixed option and a
 * per-occurrence option (text starting with 每). A per_occurrence item takes
 * one entry as its step ("每处:0.5" or "0.5"); a range item takes "1-5".
 */
export function parseOptionsCell(text: string, mode: ScoringMode): CellParse<ParsedOptions> {
  if (text === '') return ok({});
  const entries = splitEntries(text);
  if (mode === 'range') {
    const m = entries.length === 1 ? RANGE_RE.exec(fold(entries[0] ?? '')) : null;
    if (m === null) return fail(`区间扣分应写成“最小-最大”，如“1-5”，实际为“${text}”`);
    return ok({ range: { min: Number(m[1]), max: Number(m[2]) } });
  }
  const parsed: Array<{ text: string; points: number }> = [];
  for (const entry of entries) {
    const idx = Math.max(entry.lastIndexOf(':'), entry.lastIndexOf('：'));
    const label = idx >= 0 ? entry.slice(0, idx).trim() : '';
    const points = parsePoints(idx >= 0 ? entry.slice(idx + 1) : entry);
    if (points === null) return fail(`选项“${entry}”应写成“情形:分值”，如“未载明日期:2”`);
    if (idx < 0 && mode !== 'per_occurrence') return fail(`选项“${entry}”缺少情形说明，应写成“情形:分值”`);
    parsed.push({ text: label, points });
  }
  if (mode === 'per_occurrence') {
    if (parsed.length !== 1) return fail('按次扣分项目只填写一个每次扣分值，如“每处:0.5”');
    return ok({ step: parsed[0]?.points ?? 0 });
  }
  return ok({
    options: parsed.map((p, i) => ({
      id: `o${i + 1}`,
      text: p.text,
      points: p.points,
      perOccurrence: mode === 'deduct' && p.text.startsWith('每'),
    })),
  });
}

const FACT_BY_LABEL = new Map<string, FactName>(
  FACT_NAMES.flatMap((name): Array<[string, FactName]> => [
    [name, name],
    [FACT_DEFINITIONS[name].label, name],
  ]),
);

function parseClause(clause: string): CellParse<Condition> {
  const m = /^(.+?)\s*(!=|≠|=)\s*(.+)$/.exec(clause);
  if (m === null) return fail(`条件“${clause}”应写成“事实=取值”，如“举行听证=是”`);
  const [, label = '', op, rawValues = ''] = m;
  const fact = FACT_BY_LABEL.get(label.trim());
  if (fact === undefined) {
    const known = FACT_NAMES.map((n) => FACT_DEFINITIONS[n].label).join('、');
    return fail(`未知的案件事实“${label.trim()}”，可用：${known}`);
  }
  const def = FACT_DEFINITIONS[fact];
  const values: Array<string | boolean> = [];
  for (const raw of rawValues.split(/[|｜/]/).map((v) => v.trim())) {
    if (def.kind === 'boolean') {
      if (YES_WORDS.includes(raw)) values.push(true);
      else if (NO_WORDS.includes(raw)) values.push(false);
      else return fail(`“${def.label}”的取值应为“是”或“否”，实际为“${raw}”`);
    } else {
      const allowed: readonly string[] = def.values;
      if (!allowed.includes(raw))
        return fail(`“${def.label}”的取值“${raw}”无效，可选：${allowed.join('、')}`);
      values.push(raw);
    }
  }
  const base: Condition = values.length === 1 ? { fact, equals: values[0] ?? '' } : { fact, in: values };
  return ok(op === '=' ? base : { not: base });
}

/**
 * The 适用条件 cell: clauses joined by ；/，/且 must all hold.
 * "举行听证=是；程序=普通", "行为类型=行政处罚|行政强制", "采取强制措施≠是".
 * A cell starting with "{" is a JSON condition; its shape is checked by the
 * standard schema afterwards.
 */
export function parseConditionCell(text: string): CellParse<Condition | undefined> {
  if (text === '') return ok(undefined);
  // Conditions the cell syntax cannot express (any/not over several facts) are written as JSON.
  if (text.startsWith('{')) {
    try {
      return ok(JSON.parse(text) as Condition);
    } catch {
      return fail('适用条件以“{”开头时须为有效的 JSON 条件');
    }
  }
  const clauses = text
    .split(/[;；,，]|且/)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const parsed: Condition[] = [];
  for (const clause of clauses) {
    const r = parseClause(clause);
    if (!r.ok) return r;
    parsed.push(r.value);
  }
  return ok(parsed.length === 1 ? parsed[0] : { all: parsed });
}

export interface SectionSegment {
  code: string;
  title: string;
  declaredPoints?: number;
}

/**
 * One level of the 章节 cell: "一、立案（8分）" → code 一, title 立案, 8 points;
 * "B1 卷面基本要素" → B1; "（一）文书" → （一）; a bare title is its own code.
 */
export function parseSectionSegment(segment: string): SectionSegment {
  let rest = segment.trim();
  let declaredPoints: number | undefined;
  const pts = /^(.*?)\s*[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*$/.exec(rest);
  if (pts !== null) {
    rest = (pts[1] ?? '').trim();
    declaredPoints = Number(pts[2]);
  }
  const bracket = /^([（(][^）)]+[)）])\s*、?\s*(.+)$/.exec(rest);
  const plain = /^([^\s、]+?)(?:、|\s+)\s*(.+)$/.exec(rest);
  const m = bracket ?? plain;
  const code = (m?.[1] ?? rest).replace(/\s+/g, '');
  const title = (m?.[2] ?? rest).trim();
  return declaredPoints === undefined ? { code, title } : { code, title, declaredPoints };
}

/** "一、立案 / （一）文书" → two nested segments. */
export const splitSectionPath = (text: string): string[] =>
  text
    .split(/\s*[/>＞]\s*/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
