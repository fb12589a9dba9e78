import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateStandard } from '../../../main/services/standards/model/validate-standard';
import type { StandardValidationError } from '../../../preload/contract/model/standard/validation-error';
import { smallSum100 } from './fixtures';

type Json = Record<string, unknown>;
const clone = (): Json => structuredClone(smallSum100()) as Json;
const errorsOf = (input: unknown): StandardValidationError[] => {
  const r = validateStandard(input);
  return r.ok ? [] : r.errors;
};
// Navigates the fixture with a checked path so tests mutate what they mean to.
const at = (root: Json, ...path: Array<string | number>): Json => {
  let node: unknown = root;
  for (const p of path) node = (node as Record<string | number, unknown>)[p];
  if (typeof node !== 'object' || node === null) throw new Error(`bad path ${path.join('.')}`);
  return node as Json;
};

describe('validateStandard', () => {
  it('accepts the fixture and applies defaults', () => {
    const r = validateStandard(smallSum100());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.naPolicy).toBe('renormalise');
    expect(r.value.grading.bands.map((b) => b.label)).toEqual(['优秀', '良好', '合格', '不合格']);
    expect(r.value.grading.note).toBe('默认标准，请按本地标准核对');
    expect(r.value.sections[0]?.items[0]?.mode).toBe('deduct');
  });

  it.each([null, undefined, 42, 'x', [], {}, { sections: 'x' }, { code: 1, sections: [{}] }, [[[]]]])(
    'never throws on garbage: %j',
    (input) => {
      const r = validateStandard(input);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.errors.length).toBeGreaterThan(0);
    },
  );

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const r = validateStandard(v);
        return r.ok === false && r.errors.every((e) => typeof e.message === 'string' && e.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });

  it('reports a missing field with item code and field name', () => {
    const s = clone();
    delete at(s, 'sections', 0, 'items', 1).title;
    expect(errorsOf(s)).toContainEqual({
      path: 'sections[0].items[1].title',
      itemCode: 'A2',
      field: 'title',
      message: '缺少必填字段',
    });
  });

  it('reports negative points', () => {
    const s = clone();
    at(s, 'sections', 1, 'items', 0).points = -3;
    expect(errorsOf(s)).toContainEqual({
      path: 'sections[1].items[0].points',
      itemCode: 'B1',
      field: 'points',
      message: '不能为负数',
    });
  });

  it('reports an unknown field by name', () => {
    const s = clone();
    at(s, 'sections', 0, 'items', 0).pionts = 3;
    const e = errorsOf(s).find((x) => x.field === 'pionts');
    expect(e?.itemCode).toBe('A1');
    expect(e?.message).toContain('未知字段');
  });

  it('reports duplicate codes across sections', () => {
    const s = clone();
    at(s, 'sections', 1, 'items', 2).code = 'A1';
    expect(errorsOf(s)).toContainEqual(
      expect.objectContaining({
        itemCode: 'A1',
        field: 'code',
        message: '编号「A1」重复（另见 sections[0].items[0]）',
      }),
    );
  });

  it('reports a deduction option larger than the item maximum', () => {
    const s = clone();
    at(s, 'sections', 0, 'items', 0, 'options', 0).points = 12;
    expect(errorsOf(s)).toContainEqual({
      path: 'sections[0].items[0].options[0].points',
      itemCode: 'A1',
      field: 'options',
      message: '扣分选项「未载明日期」分值 12 分大于本项满分 10 分',
    });
  });

  it('reports section points that do not match the items', () => {
    const s = clone();
    at(s, 'sections', 0).declaredPoints = 25;
    expect(errorsOf(s)).toContainEqual(
      expect.objectContaining({
        itemCode: 'A',
        field: 'declaredPoints',
        message: '章节「立案」标注 25 分，但所含项目分值合计 30 分',
      }),
    );
  });

  it('reports a total that does not match the formula', () => {
    const s = clone();
    at(s, 'sections', 1, 'items', 0).points = 45;
    at(s, 'sections', 1).declaredPoints = 75;
    expect(errorsOf(s)).toContainEqual(
      expect.objectContaining({
        field: 'fullScore',
        message: '各评查项目分值合计 105 分，与计分公式满分 100 分不一致',
      }),
    );
  });

  it('requires mode-specific fields', () => {
    const s = clone();
    delete at(s, 'sections', 0, 'items', 1).step;
    at(s, 'sections', 1, 'items', 0).range = { min: 25, max: 45 };
    const errors = errorsOf(s);
    expect(errors).toContainEqual(
      expect.objectContaining({
        itemCode: 'A2',
        field: 'step',
        message: '按次扣分项目必须填写每次扣分值（step）',
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({
        itemCode: 'B1',
        field: 'range',
        message: '扣分区间上限 45 分大于本项满分 40 分',
      }),
    );
  });

  it('rejects zero-point items without veto and bonus with veto', () => {
    const s = clone();
    delete at(s, 'sections', 1, 'items', 3).veto;
    at(s, 'sections', 2, 'items', 0).veto = 'zero_total';
    const errors = errorsOf(s);
    expect(errors).toContainEqual(expect.objectContaining({ itemCode: 'B4', field: 'points' }));
    expect(errors).toContainEqual(
      expect.objectContaining({ itemCode: 'C1', field: 'veto', message: '加分项不能设置否决' }),
    );
  });

  it('checks condition facts and values', () => {
    const s = clone();
    at(s, 'sections', 1, 'items', 2).appliesWhen = {
      all: [
        { fact: 'hearingHold', equals: true },
        { fact: 'procedure', in: ['普通', '特别'] },
        { fact: 'hearingHeld', equals: '是' },
      ],
    };
    const errors = errorsOf(s).filter((e) => e.field === 'appliesWhen');
    expect(errors.map((e) => e.path)).toEqual([
      'sections[1].items[2].appliesWhen.all[0].fact',
      'sections[1].items[2].appliesWhen.all[1].in[1]',
      'sections[1].items[2].appliesWhen.all[2].equals',
    ]);
    expect(errors.every((e) => e.itemCode === 'B3')).toBe(true);
    expect(errors[0]?.message).toContain('未知的案件事实「hearingHold」');
  });

  it('rejects malformed conditions with a readable message', () => {
    const s = clone();
    at(s, 'sections', 1, 'items', 2).appliesWhen = { fact: 'hearingHeld' };
    expect(errorsOf(s)).toContainEqual(
      expect.objectContaining({
        itemCode: 'B3',
        field: 'appliesWhen',
        message: expect.stringContaining('适用条件格式无效'),
      }),
    );
  });

  it('checks grade bands', () => {
    const s = clone();
    s.grading = {
      bands: [
        { label: '优秀', min: 80, pass: true },
        { label: '良好', min: 85, pass: true },
        { label: '不合格', min: 10, pass: true },
      ],
    };
    const messages = errorsOf(s).map((e) => e.message);
    expect(messages).toContain('等级须按分数从高到低排列：「良好」下限 85 不低于「优秀」下限 80');
    expect(messages).toContain('最低等级「不合格」的下限必须为 0');
    expect(messages.some((m) => m.includes('必须为不合格'))).toBe(true);
  });

  it('rejects bad rule ids and act types', () => {
    const s = clone();
    at(s, 'sections', 3, 'items', 0).ruleIds = ['fz2'];
    expect(errorsOf(s)).toContainEqual(
      expect.objectContaining({ itemCode: 'D1', path: 'sections[3].items[0].ruleIds[0]', field: 'ruleIds' }),
    );
    const t = clone();
    t.actTypes = ['行政处罚', '行政处罚'];
    expect(errorsOf(t)).toContainEqual(
      expect.objectContaining({ field: 'actTypes', message: '适用行为类型「行政处罚」重复' }),
    );
  });

  it('checks the roles of the ECO24 formula', () => {
    const s = clone();
    s.formula = {
      kind: 'legality_gate_plus_normativity',
      legalitySections: ['D', 'X'],
      normativitySections: ['A', 'B'],
    };
    const errors = errorsOf(s);
    expect(errors).toContainEqual(
      expect.objectContaining({
        field: 'legalitySections',
        message: '计分公式的合法性章节「X」不是顶层章节编号',
      }),
    );
    // C holds only a bonus item, so it needs no role; nothing else is unassigned.
    expect(errors.filter((e) => e.field === 'formula')).toEqual([]);
    s.formula = {
      kind: 'legality_gate_plus_normativity',
      legalitySections: ['B'],
      normativitySections: ['A'],
    };
    const e2 = errorsOf(s);
    expect(e2).toContainEqual(
      expect.objectContaining({
        itemCode: 'B1',
        field: 'veto',
        message: '合法性评查项目必须设置否决（veto）',
      }),
    );
    expect(e2).toContainEqual(expect.objectContaining({ itemCode: 'D', field: 'formula' }));
  });

  it('names the formula problem for an unknown kind', () => {
    const s = clone();
    s.formula = { kind: 'average' };
    expect(errorsOf(s)).toContainEqual(
      expect.objectContaining({
        path: 'formula.kind',
        field: 'kind',
        message: '计分公式 kind 必须为 sum_100 或 legality_gate_plus_normativity',
      }),
    );
  });
});
