import ExcelJS from 'exceljs';

/** Builds an .xlsx in memory the way a 法制科 spreadsheet would look. */
export async function buildWorkbook(
  sheets: Array<{ name: string; rows: Array<Array<string | number | null>> }>,
): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(sheet.name);
    for (const row of sheet.rows) ws.addRow(row);
  }
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export const HEADER = [
  '章节',
  '编号',
  '评查项目',
  '评查内容/标准',
  '法律依据',
  '分值',
  '计分方式',
  '扣分选项',
  '否决',
  '适用条件',
  '三项制度',
  '关联规则',
];

export const META_ROWS: Array<Array<string | number>> = [
  ['项目', '内容'],
  ['编号', 'XLS-1'],
  ['名称', '某局行政处罚案卷评查表'],
  ['版本', '2024'],
  ['发布机关', '某市司法局'],
  ['来源说明', '某市司法局2024年评查通知附件'],
  ['适用行为类型', '行政处罚'],
  ['计分公式', '百分制'],
  ['满分', 100],
];
