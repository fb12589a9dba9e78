import { writeFileSync, copyFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  loadBuiltinStandards,
  type BuiltinLoadResult,
  type BuiltinStandard,
} from '../../../main/services/standards/builtin';
import type { CaseFacts } from '../../../preload/contract/model/standard/case-facts';
import { listItems, listSections } from '../../../preload/contract/model/standard/walk';
import { VERIFY_LOCALLY_NOTE } from '../../../preload/contract/model/standard/vocabulary';
import { scoreReview } from '../../../main/services/standards/scoring/score-review';
import type { ItemResult } from '../../../main/services/standards/scoring/item-result';
import { makeTempDir } from '../../helpers/temp-dir';

const DIR = resolve(__dirname, '../../../resources/standards');
let loaded: BuiltinLoadResult;
const byCode = (code: string): BuiltinStandard => {
  const s = loaded.standards.find((x) => x.standard.code === code);
  if (s === undefined) throw new Error(`missing built-in ${code}`);
  return s;
};

beforeAll(async () => {
  loaded = await loadBuiltinStandards(DIR);
});

describe('built-in standards', () => {
  it('every file validates', () => {
    expect(loaded.failures).toEqual([]);
    expect(loaded.standards.map((s) => s.file)).toEqual([
      'coercion-seizure.json',
      'eco-2024-general-penalty.json',
      'inspection.json',
      'licensing.json',
      'penalty-general.json',
      'three-systems.json',
    ]);
  });

  it('each carries a source note and the verify-locally label', () => {
    for (const { standard } of loaded.standards) {
      expect(standard.sourceNote).toContain(VERIFY_LOCALLY_NOTE);
      expect(standard.verifyNote).toBe(VERIFY_LOCALLY_NOTE);
      expect(standard.grading.note).toBe(VERIFY_LOCALLY_NOTE);
    }
  });

  it('hashes are stable across loads and distinct between standards', async () => {
    const again = await loadBuiltinStandards(DIR);
    expect(again.standards.map((s) => s.contentHash)).toEqual(loaded.standards.map((s) => s.contentHash));
    expect(new Set(loaded.standards.map((s) => s.contentHash)).size).toBe(loaded.standards.length);
  });

  it('the three-systems sheet links the rule ids of domain.md §1', () => {
    const { standard } = byCode('PC-SXZD');
    const ids = new Set(listItems(standard).flatMap((l) => l.item.ruleIds));
    for (const id of ['GS-2', 'GS-3', 'JL-1', 'JL-2', 'JL-3', 'FZ-1', 'FZ-2', 'FZ-4', 'FZ-5', 'FZ-7', 'RY-1'])
      expect(ids).toContain(id);
    expect(standard.actTypes).toHaveLength(7);
    const tags = new Set(listItems(standard).map((l) => l.item.threeSystem));
    expect([...tags].sort()).toEqual(['legal_review', 'none', 'publicity', 'recording']);
  });

  it('the general-procedure penalty sheet has five stages and all three veto semantics', () => {
    const { standard } = byCode('PC-XZCF-YB');
    expect(standard.sections.map((s) => s.title)).toEqual([
      '〇、否决项',
      '一、立案',
      '二、调查取证',
      '三、审查决定',
      '四、送达执行',
      '五、归档',
    ]);
    const vetoes = new Set(
      listItems(standard)
        .map((l) => l.item.veto)
        .filter((v) => v !== undefined),
    );
    expect([...vetoes].sort()).toEqual(['cap_below_excellent', 'grade_fail', 'zero_total']);
    const tags = new Set(listItems(standard).map((l) => l.item.threeSystem));
    expect(tags).toContain('publicity');
    expect(tags).toContain('recording');
    expect(tags).toContain('legal_review');
  });

  it('ECO24 has 25 legality gates, 20 form points and 100 document points', () => {
    const { standard } = byCode('ECO24-YBCF');
    const items = listItems(standard);
    const inTop = (code: string) => items.filter((l) => l.sections[0]?.code === code).map((l) => l.item);
    expect(inTop('A')).toHaveLength(25);
    expect(inTop('A').every((i) => i.veto === 'zero_total' && i.points === 0)).toBe(true);
    expect(inTop('B1').reduce((a, i) => a + i.points, 0)).toBe(20);
    expect(inTop('B2').reduce((a, i) => a + i.points, 0)).toBe(100);
    const docs = listSections(standard).filter((s) => s.depth === 1 && s.section.code.startsWith('D'));
    expect(docs.map((d) => d.section.declaredPoints)).toEqual([
      2, 10, 10, 5, 8, 8, 10, 10, 4, 8, 15, 2, 5, 3,
    ]);
  });

  it('the engine reproduces an ECO24 score by hand', () => {
    const { standard } = byCode('ECO24-YBCF');
    const facts: CaseFacts = {
      actType: '行政处罚',
      hearingHeld: false,
      samplingOrTesting: false,
      separateCorrectionOrder: false,
      reminderIssued: false,
      courtEnforcementApplied: false,
      caseClosed: true,
      coerciveMeasureTaken: false,
      collectiveDiscussionRequired: false,
      legalReviewRequired: true,
    };
    const results: ItemResult[] = [
      // 决定书未说明裁量基准及因素: 0 of 1
      { itemCode: 'D11.5', status: 'deduct', rangeValue: 0 },
      // 告知书拟处罚内容未写裁量基准: 1 of 2
      { itemCode: 'D8.4', status: 'deduct', rangeValue: 1 },
      // 现场检查笔录违法事实记录不全: 3 of 4
      { itemCode: 'D2.4', status: 'deduct', rangeValue: 3 },
      // 卷面: 笔录未记录出示执法证件 −1.5; 送达回证部分不符合 −1
      { itemCode: 'F2.4', status: 'deduct', optionIds: ['a'] },
      { itemCode: 'F1.4', status: 'deduct', optionIds: ['b'] },
      { itemCode: 'L22', status: 'na' },
      { itemCode: 'L23', status: 'na' },
      { itemCode: 'L24', status: 'na' },
    ];
    const r = scoreReview(standard, facts, results);
    // Applicable documents: D1 2 + D2 10 + D3 10 + D5 8 + D6 8 + D8 10 + D11 15 + D14 3 = 66
    // (D4 no testing, D7 no separate order, D9/D10 no hearing, D12 no reminder, D13 no court enforcement)
    // Σ scores = 66 − 1 − 1 − 1 = 63; 50 × 63 / 66 = 47.727272…
    // form deductions = 1.5 + 1 = 2.5; normativity = 45.227272…; total = 95.227272… → 95.23 优秀
    expect(r.formula).toMatchObject({
      kind: 'legality_gate_plus_normativity',
      legalityPassed: true,
      legalityScore: 50,
      normativityItemSum: 63,
      normativityApplicableMax: 66,
      normativityBeforeForm: 47.73,
      formDeductions: 2.5,
      normativityScore: 45.23,
    });
    expect(r.total).toBe(95.23);
    expect(r.grade.label).toBe('优秀');
    expect(r.na.byApplicability).toContain('D9.1');
    // 三项制度 findings are reported apart from the score: F2.4 (出示执法证件, GS-2) lost 1.5.
    expect(r.threeSystems.publicity).toEqual({
      itemCodes: ['F2.4'],
      problemItemCodes: ['F2.4'],
      deductions: 1.5,
      problemRuleIds: ['GS-2'],
    });
    expect(r.threeSystems.legal_review.itemCodes).toEqual(['L19', 'L21']);
    expect(r.threeSystems.legal_review.problemItemCodes).toEqual([]);
    expect(r.na.byApplicability).toContain('L13');
    // The same file with one legality problem (investigator reviewed the case) scores 0.
    const vetoed = scoreReview(standard, facts, [
      ...results,
      { itemCode: 'L21', status: 'veto', reason: '调查人员张某同时担任审查人员' },
    ]);
    expect(vetoed.total).toBe(0);
    expect(vetoed.vetoes.map((v) => v.itemCode)).toEqual(['L21']);
  });
});

describe('loadBuiltinStandards with broken files', () => {
  const tmp = makeTempDir();
  afterAll(() => tmp.cleanup());

  it('reports broken files and still loads the good ones', async () => {
    copyFileSync(join(DIR, 'licensing.json'), join(tmp.dir, 'a-good.json'));
    copyFileSync(join(DIR, 'licensing.json'), join(tmp.dir, 'b-duplicate.json'));
    writeFileSync(join(tmp.dir, 'c-syntax.json'), '{ "code": ');
    writeFileSync(join(tmp.dir, 'd-shape.json'), JSON.stringify({ code: 'X' }));
    writeFileSync(join(tmp.dir, 'notes.txt'), 'ignored');
    const r = await loadBuiltinStandards(tmp.dir);
    expect(r.standards.map((s) => s.file)).toEqual(['a-good.json']);
    expect(r.failures.map((f) => f.file)).toEqual(['b-duplicate.json', 'c-syntax.json', 'd-shape.json']);
    expect(r.failures[0]?.errors[0]?.message).toContain('重复');
    expect(r.failures[1]?.errors[0]?.message).toContain('不是有效的 JSON');
  });
});
