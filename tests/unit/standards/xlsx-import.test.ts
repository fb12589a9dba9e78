import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importStandardFromXlsx } from '../../../main/services/standards/io/xlsx-import';
import { scoreReview } from '../../../main/services/standards/scoring/score-review';
import { buildWorkbook, HEADER, META_ROWS } from './xlsx-builder';

const GOOD_ITEMS: Array<Array<string | number | null>> = [
  ['说明：本表由法制科维护'],
  HEADER,
  [
    '一、立案（10分）',
    '1.1',
    '立案审批',
    '经负责人批准',
    '《行政处罚法》第54条',
    4,
    '扣分',
    '未载明日期:2;每处涂改未签名:0.5',
    null,
    null,
    null,
    null,
  ],
  [null, '1.2', '文书规范', '文书填写规范', null, '6分', '按次扣分', '每处:0.5', null, null, null, null],
  [
    '二、审查决定（90分）/（一）告知与听证',
    '2.1',
    '事先告知',
    '告知权利',
    null,
    40,
    '区间扣分',
    '5-20',
    null,
    null,
    '公示',
    'QX-WAIT',
  ],
  [
    '二、审查决定（90分）/（一）告知与听证',
    '2.2',
    '听证',
    '依法听证',
    null,
    10,
    null,
    '未提前7日通知:5',
    null,
    '举行听证=是',
    null,
    null,
  ],
  [
    '二、审查决定（90分）/（二）法制审核',
    '2.3',
    '法制审核',
    '决定前审核',
    null,
    40,
    '扣分',
    '无书面意见:20；审核日期晚于决定日期:40',
    '不合格',
    '需法制审核=是',
    '法制审核',
    'FZ-1, FZ-2',
  ],
  [
    '二、审查决定（90分）/（二）法制审核',
    '2.4',
    '主体合法',
    '不得超越职权',
    null,
    0,
    null,
    null,
    '得0分',
    null,
    null,
    null,
  ],
  [null, null, null, null, null, null, null, null, null, null, null, null],
];

describe('importStandardFromXlsx', () => {
  it('imports a well-formed workbook and the engine scores it', async () => {
    const bytes = await buildWorkbook([
      { name: '标准信息', rows: META_ROWS },
      { name: '评查项目', rows: GOOD_ITEMS },
    ]);
    const r = await importStandardFromXlsx(bytes);
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    const s = r.value.standard;
    expect(s.code).toBe('XLS-1');
    expect(r.value.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(s.sections.map((x) => [x.code, x.title, x.declaredPoints])).toEqual([
      ['一', '立案', 10],
      ['二', '审查决定', 90],
    ]);
    expect(s.sections[1]?.sections.map((x) => [x.code, x.title])).toEqual([
      ['（一）', '告知与听证'],
      ['（二）', '法制审核'],
    ]);
    const items = [
      ...(s.sections[0]?.items ?? []),
      ...(s.sections[1]?.sections.flatMap((x) => x.items) ?? []),
    ];
    expect(items.map((i) => i.code)).toEqual(['1.1', '1.2', '2.1', '2.2', '2.3', '2.4']);
    expect(items[0]?.options).toEqual([
      { id: 'o1', text: '未载明日期', points: 2, perOccurrence: false },
      { id: 'o2', text: '每处涂改未签名', points: 0.5, perOccurrence: true },
    ]);
    expect(items[1]).toMatchObject({ mode: 'per_occurrence', step: 0.5, points: 6 });
    expect(items[2]).toMatchObject({
      mode: 'range',
      range: { min: 5, max: 20 },
      threeSystem: 'publicity',
      ruleIds: ['QX-WAIT'],
    });
    expect(items[3]?.appliesWhen).toEqual({ fact: 'hearingHeld', equals: true });
    expect(items[4]).toMatchObject({
      veto: 'grade_fail',
      threeSystem: 'legal_review',
      ruleIds: ['FZ-1', 'FZ-2'],
    });
    expect(items[5]).toMatchObject({ veto: 'zero_total', points: 0 });

    // 1.1: 4 − 2 = 2; hearing not held → 2.2 N/A; Σ = 2 + 6 + 40 + 40 = 88 of 90 → 97.78
    const report = scoreReview(s, { hearingHeld: false, legalReviewRequired: true }, [
      { itemCode: '1.1', status: 'deduct', optionIds: ['o1'] },
    ]);
    expect(report.total).toBe(97.78);
  });

  it('prefixes a repeated sub-section code with its parent code', async () => {
    const rows = [
      ['章节', '编号', '评查项目', '分值', '适用条件'],
      [
        '一、甲 / （一）子',
        '1',
        '甲项',
        50,
        '{"any":[{"fact":"hearingHeld","equals":true},{"fact":"caseClosed","equals":true}]}',
      ],
      ['二、乙 / （一）子', '2', '乙项', 50, null],
    ];
    const r = await importStandardFromXlsx(
      await buildWorkbook([
        { name: '标准信息', rows: META_ROWS },
        { name: '评查项目', rows },
      ]),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(r.value.standard.sections.map((s) => s.sections[0]?.code)).toEqual(['（一）', '二.（一）']);
    expect(r.value.standard.sections[0]?.sections[0]?.items[0]?.appliesWhen).toEqual({
      any: [
        { fact: 'hearingHeld', equals: true },
        { fact: 'caseClosed', equals: true },
      ],
    });
  });

  it('handles heading rows, merged section cells, totals rows and a 序号 column', async () => {
    const wb = new ExcelJS.Workbook();
    const meta = wb.addWorksheet('标准信息');
    for (const row of META_ROWS) meta.addRow(row);
    const ws = wb.addWorksheet('评查项目');
    ws.addRow(['序号', '章节', '编号', '评查项目', '分值']);
    ws.addRow([null, '一、立案（40分）', null, null, null]);
    ws.addRow([1, null, '1.1', '立案审批', 15]);
    ws.addRow([2, null, '1.2', '立案时限', 25]);
    ws.addRow([3, '二、归档', '2.1', '卷宗', 30]);
    ws.addRow([4, null, '2.2', '目录', 30]);
    ws.mergeCells('B5:B6');
    ws.addRow([null, '合计', null, null, 100]);
    const r = await importStandardFromXlsx(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    if (!r.ok) throw new Error(JSON.stringify(r.errors));
    expect(
      r.value.standard.sections.map((s) => [s.code, s.declaredPoints, s.items.map((i) => i.code)]),
    ).toEqual([
      ['一', 40, ['1.1', '1.2']],
      ['二', undefined, ['2.1', '2.2']],
    ]);
  });

  it('accepts standard fields from the caller when there is no 标准信息 sheet', async () => {
    const bytes = await buildWorkbook([{ name: 'Sheet1', rows: GOOD_ITEMS }]);
    const meta = {
      code: 'M',
      name: '名称',
      version: '1',
      issuer: '某局',
      sourceNote: '来源',
      actTypes: ['行政处罚' as const],
      formula: { kind: 'sum_100' as const },
    };
    const r = await importStandardFromXlsx(bytes, { meta });
    expect(r.ok).toBe(true);
  });

  it('names sheet, row and column for cell errors', async () => {
    const rows = GOOD_ITEMS.map((row) => [...row]);
    rows[2] = [
      '一、立案（10分）',
      '1.1',
      '立案审批',
      null,
      null,
      'x',
      '扣分',
      '未载明日期',
      null,
      '听证=是',
      null,
      null,
    ];
    rows[3] = [null, '1.2', '文书规范', null, null, 6, '每次', null, '也许', null, '公开', null];
    const bytes = await buildWorkbook([
      { name: '标准信息', rows: META_ROWS },
      { name: '评查项目', rows },
    ]);
    const r = await importStandardFromXlsx(bytes);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { sheet: '评查项目', row: 3, column: 'F（分值）', itemCode: '1.1', message: '分值“x”不是数字' },
      {
        sheet: '评查项目',
        row: 3,
        column: 'H（扣分选项）',
        itemCode: '1.1',
        message: '选项“未载明日期”应写成“情形:分值”，如“未载明日期:2”',
      },
      {
        sheet: '评查项目',
        row: 3,
        column: 'J（适用条件）',
        itemCode: '1.1',
        message: expect.stringContaining('未知的案件事实“听证”'),
      },
      {
        sheet: '评查项目',
        row: 4,
        column: 'G（计分方式）',
        itemCode: '1.2',
        message: expect.stringContaining('计分方式“每次”无效'),
      },
      {
        sheet: '评查项目',
        row: 4,
        column: 'I（否决）',
        itemCode: '1.2',
        message: expect.stringContaining('否决“也许”无效'),
      },
      {
        sheet: '评查项目',
        row: 4,
        column: 'K（三项制度）',
        itemCode: '1.2',
        message: expect.stringContaining('三项制度“公开”无效'),
      },
    ]);
  });

  it('maps standard validation errors back to the row and column', async () => {
    const rows = GOOD_ITEMS.map((row) => [...row]);
    rows[2] = [
      '一、立案（10分）',
      '1.1',
      '立案审批',
      null,
      null,
      4,
      '扣分',
      '未载明日期:5',
      null,
      null,
      null,
      null,
    ];
    rows[3] = [null, '1.1', '文书规范', null, null, 6, '按次扣分', '每处:0.5', null, null, null, null];
    const r = await importStandardFromXlsx(
      await buildWorkbook([
        { name: '标准信息', rows: META_ROWS },
        { name: '评查项目', rows },
      ]),
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    // Row 4 reuses code 1.1, so errors about "1.1" point at the last row holding that code.
    expect(r.errors).toContainEqual({
      sheet: '评查项目',
      row: 4,
      column: 'H（扣分选项）',
      itemCode: '1.1',
      message: '扣分选项「未载明日期」分值 5 分大于本项满分 4 分',
    });
    expect(r.errors).toContainEqual(
      expect.objectContaining({
        sheet: '评查项目',
        row: 4,
        column: 'B（编号）',
        message: expect.stringContaining('编号「1.1」重复'),
      }),
    );
  });

  it('maps shape errors (bad rule id) to the cell', async () => {
    const rows = GOOD_ITEMS.map((row) => [...row]);
    rows[3] = [null, '1.2', '文书规范', null, null, 6, '按次扣分', '每处:0.5', null, null, null, 'gs3'];
    const r = await importStandardFromXlsx(
      await buildWorkbook([
        { name: '标准信息', rows: META_ROWS },
        { name: '评查项目', rows },
      ]),
    );
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.errors).toEqual([
        {
          sheet: '评查项目',
          row: 4,
          column: 'L（关联规则）',
          itemCode: '1.2',
          message: expect.stringContaining('关联规则编号格式'),
        },
      ]);
  });

  it('maps metadata errors to the 标准信息 sheet', async () => {
    const noVersion = META_ROWS.filter((row) => row[0] !== '版本');
    const r1 = await importStandardFromXlsx(
      await buildWorkbook([
        { name: '标准信息', rows: noVersion },
        { name: '评查项目', rows: GOOD_ITEMS },
      ]),
    );
    expect(r1).toEqual({ ok: false, errors: [{ sheet: '标准信息', message: '版本：缺少必填字段' }] });
    const wrongTotal = META_ROWS.map((row) => (row[0] === '满分' ? ['满分', 120] : row));
    const r2 = await importStandardFromXlsx(
      await buildWorkbook([
        { name: '标准信息', rows: wrongTotal },
        { name: '评查项目', rows: GOOD_ITEMS },
      ]),
    );
    expect(r2).toEqual({
      ok: false,
      errors: [
        {
          sheet: '标准信息',
          row: 9,
          column: 'B',
          message: '满分：各评查项目分值合计 100 分，与计分公式满分 120 分不一致',
        },
      ],
    });
  });

  it('reports missing header columns and unreadable files', async () => {
    const noPoints = await buildWorkbook([
      {
        name: '评查项目',
        rows: [
          ['章节', '编号', '评查项目'],
          ['一', '1', 'x'],
        ],
      },
    ]);
    const r1 = await importStandardFromXlsx(noPoints);
    expect(r1).toEqual({
      ok: false,
      errors: [
        { sheet: '评查项目', row: 1, message: '前 10 行中找不到表头（至少需要列：编号、评查项目、分值）' },
      ],
    });
    const noTitle = await buildWorkbook([
      {
        name: '评查项目',
        rows: [
          ['章节', '编号', '分值'],
          ['一', '1', 3],
        ],
      },
    ]);
    const r2 = await importStandardFromXlsx(noTitle);
    expect(r2).toEqual({ ok: false, errors: [{ sheet: '评查项目', row: 1, message: '缺少“评查项目”列' }] });
    const r3 = await importStandardFromXlsx(new TextEncoder().encode('not a zip'));
    expect(r3.ok).toBe(false);
    if (!r3.ok) expect(r3.errors[0]?.message).toContain('无法读取 Excel 文件');
  });
});
