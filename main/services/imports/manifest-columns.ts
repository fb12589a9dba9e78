/**
 * Columns of a 案卷清单 (manifest): one row per case. Header names are matched
 * exactly (surrounding spaces ignored); the order does not matter. Documented in
 * README.md ("案卷清单格式").
 */
export const MANIFEST_COLUMNS = {
  caseNumber: '文号',
  name: '案件名称',
  agency: '执法机关',
  actType: '行为类型',
  procedure: '程序',
  partyName: '当事人',
  partyKind: '当事人类型',
  partyId: '证件号码',
  sector: '执法领域',
  filed: '立案日期',
  decided: '决定日期',
  served: '送达日期',
  closed: '结案日期',
  tags: '标签',
  notes: '备注',
  folder: '文件夹',
} as const;

export type ManifestColumnKey = keyof typeof MANIFEST_COLUMNS;

export const REQUIRED_MANIFEST_COLUMNS: ManifestColumnKey[] = ['name', 'folder'];
