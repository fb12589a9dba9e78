/**
 * 卷内文书类型: stable codes (stored in `documents.doc_type`, never renamed) with
 * Chinese labels and the title patterns that identify them. Patterns run on
 * normalised text: no whitespace, brackets unified to full-width （）.
 * Order matters only for ties; specificity is handled by negative lookbehinds
 * (不予/当场/解除 ...) and by preferring the longest matched title.
 * Sources: domain brief §4.2 (document order, template catalogues).
 */
export interface DocTypeDefinition {
  code: string;
  label: string;
  /** Regular expressions (source strings) matching the document title. */
  titles: readonly string[];
  /** Optional body evidence: every keyword of one group must occur (weak, used when no title matches). */
  contentHints?: readonly (readonly string[])[];
}

export const DOC_TYPES = [
  {
    code: 'filing_approval',
    label: '立案审批表',
    titles: ['立案(?:审批|呈批|登记)表', '立案(?:审批|呈批)书', '立案报告'],
  },
  {
    code: 'onsite_inspection_record',
    label: '现场检查（勘察）笔录',
    titles: ['现场检查(?:（勘[察验]）)?笔录', '现场勘[察验]笔录', '勘验笔录', '现场检查记录笔录'],
    contentHints: [['检查时间', '检查地点', '检查人']],
  },
  {
    code: 'inquiry_record',
    label: '询问（调查）笔录',
    titles: ['询问(?:（调查）)?笔录', '调查(?:（询问）)?笔录', '询问调查笔录', '调查询问笔录'],
    contentHints: [
      ['问：', '答：', '被询问人'],
      ['问：', '答：', '被调查人'],
    ],
  },
  {
    code: 'evidence',
    label: '证据材料',
    titles: [
      '证据(?:材料|清单|目录|提取单|登记表|材料登记)',
      '照片证据',
      '现场照片',
      '抽样取证(?:记录|凭证)',
      '先行登记保存(?:证据)?(?:通知书|清单|决定书)',
    ],
  },
  {
    code: 'investigation_report',
    label: '案件调查终结报告',
    titles: ['调查终结报告', '案件调查(?:终结)?报告', '案件调查处理报告'],
  },
  {
    code: 'rectification_order',
    label: '责令（限期）改正通知书',
    titles: ['责令(?:限期)?改正(?:违法行为)?(?:通知书|决定书|指令书)', '(?:隐患)?整改通知(?:书|单)'],
  },
  {
    code: 'prior_notice',
    label: '行政处罚事先（听证）告知书',
    titles: [
      '行政处罚(?:事先)?(?:（听证）|听证)?告知书',
      '事先(?:（听证）|听证)?告知书',
      '听证告知书',
      '处罚告知书',
    ],
  },
  {
    code: 'statement_defense_record',
    label: '陈述申辩笔录',
    titles: ['陈述(?:、)?申辩(?:笔录|记录|书|意见)'],
  },
  { code: 'hearing_notice', label: '听证通知书', titles: ['听证(?:会)?通知书'] },
  {
    code: 'hearing_record',
    label: '听证笔录',
    titles: ['听证(?:会)?笔录'],
    contentHints: [['听证主持人', '听证记录员']],
  },
  {
    code: 'legal_review_opinion',
    label: '法制审核意见书',
    titles: ['法制审核(?:意见书|意见表|审批表|表|记录)', '法制审查意见(?:书)?', '法制审核意见'],
  },
  {
    code: 'collective_discussion',
    label: '集体讨论记录',
    titles: [
      '集体讨论(?:记录|笔录|决定)',
      '重大(?:案件|执法决定)?集体讨论',
      '案(?:件)?审(?:理|委员)?会(?:议)?(?:记录|纪要)',
    ],
  },
  { code: 'no_penalty_decision', label: '不予行政处罚决定书', titles: ['不予(?:行政)?处罚决定书'] },
  {
    code: 'onsite_penalty_decision',
    label: '当场行政处罚决定书',
    titles: ['当场(?:行政)?处罚决定书', '简易程序(?:行政)?处罚决定书'],
  },
  {
    code: 'penalty_decision',
    label: '行政处罚决定书',
    titles: ['(?<!不予)(?<!当场)(?<!简易程序)行政处罚决定书', '(?<![不予当场])处罚决定书'],
  },
  {
    code: 'service_receipt',
    label: '送达回证',
    titles: ['送达回证', '送达回执', '送达凭证'],
    contentHints: [
      ['受送达人', '送达地点'],
      ['受送达人', '送达方式'],
    ],
  },
  {
    code: 'seizure_release_decision',
    label: '解除查封（扣押）决定书',
    titles: ['解除(?:查封|扣押)(?:（扣押）|、扣押)?(?:决定书|通知书)'],
  },
  {
    code: 'seizure_record',
    label: '查封（扣押）现场笔录',
    titles: ['(?:查封|扣押)(?:（扣押）|、扣押)?现场笔录'],
  },
  {
    code: 'seizure_decision',
    label: '查封（扣押）决定书',
    titles: ['(?<!解除)(?:查封|扣押)(?:（扣押）|、扣押)?决定书', '(?<!解除)实施行政强制措施决定书'],
  },
  { code: 'license_application', label: '行政许可申请书', titles: ['(?:行政)?许可申请(?:书|表)'] },
  {
    code: 'correction_notice',
    label: '补正材料通知书',
    titles: ['补正(?:申请)?材料通知书', '补正通知书', '一次性(?:补正)?告知(?:书|单)'],
  },
  {
    code: 'acceptance_notice',
    label: '受理通知书',
    titles: ['(?<!不予)(?:行政许可)?受理通知书', '(?<!不予)受理决定书'],
  },
  {
    code: 'license_denial_decision',
    label: '不予行政许可决定书',
    titles: ['不予(?:行政)?许可决定书', '不予许可(?:通知书)'],
  },
  {
    code: 'license_grant_decision',
    label: '准予行政许可决定书',
    titles: ['准予(?:行政)?许可决定书', '(?<!不予)行政许可决定书'],
  },
  { code: 'inspection_notice', label: '行政检查通知书', titles: ['(?:行政|监督)?检查通知书'] },
  {
    code: 'inspection_record',
    label: '行政检查记录',
    titles: ['(?:行政|监督|日常|现场)?检查记录(?:表|单)?', '现场核查表', '(?:监督)?检查表'],
  },
  { code: 'reminder_notice', label: '催告书', titles: ['(?:履行)?催告书', '催告通知书'] },
  {
    code: 'enforcement_decision',
    label: '强制执行决定书',
    titles: ['(?:行政)?强制执行决定书', '强制执行申请书', '代履行决定书'],
  },
  {
    code: 'closing_approval',
    label: '结案审批表',
    titles: ['结案(?:审批|呈批|登记)表', '结案报告', '结案审批'],
  },
  {
    code: 'publicity_record',
    label: '公示记录',
    titles: ['(?:信息)?公示(?:记录|截图|情况|信息|页面)', '网上公示', '信息公开记录'],
  },
  {
    code: 'av_record',
    label: '音像记录',
    titles: ['音像记录', '执法记录仪', '录音录像', '视听资料', '全过程记录'],
  },
] as const satisfies readonly DocTypeDefinition[];

export type DocTypeCode = (typeof DOC_TYPES)[number]['code'];

export const DOC_TYPE_LABELS: Readonly<Record<DocTypeCode, string>> = Object.fromEntries(
  DOC_TYPES.map((t) => [t.code, t.label]),
) as Record<DocTypeCode, string>;

export const isDocTypeCode = (value: unknown): value is DocTypeCode =>
  typeof value === 'string' && Object.hasOwn(DOC_TYPE_LABELS, value);
