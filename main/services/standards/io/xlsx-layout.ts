import {
  ACT_TYPES,
  type NaPolicy,
  type ScoringMode,
  type ThreeSystem,
  type VetoEffect,
} from '../../../../preload/contract/model/standard/vocabulary';

/**
 * The spreadsheet layout 法制科 staff fill in (documented in docs/standards.md).
 * Headers are matched by name, not position, so column order is free and
 * extra columns are ignored. Aliases cover the wording seen in real sheets.
 */
export const ITEM_SHEET_NAMES = ['评查项目', '评查标准', '评分表'];
export const META_SHEET_NAME = '标准信息';

export const ITEM_COLUMNS = {
  section: { header: '章节', aliases: ['章节', '评查环节', '阶段', '类别'] },
  code: { header: '编号', aliases: ['编号', '序号', '项目编号'] },
  title: { header: '评查项目', aliases: ['评查项目', '项目', '评查要点'] },
  criterion: {
    header: '评查内容/标准',
    aliases: ['评查内容/标准', '评查内容', '评查标准', '评分标准', '内容'],
  },
  basis: { header: '法律依据', aliases: ['法律依据', '依据'] },
  points: { header: '分值', aliases: ['分值', '标准分', '分数'] },
  mode: { header: '计分方式', aliases: ['计分方式', '扣分方式'] },
  options: { header: '扣分选项', aliases: ['扣分选项', '扣分标准', '扣分情形', '得分要点'] },
  veto: { header: '否决', aliases: ['否决', '否决项', '一票否决'] },
  vetoCriterion: { header: '否决情形', aliases: ['否决情形'] },
  appliesWhen: { header: '适用条件', aliases: ['适用条件', '适用情形'] },
  threeSystem: { header: '三项制度', aliases: ['三项制度'] },
  ruleIds: { header: '关联规则', aliases: ['关联规则', '规则编号'] },
  keywords: { header: '关键词', aliases: ['关键词', '检索词'] },
  allowNa: { header: '可不适用', aliases: ['可不适用', '允许不适用'] },
  note: { header: '备注', aliases: ['备注', '说明'] },
} as const;

export type ItemColumn = keyof typeof ITEM_COLUMNS;
export const REQUIRED_ITEM_COLUMNS: readonly ItemColumn[] = ['code', 'title', 'points'];

/** Keys of the 标准信息 sheet (column A = key, column B = value). */
export const META_KEYS = {
  code: '编号',
  name: '名称',
  version: '版本',
  issuer: '发布机关',
  sourceNote: '来源说明',
  description: '说明',
  actTypes: '适用行为类型',
  formula: '计分公式',
  fullScore: '满分',
  naPolicy: '不适用处理',
  legalitySections: '合法性章节',
  formSections: '卷面章节',
  normativitySections: '规范性章节',
  legalityPoints: '合法性分值',
  normativityPoints: '规范性分值',
  grading: '等级',
} as const;

export type MetaKey = keyof typeof META_KEYS;

export const MODE_WORDS: Record<string, ScoringMode> = {
  扣分: 'deduct',
  扣分制: 'deduct',
  按次扣分: 'per_occurrence',
  每处扣分: 'per_occurrence',
  区间扣分: 'range',
  酌情扣分: 'range',
  得分: 'award',
  赋分: 'award',
  加分: 'bonus',
  deduct: 'deduct',
  per_occurrence: 'per_occurrence',
  range: 'range',
  award: 'award',
  bonus: 'bonus',
};

export const VETO_WORDS: Record<string, VetoEffect> = {
  是: 'zero_total',
  否决: 'zero_total',
  否决总分: 'zero_total',
  得0分: 'zero_total',
  案卷得0分: 'zero_total',
  零分: 'zero_total',
  不合格: 'grade_fail',
  评为不合格: 'grade_fail',
  不得评优: 'cap_below_excellent',
  不得评为优秀: 'cap_below_excellent',
  zero_total: 'zero_total',
  grade_fail: 'grade_fail',
  cap_below_excellent: 'cap_below_excellent',
};

export const THREE_SYSTEM_WORDS: Record<string, ThreeSystem> = {
  公示: 'publicity',
  行政执法公示: 'publicity',
  全过程记录: 'recording',
  执法全过程记录: 'recording',
  记录: 'recording',
  法制审核: 'legal_review',
  重大执法决定法制审核: 'legal_review',
  无: 'none',
  publicity: 'publicity',
  recording: 'recording',
  legal_review: 'legal_review',
  none: 'none',
};

export const FORMULA_WORDS: Record<string, 'sum_100' | 'legality_gate_plus_normativity'> = {
  百分制: 'sum_100',
  累计扣分: 'sum_100',
  sum_100: 'sum_100',
  合法性加规范性: 'legality_gate_plus_normativity',
  '合法性+规范性': 'legality_gate_plus_normativity',
  legality_gate_plus_normativity: 'legality_gate_plus_normativity',
};

export const NA_WORDS: Record<string, NaPolicy> = {
  剔除分母: 'renormalise',
  不计入分母: 'renormalise',
  renormalise: 'renormalise',
  按满分: 'full_marks',
  计满分: 'full_marks',
  full_marks: 'full_marks',
};

export const YES_WORDS = ['是', '有', 'Y', 'y', 'true', 'TRUE', '√', '1'];
export const NO_WORDS = ['否', '无', 'N', 'n', 'false', 'FALSE', '×', '0'];

export const ACT_TYPE_WORDS: readonly string[] = ACT_TYPES;

/** Guards against zip bombs and runaway sheets; real standards have a few hundred rows. */
export const MAX_XLSX_BYTES = 10 * 1024 * 1024;
export const MAX_ITEM_ROWS = 5000;
