import { createHash } from 'node:crypto';
import { canonicalJson } from '../standards/model/canonical-json';
import { drawBarChart } from './layout/bar-chart';
import { PdfWriter } from './layout/pdf-writer';
import type { SummaryData } from '../../../preload/contract/model/summary-data';
import { flagsText, percent, rateText } from './summary-format';

/** SHA-256 of what the summary states, for matching a printed copy. */
export function summaryContentHash(data: SummaryData): string {
  const { rows, agencies, overall, topItems, topRules, skipped } = data;
  return createHash('sha256')
    .update(canonicalJson({ rows, agencies, overall, topItems, topRules, skipped }), 'utf8')
    .digest('hex');
}

/** 评查结果汇总表 / 通报 on landscape A4: overview with vector charts, per-file rows, per-agency rates, top problems. */
export async function renderSummaryPdf(
  data: SummaryData,
  fontBytes: Uint8Array,
  opts: { date?: Date } = {},
): Promise<Uint8Array> {
  const w = await PdfWriter.create(fontBytes, {
    title: data.title,
    landscape: true,
    ...(opts.date ? { date: opts.date } : {}),
  });
  const o = data.overall;
  w.title(data.title);
  if (data.campaign) w.paragraph(`评查活动：${data.campaign}`, { size: 11 });

  w.heading('一、总体情况');
  w.paragraph(
    `共汇总案卷 ${o.files} 件，平均分 ${o.average} 分，合格 ${o.passCount} 件，合格率 ${percent(o.passRate)}。` +
      data.gradeLabels.map((g) => `${g} ${o.grades[g] ?? 0} 件`).join('，') +
      `。决定按期公示率 ${rateText(o.publicationOnTime)}，必须音像记录的执法环节记录率 ${rateText(o.avPresent)}，应当法制审核的已审核率 ${rateText(o.legalReviewDone)}。` +
      (data.skipped.length
        ? `另有 ${data.skipped.length} 件案卷尚无已提交的评查，未纳入汇总（见文末）。`
        : ''),
  );
  const half = (w.contentWidth - 30) / 2;
  w.ensure(240); // both charts (170 pt plot + title and labels) side by side on one page
  const top = w.y;
  drawBarChart(w, {
    title: '等次分布（件）',
    labels: data.gradeLabels,
    values: data.gradeLabels.map((g) => o.grades[g] ?? 0),
    // Counts: an axis top divisible by 4 keeps the grid labels whole numbers.
    max: Math.ceil(Math.max(4, ...data.gradeLabels.map((g) => o.grades[g] ?? 0)) / 4) * 4,
    width: half,
  });
  const afterLeft = w.y;
  {
    // Second chart beside the first on the same page.
    const left = w.margin.left;
    w.y = top;
    w.margin.left = left + half + 30;
    drawBarChart(w, {
      title: '各执法机关平均分',
      labels: data.agencies.map((a) => a.agency),
      values: data.agencies.map((a) => a.average),
      max: 100,
      width: half,
    });
    w.margin.left = left;
    w.y = Math.min(w.y, afterLeft);
  }

  w.heading('二、逐卷评查结果');
  w.table({
    size: 8.5,
    columns: [
      { title: '序号', width: 0.5, align: 'center' },
      { title: '执法机关', width: 1.6 },
      { title: '案件名称 / 文号', width: 2.6 },
      { title: '行为类型', width: 0.9 },
      { title: '评查人员', width: 1.3 },
      { title: '得分', width: 0.7, align: 'right' },
      { title: '等次', width: 0.7, align: 'center' },
      { title: '否决项', width: 1.4 },
      { title: '主要问题', width: 2.4 },
      { title: '三项制度', width: 1.3 },
    ],
    rows: data.rows.map((r) => [
      String(r.no),
      r.agency,
      `${r.name}${r.caseNumber ? `\n${r.caseNumber}` : ''}`,
      r.actType,
      r.reviewers,
      String(r.total),
      r.grade,
      r.vetoes.join('\n') || '—',
      r.keyProblems.join('\n') || '—',
      flagsText(r),
    ]),
  });

  w.heading('三、按执法机关汇总');
  w.table({
    size: 8.5,
    columns: [
      { title: '执法机关', width: 2 },
      { title: '卷数', width: 0.6, align: 'right' },
      { title: '平均分', width: 0.8, align: 'right' },
      ...data.gradeLabels.map((g) => ({ title: g, width: 1, align: 'right' as const })),
      { title: '合格率', width: 0.9, align: 'right' },
      { title: '按期公示率', width: 1.3, align: 'right' },
      { title: '音像记录率', width: 1.3, align: 'right' },
      { title: '法制审核率', width: 1.3, align: 'right' },
    ],
    rows: [...data.agencies, o].map((a) => [
      a.agency,
      String(a.files),
      String(a.average),
      ...data.gradeLabels.map(
        (g) => `${a.grades[g] ?? 0}（${percent(a.files ? (a.grades[g] ?? 0) / a.files : null)}）`,
      ),
      percent(a.passRate),
      rateText(a.publicationOnTime),
      rateText(a.avPresent),
      rateText(a.legalReviewDone),
    ]),
  });

  w.heading('四、常见问题');
  for (const [title, list] of [
    ['按评查项目', data.topItems],
    ['按预检规则', data.topRules],
  ] as const) {
    w.paragraph(title, { size: 11 });
    if (list.length === 0) w.paragraph('无。', { indent: 12 });
    else
      w.table({
        size: 8.5,
        columns: [
          { title: '排名', width: 0.5, align: 'center' },
          { title: '问题', width: 6 },
          { title: '案卷数', width: 0.8, align: 'right' },
        ],
        rows: list.map((p, i) => [String(i + 1), p.label, String(p.count)]),
      });
  }
  if (data.skipped.length) {
    w.heading('未纳入汇总的案卷');
    data.skipped.forEach((s, i) => w.paragraph(`${i + 1}. ${s.name}：${s.reason}`));
  }
  w.finish(`汇总数据校验码（SHA-256）：${summaryContentHash(data)}`);
  return w.save();
}
