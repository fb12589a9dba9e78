/**
 * The five problem classes of ECO24-style 评查意见书 (domain.md §3.1). Standards
 * carry no class per item, so it is read from the item's section path and
 * wording; the first class whose words appear wins, in this order because
 * section titles such as “违法事实证据” or “法律适用” are the most specific.
 */
export const PROBLEM_CATEGORIES = ['主体', '事实证据', '法律适用', '程序', '文书'] as const;
export type ProblemCategory = (typeof PROBLEM_CATEGORIES)[number];

const KEYWORDS: Array<[ProblemCategory, RegExp]> = [
  ['主体', /主体|执法人员|执法证|职权|管辖|资格/u],
  ['事实证据', /事实|证据|取证|调查|笔录|检测|鉴定|勘察|询问/u],
  ['法律适用', /法律适用|适用法律|依据|定性|裁量|处罚种类|罚款幅度/u],
  ['程序', /程序|期限|告知|听证|送达|审批|公示|全过程记录|法制审核|集体讨论|立案|结案|执行|陈述|申辩/u],
  ['文书', /文书|卷面|归档|立卷|书写|签名|盖章|装订|目录|决定书/u],
];

/** Pre-check rule prefixes: RY (人员) concern the subject, all others procedure. */
export function categoryOfRule(ruleId: string): ProblemCategory {
  return ruleId.startsWith('RY-') ? '主体' : '程序';
}

/** Class of a scored item from its section titles (top first), title and criterion. */
export function categoryOfItem(
  sectionTitles: readonly string[],
  title: string,
  criterion: string,
): ProblemCategory {
  // Section titles decide first: “（四）法律适用” outranks a word in the criterion.
  for (const text of [...sectionTitles].reverse().concat(title, criterion)) {
    for (const [category, pattern] of KEYWORDS) if (pattern.test(text)) return category;
  }
  return '文书';
}
