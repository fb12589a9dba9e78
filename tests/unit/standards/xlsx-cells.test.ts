import { describe, expect, it } from 'vitest';
import {
  cellText,
  parseConditionCell,
  parseOptionsCell,
  parsePoints,
  parseSectionSegment,
  splitSectionPath,
} from '../../../main/services/standards/io/xlsx-cells';

describe('spreadsheet cell parsers', () => {
  it('reads rich text, formulas and plain values', () => {
    expect(cellText({ richText: [{ text: '立案' }, { text: '审批' }] })).toBe('立案审批');
    expect(cellText({ formula: 'A1+1', result: 3 })).toBe('3');
    expect(cellText(null)).toBe('');
    expect(cellText('  （一）文书 ')).toBe('（一）文书');
  });

  it('parses points including full-width digits and 分', () => {
    expect(parsePoints('２．５分')).toBe(2.5);
    expect(parsePoints('10')).toBe(10);
    expect(parsePoints('十分')).toBeNull();
  });

  it('parses deduction options, steps and ranges', () => {
    expect(parseOptionsCell('未载明日期：2；每处涂改:0.5', 'deduct')).toEqual({
      ok: true,
      value: {
        options: [
          { id: 'o1', text: '未载明日期', points: 2, perOccurrence: false },
          { id: 'o2', text: '每处涂改', points: 0.5, perOccurrence: true },
        ],
      },
    });
    expect(parseOptionsCell('每处:0.5', 'per_occurrence')).toEqual({ ok: true, value: { step: 0.5 } });
    expect(parseOptionsCell('1～５', 'range')).toEqual({ ok: true, value: { range: { min: 1, max: 5 } } });
    expect(parseOptionsCell('每处:0.5;每项:1', 'per_occurrence').ok).toBe(false);
    expect(parseOptionsCell('酌情', 'range').ok).toBe(false);
    // Award options are criteria met, never per occurrence.
    expect(parseOptionsCell('每项事实:1', 'award')).toMatchObject({
      ok: true,
      value: { options: [{ perOccurrence: false }] },
    });
  });

  it('parses conditions with and, or-values and not', () => {
    expect(parseConditionCell('举行听证=是；程序=普通')).toEqual({
      ok: true,
      value: {
        all: [
          { fact: 'hearingHeld', equals: true },
          { fact: 'procedure', equals: '普通' },
        ],
      },
    });
    expect(parseConditionCell('行为类型=行政处罚|行政强制')).toEqual({
      ok: true,
      value: { fact: 'actType', in: ['行政处罚', '行政强制'] },
    });
    expect(parseConditionCell('采取强制措施≠是')).toEqual({
      ok: true,
      value: { not: { fact: 'coerciveMeasureTaken', equals: true } },
    });
    expect(parseConditionCell('hearingHeld=否')).toEqual({
      ok: true,
      value: { fact: 'hearingHeld', equals: false },
    });
    expect(parseConditionCell('程序=特别')).toMatchObject({
      ok: false,
      message: expect.stringContaining('可选：简易、普通'),
    });
    expect(parseConditionCell('听证')).toMatchObject({ ok: false });
  });

  it('splits section paths and reads codes and declared points', () => {
    expect(splitSectionPath('二、审查决定 / （一）告知')).toEqual(['二、审查决定', '（一）告知']);
    expect(parseSectionSegment('一、立案（8分）')).toEqual({ code: '一', title: '立案', declaredPoints: 8 });
    expect(parseSectionSegment('B1 卷面基本要素(20分)')).toEqual({
      code: 'B1',
      title: '卷面基本要素',
      declaredPoints: 20,
    });
    expect(parseSectionSegment('（一）文书')).toEqual({ code: '（一）', title: '文书' });
    expect(parseSectionSegment('归档')).toEqual({ code: '归档', title: '归档' });
  });
});
