import type { FormulaIntermediates } from '../../../preload/contract/model/score-report';
import { VETO_EFFECT_LABELS } from '../../../preload/contract/model/standard/vocabulary';
import { PdfWriter } from './layout/pdf-writer';
import type { OpinionData } from './opinion-data';
import { PROBLEM_CATEGORIES } from './problem-category';

export const OPINION_TITLE = '行政执法案卷评查意见书';
/** Printed where the reviewer fills a field by hand. */
export const BLANK = '＿＿＿＿＿＿＿＿';
/** Ideographic space (U+3000), the full-width gap of Chinese paperwork. */
const SP = '\u3000';

const num = (n: number) => String(n);
const or = (v: string | null | undefined, fallback = '—') => (v && v.trim() ? v : fallback);

function formulaLines(f: FormulaIntermediates): string[] {
  if (f.kind === 'sum_100') {
    return [
      `计分方法：各项得分合计 ${num(f.scoredSum)} ÷ 适用项满分 ${num(f.applicableMax)} × ${num(f.fullScore)} = ${num(f.baseScore)}；加分 ${num(f.bonus)}`,
    ];
  }
  return [
    `合法性评查：${f.legalityPassed ? '通过' : '未通过（案卷得 0 分）'}，合法性得分 ${num(f.legalityScore)}`,
    `规范性评查：文书项得分 ${num(f.normativityItemSum)} ÷ 适用满分 ${num(f.normativityApplicableMax)}（比例 ${num(f.ratio)}），折算 ${num(f.normativityBeforeForm)}；卷面扣分 ${num(f.formDeductions)}；规范性得分 ${num(f.normativityScore)}；加分 ${num(f.bonus)}`,
  ];
}

/**
 * Lays out one 评查意见书 (domain.md §3.1) from prepared data. Pure layout:
 * every number printed comes from `data.report`, the scoring engine's result.
 */
export async function renderOpinionPdf(
  data: OpinionData,
  fontBytes: Uint8Array,
  opts: { date?: Date } = {},
): Promise<Uint8Array> {
  const c = data.caseRecord;
  const r = data.report;
  const o = data.options;
  const w = await PdfWriter.create(fontBytes, {
    title: `${OPINION_TITLE} ${c.caseNumber || c.name}`,
    subject: c.name,
    ...(opts.date ? { date: opts.date } : {}),
  });

  w.title(OPINION_TITLE);
  if (data.draft) w.paragraph('（草稿：该评查尚未提交，结论可能变化）', { size: 10 });
  w.gap(4);
  w.table({
    header: false,
    shadeFirstColumn: true,
    columns: [
      { title: '', width: 1.2 },
      { title: '', width: 4 },
    ],
    rows: [
      ['文书编号', or(o.documentNumber, BLANK)],
      ['评查活动', `${or(o.campaign, BLANK)}${SP}批次：${or(o.batch, BLANK)}`],
      [
        '评查标准',
        `${data.review.standardName}（${data.review.standardCode}，版本 ${data.review.standardVersion}）\n内容哈希 ${data.review.standardHash}`,
      ],
    ],
  });

  w.heading('一、案件基本情况');
  const dates = c.dates;
  w.table({
    header: false,
    shadeFirstColumn: false,
    columns: [
      { title: '', width: 1.1 },
      { title: '', width: 2.4 },
      { title: '', width: 1.1 },
      { title: '', width: 2.4 },
    ],
    rows: [
      ['执法机关', or(c.agency), '执法领域', or(c.sector)],
      ['案件名称', c.name, '案号/文号', or(c.caseNumber)],
      ['行为类型', c.actType, '程序', or(c.procedure)],
      [
        '当事人',
        `${or(c.party.name)}${c.party.kind ? `（${c.party.kind}）` : ''}`,
        '证件号码',
        or(data.partyIdNumber),
      ],
      ['立案日期', or(dates.filed), '决定日期', or(dates.decided)],
      ['送达日期', or(dates.served), '结案日期', or(dates.closed)],
      [
        '执法人员',
        or(
          c.officers
            .map((x) => `${x.name}${x.certificateNumber ? `（${x.certificateNumber}）` : ''}`)
            .join('、'),
        ),
        '处罚',
        or(
          [c.penalty.types.join('、'), c.penalty.amount === null ? '' : `罚款 ${c.penalty.amount} 元`]
            .filter(Boolean)
            .join('，'),
        ),
      ],
    ],
  });

  w.heading('二、评查结论');
  w.paragraph(
    `总分 ${num(r.total)} 分（满分 ${num(r.maxTotal)} 分），评定等次：${r.grade.label}${r.grade.pass ? '' : '（不合格）'}。`,
    { size: 11.5 },
  );
  if (r.totalBeforeVetoes !== r.total || r.gradeBeforeVetoes.label !== r.grade.label) {
    w.paragraph(`否决前得分 ${num(r.totalBeforeVetoes)} 分，否决前等次 ${r.gradeBeforeVetoes.label}。`);
  }
  for (const line of formulaLines(r.formula)) w.paragraph(line);
  if (r.gradingNote) w.paragraph(r.gradingNote, { size: 9.5 });
  if (data.vetoes.length > 0) {
    w.paragraph('触发的否决项：');
    w.table({
      columns: [
        { title: '项目', width: 2.2 },
        { title: '后果', width: 1.2 },
        { title: '关联规则与证据', width: 3.6 },
      ],
      rows: data.vetoes.map((v) => [
        `${v.itemCode} ${v.title}`,
        VETO_EFFECT_LABELS[v.effect],
        [v.ruleIds.join('、'), ...v.citations, v.reason ?? ''].filter(Boolean).join('\n') || '—',
      ]),
    });
  }

  w.heading('三、分项得分');
  w.table({
    columns: [
      { title: '编号', width: 0.9 },
      { title: '评查内容', width: 3.6 },
      { title: '适用满分', width: 1, align: 'right' },
      { title: '得分', width: 0.9, align: 'right' },
      { title: '扣分', width: 0.9, align: 'right' },
    ],
    rows: r.sections.map((s) => [
      s.code,
      s.depth > 0 ? `· ${s.title}` : s.title,
      num(s.applicableMax),
      num(s.score),
      num(s.deductions),
    ]),
  });

  w.heading('四、扣分与否决明细');
  if (data.deductions.length === 0) w.paragraph('无扣分项。');
  else
    w.table({
      columns: [
        { title: '项目', width: 2 },
        { title: '问题、说明与证据', width: 4.4 },
        { title: '扣分', width: 0.8, align: 'right' },
      ],
      rows: data.deductions.map((d) => [
        `${d.itemCode} ${d.title}\n〔${d.category}〕`,
        [...d.findings, d.note ? `评查意见：${d.note}` : '', ...d.citations.map((x) => `证据：${x}`)]
          .filter(Boolean)
          .join('\n') || '—',
        d.vetoTriggered ? '否决' : num(d.points),
      ]),
    });

  w.heading('五、三项制度落实情况');
  for (const block of data.threeSystems) {
    w.ensure(70); // keep the system's title with the start of its table
    w.paragraph(
      `${block.label}：评分项扣分 ${num(block.deductions)} 分${block.problemItems.length ? `（${block.problemItems.join('、')}）` : ''}`,
      { size: 11 },
    );
    if (block.findings.length === 0) w.paragraph('无预检规则结果。', { indent: 12 });
    else
      w.table({
        columns: [
          { title: '规则', width: 1.6 },
          { title: '结论', width: 0.8, align: 'center' },
          { title: '计算与说明', width: 4.6 },
        ],
        rows: block.findings.map((f) => [`${f.ruleId} ${f.title}`, f.result, f.explanation]),
        size: 9,
      });
  }

  w.heading('六、主要问题');
  let anyProblem = false;
  for (const category of PROBLEM_CATEGORIES) {
    const list = data.problems[category];
    if (list.length === 0) continue;
    anyProblem = true;
    w.paragraph(`（${category}）`, { size: 11 });
    list.forEach((p, i) => w.paragraph(`${i + 1}. ${p}`, { indent: 12 }));
  }
  if (!anyProblem) w.paragraph('未发现问题。');

  w.heading('七、整改要求');
  w.paragraph(
    or(
      o.rectification,
      '请被评查单位针对上述问题逐项整改，完善案卷材料和执法程序，并将整改情况书面报送评查组。',
    ),
  );
  w.paragraph(`整改期限：${or(o.rectificationDeadline, BLANK)}`);

  w.heading('八、评查人员');
  const reviewer = data.review.reviewer;
  const date = (data.review.submittedAt ?? data.review.updatedAt).slice(0, 10);
  w.table({
    header: false,
    shadeFirstColumn: true,
    columns: [
      { title: '', width: 1.3 },
      { title: '', width: 4 },
    ],
    rows: [
      ['评查人员', `${reviewer.name}${reviewer.role ? `（${reviewer.role}）` : ''}`],
      ['所在单位', or(reviewer.unit)],
      ['评查日期', date],
      ['评查人员签名', `\n${BLANK}${SP}${SP}${SP}${SP}${BLANK}`],
      ['复核人意见', `\n\n签名：${BLANK}${SP}日期：${BLANK}`],
      ['评查组负责人', `\n签名：${BLANK}${SP}日期：${BLANK}`],
    ],
  });

  w.finish(`评查数据校验码（SHA-256）：${data.contentHash}${SP}评查记录 ${data.review.id}`);
  return w.save();
}
