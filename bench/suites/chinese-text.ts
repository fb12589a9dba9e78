/** Common characters of enforcement documents, so generated text looks like real dossier text to the index. */
const ALPHABET =
  '行政处罚决定书当事人违法事实证据依据法律法规条款罚款人民币元整执法人员证件号码现场检查笔录询问调查时间地点听证告知陈述申辩权利义务送达回证法制审核意见集体讨论记录案件立案审批表结案公示期限工作日期间延长批准查封扣押财产物品清单强制执行催告书申请许可受理补正材料通知准予不予环境保护生态市场监督管理城市综合交通运输应急消防安全生产卫生健康食品药品自然资源规划住房建设农业农村水利文化旅游';

/** Deterministic pseudo-random Chinese text of `length` characters (seeded, so runs compare). */
export function chineseText(length: number, seed: number): string {
  let state = (seed * 2654435761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += ALPHABET[state % ALPHABET.length];
    if (i % 40 === 39) out += '\n';
  }
  return out;
}
