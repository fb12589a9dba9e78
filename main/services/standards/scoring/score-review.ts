import { AppError } from '../../../../preload/contract/app-error';
import { caseFactsSchema, type CaseFacts } from '../../../../preload/contract/model/standard/case-facts';
import type { Condition } from '../../../../preload/contract/model/standard/condition';
import type { Standard } from '../../../../preload/contract/model/standard/standard';
import { chineseErrorMap } from '../model/zod-messages';
import { listItems, listSections } from '../../../../preload/contract/model/standard/walk';
import { VETO_EFFECTS, type ThreeSystem } from '../../../../preload/contract/model/standard/vocabulary';
import { evaluateCondition } from './applicability';
import { applyFormula } from './formulas';
import { applyVetoesToBand, bandIndexFor } from './grade';
import { itemResultsSchema, type ItemResult, type ItemResultError } from './item-result';
import { itemScore } from './item-score';
import { clamp, round2 } from './rounding';
import type {
  FormulaIntermediates,
  GradeResult,
  ItemScore,
  ScoreReport,
  SectionSubtotal,
  ThreeSystemFinding,
  TriggeredVeto,
} from '../../../../preload/contract/model/score-report';
import type { ScoredItem } from './scored-item';
import { validateItemResults } from './validate-item-results';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

/** Shape-checks facts and results coming from the API; collects every problem. */
export function parseScoringInput(
  standard: Standard,
  facts: unknown,
  itemResults: unknown,
): { ok: true; facts: CaseFacts; results: ItemResult[] } | { ok: false; errors: ItemResultError[] } {
  const errors: ItemResultError[] = [];
  const f = caseFactsSchema.safeParse(facts ?? {}, { error: chineseErrorMap });
  if (!f.success) {
    for (const issue of f.error.issues) {
      const field =
        issue.code === 'unrecognized_keys' ? issue.keys.join('、') : String(issue.path[0] ?? 'facts');
      errors.push({ index: -1, field, message: `案件事实「${field}」无效：${issue.message}` });
    }
  }
  const r = itemResultsSchema.safeParse(itemResults, { error: chineseErrorMap });
  if (!r.success) {
    for (const issue of r.error.issues) {
      const index = typeof issue.path[0] === 'number' ? issue.path[0] : -1;
      const field =
        issue.code === 'unrecognized_keys' ? issue.keys.join('、') : String(issue.path[1] ?? 'itemResults');
      const raw = Array.isArray(itemResults) ? (itemResults as unknown[])[index] : undefined;
      const itemCode = isRecord(raw) && typeof raw.itemCode === 'string' ? raw.itemCode : undefined;
      const message =
        index >= 0 ? `第 ${index + 1} 条评查结果的「${field}」无效：${issue.message}` : '评查结果必须是列表';
      errors.push(itemCode === undefined ? { index, field, message } : { index, itemCode, field, message });
    }
  }
  if (!f.success || !r.success) return { ok: false, errors };
  const semantic = validateItemResults(standard, r.data);
  return semantic.length > 0 ? { ok: false, errors: semantic } : { ok: true, facts: f.data, results: r.data };
}

const round = (n: number): number => round2(n);

function resolveItems(
  standard: Standard,
  facts: CaseFacts,
  results: readonly ItemResult[],
  warnings: ScoreReport['warnings'],
): ScoredItem[] {
  const byCode = new Map(results.map((r) => [r.itemCode, r]));
  return listItems(standard).map(({ item, sections }) => {
    const conditions = [...sections.map((s) => s.appliesWhen), item.appliesWhen].filter(
      (c): c is Condition => c !== undefined,
    );
    const applicability = conditions.length === 0 ? true : evaluateCondition({ all: conditions }, facts);
    let result = byCode.get(item.code);
    let na: ScoredItem['na'] = null;
    if (applicability === false) {
      na = 'applicability';
      if (result !== undefined && result.status !== 'na') {
        warnings.push({
          itemCode: item.code,
          message: '根据案件事实本项不适用，已忽略对本项的评查结果；如有误请修改案件事实',
        });
      }
      result = undefined;
    } else if (result?.status === 'na') {
      na = 'user';
    }
    const bonus = item.mode === 'bonus';
    const fullMarksNa = na !== null && standard.naPolicy === 'full_marks';
    const counted = !bonus && (na === null || fullMarksNa);
    const score = na === null ? itemScore(item, result) : fullMarksNa && !bonus ? item.points : 0;
    return {
      item,
      topSectionCode: sections[0]?.code ?? '',
      sectionCodes: sections.map((s) => s.code),
      result,
      na,
      applicability,
      counted,
      score,
      vetoTriggered: na === null && result?.status === 'veto' && item.veto !== undefined,
    };
  });
}

function subtotals(standard: Standard, items: readonly ScoredItem[]): SectionSubtotal[] {
  return listSections(standard).map(({ section, depth }) => {
    const inside = items.filter((s) => s.sectionCodes.includes(section.code));
    const scored = inside.filter((s) => s.counted);
    const applicableMax = scored.reduce((a, s) => a + s.item.points, 0);
    const score = scored.reduce((a, s) => a + s.score, 0);
    return {
      code: section.code,
      title: section.title,
      depth,
      applicableMax: round(applicableMax),
      nominalMax: round(inside.filter((s) => s.item.mode !== 'bonus').reduce((a, s) => a + s.item.points, 0)),
      score: round(score),
      deductions: round(applicableMax - score),
      bonus: round(
        inside.filter((s) => s.item.mode === 'bonus' && s.na === null).reduce((a, s) => a + s.score, 0),
      ),
      naItemCodes: inside.filter((s) => s.na !== null).map((s) => s.item.code),
    };
  });
}

function threeSystemFindings(items: readonly ItemScore[]): ScoreReport['threeSystems'] {
  const finding = (tag: ThreeSystem): ThreeSystemFinding => {
    const tagged = items.filter((i) => i.threeSystem === tag && i.na === null);
    const problems = tagged.filter((i) => i.vetoTriggered || i.deduction > 0);
    return {
      itemCodes: tagged.map((i) => i.itemCode),
      problemItemCodes: problems.map((i) => i.itemCode),
      deductions: round(tagged.reduce((a, i) => a + i.deduction, 0)),
      problemRuleIds: [...new Set(problems.flatMap((i) => i.ruleIds))],
    };
  };
  return {
    publicity: finding('publicity'),
    recording: finding('recording'),
    legal_review: finding('legal_review'),
  };
}

function roundIntermediates(f: FormulaIntermediates): FormulaIntermediates {
  if (f.kind === 'sum_100') {
    return {
      ...f,
      scoredSum: round(f.scoredSum),
      applicableMax: round(f.applicableMax),
      ratio: Number(f.ratio.toPrecision(6)),
      baseScore: round(f.baseScore),
      bonus: round(f.bonus),
    };
  }
  return {
    ...f,
    legalityScore: round(f.legalityScore),
    normativityItemSum: round(f.normativityItemSum),
    normativityApplicableMax: round(f.normativityApplicableMax),
    ratio: Number(f.ratio.toPrecision(6)),
    normativityBeforeForm: round(f.normativityBeforeForm),
    formDeductions: round(f.formDeductions),
    normativityScore: round(f.normativityScore),
    bonus: round(f.bonus),
  };
}

/**
 * Scores one dossier against a validated standard. Pure and deterministic:
 * the order of `itemResults` does not matter.
 *
 * Throws AppError('E_INVALID_ARGS', …, { errors: ItemResultError[] }) when the
 * facts or results do not fit the standard (unknown item codes, values out of
 * range, range deduction without a reason, veto on a non-veto item, …).
 *
 * Order of evaluation: applicability (facts) → N/A → item scores (扣完为止)
 * → formula → clamp to [0, maxTotal] → vetoes (always win) → grade on the
 * 2-decimal total.
 */
export function scoreReview(
  standard: Standard,
  facts: CaseFacts,
  itemResults: readonly ItemResult[],
): ScoreReport {
  // Typed for callers, but re-checked at runtime: values arrive over IPC/HTTP.
  const input = parseScoringInput(standard, facts, itemResults);
  if (!input.ok) {
    const first = input.errors[0];
    const head =
      first === undefined
        ? '评查结果无效'
        : `${first.itemCode === undefined ? '' : `项目「${first.itemCode}」：`}${first.message}`;
    const more = input.errors.length > 1 ? `（另有 ${input.errors.length - 1} 处问题）` : '';
    throw new AppError('E_INVALID_ARGS', `${head}${more}`, { errors: input.errors });
  }
  const warnings: ScoreReport['warnings'] = [];
  const actType = input.facts.actType;
  if (actType !== undefined && !standard.actTypes.includes(actType)) {
    warnings.push({
      itemCode: '',
      message: `案件行为类型「${actType}」不在本标准的适用范围（${standard.actTypes.join('、')}）内，请确认是否选错评查标准`,
    });
  }
  const items = resolveItems(standard, input.facts, input.results, warnings);
  const outcome = applyFormula(standard.formula, items);
  const totalBeforeVetoes = clamp(outcome.total, 0, outcome.maxTotal);

  const vetoes: TriggeredVeto[] = items
    .filter((s) => s.vetoTriggered && s.item.veto !== undefined)
    .map((s) => {
      const v: TriggeredVeto = {
        itemCode: s.item.code,
        title: s.item.title,
        effect: s.item.veto ?? 'zero_total',
      };
      const reason = s.result?.reason?.trim();
      if (reason) v.reason = reason;
      return v;
    });
  const effects = VETO_EFFECTS.filter((e) => vetoes.some((v) => v.effect === e));
  const total = effects.includes('zero_total') ? 0 : totalBeforeVetoes;

  const bands = standard.grading.bands;
  const toGrade = (i: number): GradeResult => {
    const band = bands[i] ?? bands[bands.length - 1];
    return { label: band?.label ?? '', pass: band?.pass ?? false };
  };
  const beforeIndex = bandIndexFor(bands, round(totalBeforeVetoes));
  const afterIndex = applyVetoesToBand(bands, bandIndexFor(bands, round(total)), effects);

  const itemScores: ItemScore[] = items.map((s) => ({
    itemCode: s.item.code,
    title: s.item.title,
    topSectionCode: s.topSectionCode,
    sectionCode: s.sectionCodes[s.sectionCodes.length - 1] ?? '',
    max: s.item.points,
    score: s.counted || s.item.mode === 'bonus' ? round(s.score) : null,
    deduction: s.counted ? round(s.item.points - s.score) : 0,
    status: s.na === 'applicability' ? 'na' : (s.result?.status ?? 'unscored'),
    na: s.na,
    applicability: s.applicability,
    bonus: s.item.mode === 'bonus',
    vetoTriggered: s.vetoTriggered,
    threeSystem: s.item.threeSystem,
    ruleIds: s.item.ruleIds,
  }));
  const unscored = itemScores.filter((i) => i.status === 'unscored').map((i) => i.itemCode);

  return {
    standardCode: standard.code,
    standardVersion: standard.version,
    total: round(total),
    maxTotal: round(outcome.maxTotal),
    totalBeforeVetoes: round(totalBeforeVetoes),
    grade: toGrade(afterIndex),
    gradeBeforeVetoes: toGrade(beforeIndex),
    gradingNote: standard.grading.note,
    vetoes,
    formula: roundIntermediates(outcome.intermediates),
    items: itemScores,
    sections: subtotals(standard, items),
    na: {
      byUser: items.filter((s) => s.na === 'user').map((s) => s.item.code),
      byApplicability: items.filter((s) => s.na === 'applicability').map((s) => s.item.code),
    },
    unscoredItemCodes: unscored,
    complete: unscored.length === 0,
    threeSystems: threeSystemFindings(itemScores),
    warnings,
  };
}
