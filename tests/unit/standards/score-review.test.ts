import { describe, expect, it } from 'vitest';
import { AppError } from '../../../preload/contract/app-error';
import type { ItemResult } from '../../../main/services/standards/scoring/item-result';
import { scoreReview } from '../../../main/services/standards/scoring/score-review';
import { mustValidate, smallEco, smallSum100 } from './fixtures';

const SUM = mustValidate(smallSum100());
const ECO = mustValidate(smallEco());

const allOk = (codes: string[]): ItemResult[] => codes.map((itemCode) => ({ itemCode, status: 'ok' }));
const SUM_CODES = ['A1', 'A2', 'B1', 'B2', 'B3', 'B4', 'C1', 'D1', 'D2'];

function invalid(fn: () => unknown): {
  message: string;
  errors: Array<{ itemCode?: string; field: string; message: string }>;
} {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    const err = e as AppError;
    expect(err.code).toBe('E_INVALID_ARGS');
    return {
      message: err.message,
      errors: (err.details as { errors: Array<{ itemCode?: string; field: string; message: string }> })
        .errors,
    };
  }
  throw new Error('expected E_INVALID_ARGS');
}

describe('scoreReview — sum_100 golden', () => {
  it('computes deductions, N/A renormalisation, award and bonus by hand', () => {
    const results: ItemResult[] = [
      // A1: 10 − 2 (未载明日期) − 3 × 0.5 (涂改) = 6.5
      { itemCode: 'A1', status: 'deduct', optionIds: ['o1', 'o2'], occurrences: { o2: 3 } },
      // A2: 20 − 2 × 4 = 12
      { itemCode: 'A2', status: 'deduct', occurrences: 2 },
      // B1: 40 − 7.5 = 32.5
      { itemCode: 'B1', status: 'deduct', rangeValue: 7.5, reason: '证据链不完整' },
      // B2: awarded 事实 8 + 救济途径 4 = 12
      { itemCode: 'B2', status: 'deduct', optionIds: ['f', 'r'] },
      // B3: N/A by facts (no hearing) → leaves the denominator
      { itemCode: 'B4', status: 'ok' },
      // C1: bonus earned in full, +5
      { itemCode: 'C1', status: 'ok' },
      { itemCode: 'D1', status: 'ok' },
      { itemCode: 'D2', status: 'ok' },
    ];
    const r = scoreReview(SUM, { hearingHeld: false }, results);
    // Σ scores = 6.5 + 12 + 32.5 + 12 = 63; applicable max = 100 − 10 (B3) = 90
    // base = 100 × 63 / 90 = 70; total = 70 + 5 = 75 → 合格 (60 ≤ 75 < 80)
    expect(r.formula).toEqual({
      kind: 'sum_100',
      fullScore: 100,
      scoredSum: 63,
      applicableMax: 90,
      ratio: 0.7,
      baseScore: 70,
      bonus: 5,
    });
    expect(r.total).toBe(75);
    expect(r.maxTotal).toBe(105);
    expect(r.grade).toEqual({ label: '合格', pass: true });
    expect(r.na).toEqual({ byUser: [], byApplicability: ['B3'] });
    expect(r.complete).toBe(true);
    expect(r.vetoes).toEqual([]);
    const item = (c: string) => r.items.find((i) => i.itemCode === c);
    expect(item('A1')).toMatchObject({ score: 6.5, deduction: 3.5, status: 'deduct' });
    expect(item('B3')).toMatchObject({
      score: null,
      na: 'applicability',
      applicability: false,
      status: 'na',
    });
    const section = (c: string) => r.sections.find((s) => s.code === c);
    // A: 6.5 + 12 = 18.5 of 30; B: 32.5 + 12 + 0 = 44.5 of 60 (B3 excluded)
    expect(section('A')).toMatchObject({
      applicableMax: 30,
      nominalMax: 30,
      score: 18.5,
      deductions: 11.5,
      naItemCodes: [],
    });
    expect(section('B')).toMatchObject({
      applicableMax: 60,
      nominalMax: 70,
      score: 44.5,
      deductions: 15.5,
      naItemCodes: ['B3'],
    });
    expect(section('C')).toMatchObject({ bonus: 5, applicableMax: 0 });
  });

  it('counts N/A as full marks under the full_marks policy', () => {
    const std = mustValidate({ ...smallSum100(), naPolicy: 'full_marks' });
    const r = scoreReview(std, { hearingHeld: false }, [
      { itemCode: 'A1', status: 'deduct', optionIds: ['o1', 'o2'], occurrences: { o2: 3 } },
      { itemCode: 'A2', status: 'deduct', occurrences: 2 },
      { itemCode: 'B1', status: 'deduct', rangeValue: 7.5, reason: '证据链不完整' },
      { itemCode: 'B2', status: 'deduct', optionIds: ['f', 'r'] },
    ]);
    // Σ = 63 + 10 (B3 as full) = 73 of 100; no bonus (C1 unscored → 0) → 73
    expect(r.total).toBe(73);
    expect(r.items.find((i) => i.itemCode === 'B3')?.score).toBe(10);
    expect(r.complete).toBe(false);
    expect(r.unscoredItemCodes).toEqual(['B4', 'C1', 'D1', 'D2']);
  });

  it('deducts until zero (扣完为止)', () => {
    const r = scoreReview(SUM, { hearingHeld: true }, [
      { itemCode: 'A1', status: 'deduct', optionIds: ['o1', 'o3'] }, // 10 − 12 → 0
      { itemCode: 'A2', status: 'deduct', occurrences: 9 }, // 20 − 36 → 0
    ]);
    const item = (c: string) => r.items.find((i) => i.itemCode === c);
    expect(item('A1')?.score).toBe(0);
    expect(item('A2')?.score).toBe(0);
    // 100 − 30 = 70, no bonus
    expect(r.total).toBe(70);
  });

  it('treats missing facts as unknown, never as N/A', () => {
    const r = scoreReview(SUM, {}, []);
    expect(r.items.find((i) => i.itemCode === 'B3')).toMatchObject({
      applicability: 'unknown',
      na: null,
      score: 10,
      status: 'unscored',
    });
    expect(r.total).toBe(100);
    expect(r.complete).toBe(false);
  });

  it('keeps user N/A apart from applicability N/A', () => {
    const r = scoreReview(SUM, { hearingHeld: false }, [{ itemCode: 'B2', status: 'na' }]);
    expect(r.na).toEqual({ byUser: ['B2'], byApplicability: ['B3'] });
    // 70 of 70 applicable → 100
    expect(r.total).toBe(100);
  });

  it('ignores results for items excluded by the facts, with a warning', () => {
    expect(scoreReview(SUM, { hearingHeld: false }, [{ itemCode: 'B3', status: 'na' }]).warnings).toEqual([]);
    const std = mustValidate({
      ...smallSum100(),
      sections: smallSum100().sections.map((s) =>
        s.code === 'B'
          ? {
              ...s,
              items: (s.items ?? []).map((i) =>
                i.code === 'B3' ? { ...i, options: [{ id: 'n', text: '未告知', points: 10 }] } : i,
              ),
            }
          : s,
      ),
    });
    const w = scoreReview(std, { hearingHeld: false }, [
      { itemCode: 'B3', status: 'deduct', optionIds: ['n'] },
    ]);
    expect(w.warnings).toEqual([{ itemCode: 'B3', message: expect.stringContaining('已忽略') }]);
    expect(w.total).toBe(100);
  });
});

describe('scoreReview — vetoes win', () => {
  it('cap_below_excellent moves 优秀 down to 良好 but keeps the score', () => {
    const results = allOk(SUM_CODES).map((r) =>
      r.itemCode === 'D2' ? { ...r, status: 'veto' as const, reason: '决定书未加盖印章' } : r,
    );
    const r = scoreReview(SUM, { hearingHeld: true }, results);
    expect(r.total).toBe(105);
    expect(r.gradeBeforeVetoes.label).toBe('优秀');
    expect(r.grade).toEqual({ label: '良好', pass: true });
    expect(r.vetoes).toEqual([
      { itemCode: 'D2', title: '未盖章', effect: 'cap_below_excellent', reason: '决定书未加盖印章' },
    ]);
  });

  it('grade_fail makes a full-score file 不合格', () => {
    const results = allOk(SUM_CODES).map((r) =>
      r.itemCode === 'D1' ? { ...r, status: 'veto' as const } : r,
    );
    const r = scoreReview(SUM, { hearingHeld: true }, results);
    expect(r.total).toBe(105);
    expect(r.grade).toEqual({ label: '不合格', pass: false });
    expect(r.threeSystems.legal_review).toEqual({
      itemCodes: ['D1'],
      problemItemCodes: ['D1'],
      deductions: 0,
      problemRuleIds: ['FZ-2'],
    });
  });

  it('zero_total zeroes the file including the bonus', () => {
    const results = allOk(SUM_CODES).map((r) =>
      r.itemCode === 'B4' ? { ...r, status: 'veto' as const } : r,
    );
    const r = scoreReview(SUM, { hearingHeld: true }, results);
    expect(r.totalBeforeVetoes).toBe(105);
    expect(r.total).toBe(0);
    expect(r.grade.pass).toBe(false);
  });
});

describe('scoreReview — ECO24 formula golden', () => {
  const results: ItemResult[] = [
    { itemCode: 'L1', status: 'ok' },
    { itemCode: 'L2', status: 'ok' },
    // F1: −2 (无落款日期) − 2 × 0.5 (空白未划除) = −3 → 7
    { itemCode: 'F1', status: 'deduct', optionIds: ['a', 'b'], occurrences: { b: 2 } },
    // F2: −3 × 0.5 = −1.5 → 8.5
    { itemCode: 'F2', status: 'deduct', occurrences: 3 },
    // N1: 0.5 + 1 = 1.5 of 2
    { itemCode: 'N1', status: 'deduct', optionIds: ['s', 'i'] },
    // N2: 10 − 4 = 6
    { itemCode: 'N2', status: 'deduct', optionIds: ['x'] },
    // N3: 本项无需评审 (no hearing) → leaves the denominator
    // N4: 15 − 1 − 0.5 = 13.5
    { itemCode: 'N4', status: 'deduct', optionIds: ['d', 'p'] },
    { itemCode: 'N5', status: 'ok' },
    { itemCode: 'X1', status: 'na' },
  ];

  it('legality 50 + 50 × Σ/Σapplicable − form deductions', () => {
    const r = scoreReview(ECO, { hearingHeld: false }, results);
    // Σ N = 1.5 + 6 + 13.5 + 3 = 24; Σ applicable maxima = 2 + 10 + 15 + 3 = 30 (N3's 8 removed)
    // 50 × 24 / 30 = 40; form deductions = 3 + 1.5 = 4.5; normativity = 35.5
    // total = 50 + 35.5 = 85.5 → 良好
    expect(r.formula).toEqual({
      kind: 'legality_gate_plus_normativity',
      legalityPassed: true,
      legalityScore: 50,
      normativityItemSum: 24,
      normativityApplicableMax: 30,
      ratio: 0.8,
      normativityBeforeForm: 40,
      formDeductions: 4.5,
      normativityScore: 35.5,
      bonus: 0,
    });
    expect(r.total).toBe(85.5);
    expect(r.maxTotal).toBe(115);
    expect(r.grade.label).toBe('良好');
    expect(r.sections.find((s) => s.code === 'F')).toMatchObject({
      applicableMax: 20,
      score: 15.5,
      deductions: 4.5,
    });
  });

  it('adds the transfer bonus above 100', () => {
    const r = scoreReview(
      ECO,
      { hearingHeld: false },
      results.map((x) => (x.itemCode === 'X1' ? { itemCode: 'X1', status: 'ok' } : x)),
    );
    // 85.5 + 15 = 100.5
    expect(r.total).toBe(100.5);
  });

  it('a hearing brings N3 back into the denominator', () => {
    const r = scoreReview(ECO, { hearingHeld: true }, [...results, { itemCode: 'N3', status: 'ok' }]);
    // Σ N = 24 + 8 = 32 of 38; 50 × 32 / 38 = 42.105263…; − 4.5 = 37.605263…; + 50 = 87.605263… → 87.61
    expect(r.formula.kind === 'legality_gate_plus_normativity' && r.formula.normativityBeforeForm).toBe(
      42.11,
    );
    expect(r.total).toBe(87.61);
  });

  it('any legality veto gives 0', () => {
    const r = scoreReview(
      ECO,
      { hearingHeld: false },
      results.map((x) =>
        x.itemCode === 'L2' ? { itemCode: 'L2', status: 'veto', reason: '仅一名执法人员' } : x,
      ),
    );
    expect(r.total).toBe(0);
    expect(r.formula).toMatchObject({ legalityPassed: false, legalityScore: 0 });
    expect(r.grade).toEqual({ label: '不合格', pass: false });
  });

  it('deductions stop at each item maximum (扣完为止)', () => {
    const r = scoreReview(ECO, { hearingHeld: false }, [
      { itemCode: 'F1', status: 'deduct', optionIds: ['a', 'c'] }, // 2 + 10 > 10 → deduction 10
      { itemCode: 'F2', status: 'deduct', occurrences: 40 }, // 40 × 0.5 = 20 > 10 → deduction 10
      { itemCode: 'N2', status: 'deduct', optionIds: ['x'] },
      { itemCode: 'N4', status: 'deduct', optionIds: ['d'] },
    ]);
    // Σ N = 2 + 6 + 14 + 3 = 25 of 30 → 41.666…; form deductions 10 + 10 = 20 → 21.666… + 50 = 71.67
    expect(r.formula).toMatchObject({ formDeductions: 20, normativityScore: 21.67 });
    expect(r.total).toBe(71.67);
  });

  it('form deductions cannot push normativity below 0', () => {
    const r = scoreReview(ECO, { hearingHeld: false }, [
      { itemCode: 'F1', status: 'deduct', optionIds: ['c'] },
      { itemCode: 'F2', status: 'deduct', occurrences: 20 },
      { itemCode: 'N1', status: 'deduct', optionIds: [] }, // no criterion met: 0 of 2
      { itemCode: 'N2', status: 'na' },
      { itemCode: 'N4', status: 'na' },
      { itemCode: 'N5', status: 'na' },
    ]);
    // Σ N = 0 of 2 → 50 × 0 = 0; 0 − 20 → floored at 0; total = 50 + 0 = 50
    expect(r.formula).toMatchObject({
      ratio: 0,
      normativityBeforeForm: 0,
      formDeductions: 20,
      normativityScore: 0,
    });
    expect(r.total).toBe(50);
    expect(r.grade.label).toBe('不合格');
  });
});

describe('scoreReview — invalid input → E_INVALID_ARGS', () => {
  it('rejects unknown codes, out-of-range values, missing reasons and misplaced vetoes, all at once', () => {
    const { errors, message } = invalid(() =>
      scoreReview(SUM, {}, [
        { itemCode: 'Z9', status: 'ok' },
        { itemCode: 'B1', status: 'deduct', rangeValue: 25 },
        { itemCode: 'A1', status: 'veto' },
        { itemCode: 'B4', status: 'na' },
        { itemCode: 'A2', status: 'deduct' },
        { itemCode: 'A2', status: 'ok' },
        { itemCode: 'C1', status: 'deduct', rangeValue: 6 },
      ]),
    );
    expect(message).toContain('Z9');
    expect(errors).toEqual([
      { index: 0, itemCode: 'Z9', field: 'itemCode', message: '评查标准中没有编号为「Z9」的项目' },
      { index: 1, itemCode: 'B1', field: 'rangeValue', message: '扣分值 25 超出允许区间 5–20 分' },
      { index: 1, itemCode: 'B1', field: 'reason', message: '区间扣分须填写扣分理由' },
      { index: 2, itemCode: 'A1', field: 'status', message: '项目「立案审批」不是否决项，不能判定否决' },
      { index: 3, itemCode: 'B4', field: 'status', message: '项目「超越职权」不允许标记为不适用' },
      { index: 4, itemCode: 'A2', field: 'occurrences', message: '按次扣分须填写出现次数（正整数）' },
      { index: 5, itemCode: 'A2', field: 'itemCode', message: '项目「A2」重复提交（另见第 5 条）' },
      { index: 6, itemCode: 'C1', field: 'rangeValue', message: '得分值 6 超出允许范围 0–5 分' },
    ]);
  });

  it('rejects deduct without options, foreign options and per-occurrence options without a count', () => {
    const { errors } = invalid(() =>
      scoreReview(SUM, {}, [
        { itemCode: 'A1', status: 'deduct', optionIds: ['o2', 'zz'] },
        { itemCode: 'B2', status: 'deduct', optionIds: ['q'] },
        { itemCode: 'B3', status: 'deduct' },
      ]),
    );
    expect(errors.map((e) => [e.itemCode, e.field])).toEqual([
      ['A1', 'occurrences'],
      ['A1', 'optionIds'],
      ['B2', 'optionIds'],
      ['B3', 'optionIds'],
    ]);
  });

  it('explains shape errors in Chinese with the item code', () => {
    const { errors } = invalid(() =>
      scoreReview(SUM, { hearingHeld: 'yes' } as never, [{ itemCode: 'A1', status: 'good' }] as never),
    );
    expect(errors).toEqual([
      {
        index: -1,
        field: 'hearingHeld',
        message: '案件事实「hearingHeld」无效：类型错误：应为是/否 (true/false)',
      },
      {
        index: 0,
        itemCode: 'A1',
        field: 'status',
        message: '第 1 条评查结果的「status」无效：取值无效，可选值：ok、deduct、na、veto',
      },
    ]);
  });

  it.each([
    ['facts not an object', 'x', []],
    ['unknown fact', { hearing: true }, []],
    ['wrong fact type', { hearingHeld: 'yes' }, []],
    ['results not an array', {}, { A1: 'ok' }],
    ['bad status', {}, [{ itemCode: 'A1', status: 'good' }]],
    ['negative occurrences', {}, [{ itemCode: 'A2', status: 'deduct', occurrences: -1 }]],
    ['extra field', {}, [{ itemCode: 'A2', status: 'ok', score: 3 }]],
  ])('rejects malformed input: %s', (_label, facts, results) => {
    // Deliberately ill-typed: this is what could arrive over IPC.
    invalid(() => scoreReview(SUM, facts as never, results as never));
  });
});

describe('scoreReview — section conditions', () => {
  it('a section condition makes every item below it N/A', () => {
    const input = smallSum100();
    const std = mustValidate({
      ...input,
      sections: input.sections.map((s) =>
        s.code === 'A' ? { ...s, appliesWhen: { fact: 'procedure', equals: '普通' } } : s,
      ),
    });
    const r = scoreReview(std, { procedure: '简易', hearingHeld: true }, []);
    expect(r.na.byApplicability).toEqual(['A1', 'A2']);
    expect(r.total).toBe(100);
    const unknown = scoreReview(std, { hearingHeld: true }, []);
    expect(unknown.na.byApplicability).toEqual([]);
  });
});

describe('scoreReview — grading edge cases', () => {
  it('cap_below_excellent never turns a two-tier 合格 into 不合格', () => {
    const std = mustValidate({
      ...smallSum100(),
      grading: {
        bands: [
          { label: '合格', min: 60, pass: true },
          { label: '不合格', min: 0, pass: false },
        ],
      },
    });
    const results = allOk(SUM_CODES).map((r) =>
      r.itemCode === 'D2' ? { ...r, status: 'veto' as const } : r,
    );
    expect(scoreReview(std, { hearingHeld: true }, results).grade).toEqual({ label: '合格', pass: true });
  });

  it('three-tier cap moves 优秀 to 合格', () => {
    const std = mustValidate({
      ...smallSum100(),
      grading: {
        bands: [
          { label: '优秀', min: 90, pass: true },
          { label: '合格', min: 60, pass: true },
          { label: '不合格', min: 0, pass: false },
        ],
      },
    });
    const results = allOk(SUM_CODES).map((r) =>
      r.itemCode === 'D2' ? { ...r, status: 'veto' as const } : r,
    );
    expect(scoreReview(std, { hearingHeld: true }, results).grade.label).toBe('合格');
  });

  it('reads the grade from the rounded total', () => {
    // B1: 40 − 10.005 = 29.995; Σ = 89.995 of 100; no bonus (C1 unscored) → 89.995
    // displayed as 90.00 (half-up), so the grade is 优秀, not 良好.
    const r = scoreReview(SUM, { hearingHeld: true }, [
      { itemCode: 'B1', status: 'deduct', rangeValue: 10.005, reason: '测试' },
    ]);
    expect(r.total).toBe(90);
    expect(r.grade.label).toBe('优秀');
  });

  it('warns when the case act type is outside the standard', () => {
    const r = scoreReview(SUM, { actType: '行政许可' }, []);
    expect(r.warnings).toEqual([{ itemCode: '', message: expect.stringContaining('不在本标准的适用范围') }]);
  });
});
