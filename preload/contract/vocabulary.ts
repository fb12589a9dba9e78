/**
 * Closed vocabularies shared by case records, case facts, scoring standards
 * and the UI: one list each, so they cannot drift apart.
 */

/** 行为类型 — the kinds of administrative act a dossier records. */
export const ACT_TYPES = [
  '行政处罚',
  '行政许可',
  '行政强制',
  '行政检查',
  '行政征收',
  '行政确认',
  '其他',
] as const;
export type ActType = (typeof ACT_TYPES)[number];

/** 程序: 简易程序 / 普通（一般）程序. */
export const PROCEDURES = ['简易', '普通'] as const;

export const PARTY_KINDS = ['自然人', '法人', '其他组织'] as const;

/** 行政处罚的种类 (行政处罚法 第九条), plus 其他. */
export const PENALTY_TYPES = [
  '警告',
  '通报批评',
  '罚款',
  '没收违法所得',
  '没收非法财物',
  '暂扣许可证件',
  '降低资质等级',
  '吊销许可证件',
  '限制开展生产经营活动',
  '责令停产停业',
  '责令关闭',
  '限制从业',
  '行政拘留',
  '其他',
] as const;
