import { findingsFor, formatYuan } from './rule-helpers';
import type { PenaltyType } from '../facts/common-schemas';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'QX-SIMPLE',
  system: '程序',
  legalBasis:
    '《行政处罚法》第五十一条（对公民处以二百元以下、对法人或者其他组织处以三千元以下罚款或者警告的，可以当场作出决定；“以下”含本数）',
} as const;

const ALLOWED: readonly PenaltyType[] = ['警告', '罚款'];

/** QX-SIMPLE: simple procedure only for warnings and fines up to ¥200 / ¥3,000 inclusive. */
export const qxSimpleProcedure: RuleDefinition = {
  ...head,
  title: '简易程序适用条件',
  run({ facts, params }) {
    const f = findingsFor(head);
    if (facts.actType !== '行政处罚') return f.notApplicable('非行政处罚案件');
    if (facts.procedure === undefined) return f.unknown('未录入程序类型', ['程序类型']);
    if (facts.procedure === '普通') return f.notApplicable('适用普通程序');
    const d = facts.events.decision;
    if (!d) return f.unknown('未录入决定（处罚种类、金额）', ['决定']);
    const evidence = [d.source];
    const other = d.penaltyTypes.filter((t) => !ALLOWED.includes(t));
    if (other.length > 0)
      return f.fail(`简易程序只能作出警告或罚款，本案处罚种类含：${other.join('、')}`, { evidence });
    if (!d.penaltyTypes.includes('罚款') && d.amount === undefined) {
      if (d.penaltyTypes.includes('警告')) return f.pass('简易程序作出警告', { evidence });
      return f.unknown('未录入处罚种类', ['处罚种类'], { evidence });
    }
    if (d.amount === undefined) return f.unknown('简易程序罚款，未录入罚款金额', ['罚款金额'], { evidence });
    const kind = facts.party?.kind;
    if (!kind) {
      if (d.amount <= params.simpleProcedure.naturalPersonMax)
        return f.pass(`罚款 ${formatYuan(d.amount)}，不超过各类当事人的简易程序上限`, { evidence });
      return f.unknown(`罚款 ${formatYuan(d.amount)}，上限取决于当事人类型`, ['当事人类型'], { evidence });
    }
    const max =
      kind === '自然人' ? params.simpleProcedure.naturalPersonMax : params.simpleProcedure.organisationMax;
    const calc = `当事人为${kind}，简易程序罚款上限 ${formatYuan(max)}（含本数）；本案罚款 ${formatYuan(d.amount)}`;
    return d.amount <= max
      ? f.pass(`${calc} → 可适用简易程序`, { evidence })
      : f.fail(`${calc} → 超过上限，应适用普通程序`, { evidence });
  },
};
