import { findingsFor } from './rule-helpers';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'GS-2',
  system: '公示',
  legalBasis:
    '《行政处罚法》第五十五条（调查或者进行检查时应当主动向当事人出示执法证件）；国办发〔2018〕118号（事中公示）',
} as const;

/** GS-2 事中公示: each inspection, evidence-taking and questioning records that certificates were shown. */
export const gs2CertificateShown: RuleDefinition = {
  ...head,
  title: '出示执法证件、表明身份',
  run({ facts }) {
    const f = findingsFor(head);
    const acts = facts.events.investigations;
    if (acts.length === 0) {
      if (facts.actType === '行政处罚' || facts.actType === '行政检查') {
        return f.unknown('未录入现场检查、调查取证或询问记录，无法核对是否出示执法证件', [
          '现场检查/调查取证/询问记录',
        ]);
      }
      return f.notApplicable('未录入现场检查、调查取证或询问活动');
    }
    const evidence = acts.map((a) => a.source);
    const notShown = acts.filter((a) => a.certificateShown === false);
    const unknown = acts.filter((a) => a.certificateShown === undefined);
    const label = (a: (typeof acts)[number]): string => `${a.kind}（${a.date}）`;
    if (notShown.length > 0)
      return f.fail(`以下记录未载明出示执法证件：${notShown.map(label).join('、')}`, { evidence });
    if (unknown.length > 0) {
      return f.unknown(
        `以下记录是否出示执法证件未录入：${unknown.map(label).join('、')}`,
        unknown.map((a) => `${label(a)}是否出示执法证件`),
        { evidence },
      );
    }
    return f.pass(`${acts.length} 份笔录均载明出示执法证件：${acts.map(label).join('、')}`, { evidence });
  },
};
