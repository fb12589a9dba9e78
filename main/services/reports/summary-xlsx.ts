import ExcelJS from 'exceljs';
import type { Rate, SummaryData } from '../../../preload/contract/model/summary-data';

type Cell = string | number | null;
interface Column {
  header: string;
  width: number;
  /** Excel number format for numeric columns. */
  numFmt?: string;
}

const PCT = '0.0%';
const SCORE = '0.##';

/** One sheet: bold header row frozen at the top, fixed widths, numbers kept as numbers. */
function addSheet(
  book: ExcelJS.Workbook,
  name: string,
  columns: Column[],
  rows: Cell[][],
): ExcelJS.Worksheet {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({
    header: c.header,
    width: c.width,
    ...(c.numFmt ? { style: { numFmt: c.numFmt } } : {}),
  }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE6E6E6' } };
  for (const row of rows) sheet.addRow(row).alignment = { vertical: 'top', wrapText: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  return sheet;
}

/** A rate is a fraction (formatted as %) or an empty cell when nothing could be decided. */
const rateCell = (r: Rate): Cell => r.rate;

/** The same tables as the PDF, as an Excel workbook (exceljs). */
export async function renderSummaryXlsx(data: SummaryData): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  book.creator = 'Pingcha 评查';
  book.title = data.title;

  addSheet(
    book,
    '逐卷结果',
    [
      { header: '序号', width: 6 },
      { header: '执法机关', width: 24 },
      { header: '案件名称', width: 32 },
      { header: '文号', width: 24 },
      { header: '行为类型', width: 10 },
      { header: '评查人员', width: 18 },
      { header: '评查标准', width: 20 },
      { header: '得分', width: 8, numFmt: SCORE },
      { header: '满分', width: 8, numFmt: SCORE },
      { header: '等次', width: 8 },
      { header: '否决项', width: 28 },
      { header: '主要问题', width: 40 },
      { header: '公示', width: 8 },
      { header: '全过程记录', width: 10 },
      { header: '法制审核', width: 10 },
    ],
    data.rows.map((r) => [
      r.no,
      r.agency,
      r.name,
      r.caseNumber,
      r.actType,
      r.reviewers,
      r.standard,
      r.total,
      r.maxTotal,
      r.grade,
      r.vetoes.join('\n'),
      r.keyProblems.join('\n'),
      r.flags['公示'],
      r.flags['全过程记录'],
      r.flags['法制审核'],
    ]),
  );

  addSheet(
    book,
    '按执法机关汇总',
    [
      { header: '执法机关', width: 28 },
      { header: '卷数', width: 8 },
      { header: '平均分', width: 9, numFmt: SCORE },
      ...data.gradeLabels.flatMap((g) => [
        { header: `${g}（件）`, width: 9 },
        { header: `${g}率`, width: 9, numFmt: PCT },
      ]),
      { header: '合格数', width: 8 },
      { header: '合格率', width: 9, numFmt: PCT },
      { header: '按期公示率', width: 11, numFmt: PCT },
      { header: '音像记录率', width: 11, numFmt: PCT },
      { header: '法制审核率', width: 11, numFmt: PCT },
    ],
    [...data.agencies, data.overall].map((a) => [
      a.agency,
      a.files,
      a.average,
      ...data.gradeLabels.flatMap((g) => [a.grades[g] ?? 0, a.files ? (a.grades[g] ?? 0) / a.files : null]),
      a.passCount,
      a.passRate,
      rateCell(a.publicationOnTime),
      rateCell(a.avPresent),
      rateCell(a.legalReviewDone),
    ]),
  );

  addSheet(
    book,
    '常见问题',
    [
      { header: '类别', width: 12 },
      { header: '排名', width: 6 },
      { header: '问题', width: 60 },
      { header: '案卷数', width: 8 },
    ],
    [
      ...data.topItems.map((p, i): Cell[] => ['评查项目', i + 1, p.label, p.count]),
      ...data.topRules.map((p, i): Cell[] => ['预检规则', i + 1, p.label, p.count]),
    ],
  );

  if (data.skipped.length > 0) {
    addSheet(
      book,
      '未纳入汇总',
      [
        { header: '案件名称', width: 40 },
        { header: '原因', width: 30 },
      ],
      data.skipped.map((s) => [s.name, s.reason]),
    );
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}
