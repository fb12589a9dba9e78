import type { StandardInput } from '../../../preload/contract/model/standard/standard';
import type { Standard } from '../../../preload/contract/model/standard/standard';
import { validateStandard } from '../../../main/services/standards/model/validate-standard';

/** Validates or fails loudly with the error list, so fixtures cannot drift silently. */
export function mustValidate(input: StandardInput | unknown): Standard {
  const r = validateStandard(input);
  if (!r.ok) throw new Error(`fixture invalid: ${JSON.stringify(r.errors, null, 2)}`);
  return r.value;
}

/**
 * Small stage-based sum_100 standard used by the golden and property tests.
 * Points: A 30 (A1 10 deduct, A2 20 per_occurrence step 4) + B 70 (B1 40 range 5–20,
 * B2 20 award with criteria, B3 10 deduct, hearing only, B4 0 veto zero_total)
 * + C bonus 5 + D veto items (grade_fail, cap_below_excellent) = 100.
 */
export function smallSum100(): StandardInput {
  return {
    code: 'T-SUM',
    name: '测试标准',
    version: '1',
    issuer: '测试',
    sourceNote: '单元测试',
    actTypes: ['行政处罚'],
    formula: { kind: 'sum_100' },
    sections: [
      {
        code: 'A',
        title: '立案',
        declaredPoints: 30,
        items: [
          {
            code: 'A1',
            title: '立案审批',
            points: 10,
            options: [
              { id: 'o1', text: '未载明日期', points: 2 },
              { id: 'o2', text: '每处涂改未签名', points: 0.5, perOccurrence: true },
              { id: 'o3', text: '无审批', points: 10 },
            ],
          },
          { code: 'A2', title: '文书规范', points: 20, mode: 'per_occurrence', step: 4 },
        ],
      },
      {
        code: 'B',
        title: '审查决定',
        declaredPoints: 70,
        items: [
          { code: 'B1', title: '证据', points: 40, mode: 'range', range: { min: 5, max: 20 } },
          {
            code: 'B2',
            title: '决定书要素',
            points: 20,
            mode: 'award',
            options: [
              { id: 'f', text: '事实', points: 8 },
              { id: 'e', text: '证据', points: 8 },
              { id: 'r', text: '救济途径', points: 4 },
            ],
          },
          {
            code: 'B3',
            title: '听证',
            points: 10,
            appliesWhen: { fact: 'hearingHeld', equals: true },
            threeSystem: 'none',
          },
          { code: 'B4', title: '超越职权', points: 0, veto: 'zero_total', allowNa: false },
        ],
      },
      { code: 'C', title: '加分', items: [{ code: 'C1', title: '移送', points: 5, mode: 'bonus' }] },
      {
        code: 'D',
        title: '否决',
        items: [
          {
            code: 'D1',
            title: '未法制审核',
            points: 0,
            veto: 'grade_fail',
            threeSystem: 'legal_review',
            ruleIds: ['FZ-2'],
          },
          { code: 'D2', title: '未盖章', points: 0, veto: 'cap_below_excellent' },
        ],
      },
    ],
  };
}

/**
 * ECO24-shaped miniature: legality gate (2 veto items), 卷面 20 points
 * (F1 10 deduct, F2 10 per occurrence 0.5), document items N1–N5 (N3 only when
 * a hearing was held) and a transfer bonus of 15.
 */
export function smallEco(): StandardInput {
  return {
    code: 'T-ECO',
    name: '生态环境测试细则',
    version: '2024',
    issuer: '测试',
    sourceNote: '单元测试',
    actTypes: ['行政处罚'],
    formula: {
      kind: 'legality_gate_plus_normativity',
      legalitySections: ['L'],
      formSections: ['F'],
      normativitySections: ['N'],
    },
    sections: [
      {
        code: 'L',
        title: '合法性评查',
        items: [
          { code: 'L1', title: '超越法定职权', points: 0, veto: 'zero_total', allowNa: false },
          { code: 'L2', title: '执法人员不足两人', points: 0, veto: 'zero_total', ruleIds: ['RY-1'] },
        ],
      },
      {
        code: 'F',
        title: '卷面基本要素',
        declaredPoints: 20,
        items: [
          {
            code: 'F1',
            title: '文书',
            points: 10,
            options: [
              { id: 'a', text: '无落款日期', points: 2 },
              { id: 'b', text: '每处空白未划除', points: 0.5, perOccurrence: true },
              { id: 'c', text: '无文书', points: 10 },
            ],
          },
          { code: 'F2', title: '笔录', points: 10, mode: 'per_occurrence', step: 0.5 },
        ],
      },
      {
        code: 'N',
        title: '文书评查（一般行政处罚）',
        items: [
          {
            code: 'N1',
            title: '立案审批表',
            points: 2,
            mode: 'award',
            options: [
              { id: 's', text: '来源和案由', points: 0.5 },
              { id: 'i', text: '基本情况和理由', points: 1 },
              { id: 't', text: '时限内审批', points: 0.5 },
            ],
          },
          {
            code: 'N2',
            title: '现场检查笔录',
            points: 10,
            options: [{ id: 'x', text: '违法事实记录不清', points: 4 }],
          },
          { code: 'N3', title: '听证笔录', points: 8, appliesWhen: { fact: 'hearingHeld', equals: true } },
          {
            code: 'N4',
            title: '行政处罚决定书',
            points: 15,
            options: [
              { id: 'd', text: '未说明裁量基准', points: 1 },
              { id: 'p', text: '缴款期限未写明', points: 0.5 },
            ],
          },
          { code: 'N5', title: '结案审批表', points: 3 },
        ],
      },
      {
        code: 'X',
        title: '加分项',
        items: [{ code: 'X1', title: '移送涉嫌犯罪', points: 15, mode: 'bonus' }],
      },
    ],
  };
}
