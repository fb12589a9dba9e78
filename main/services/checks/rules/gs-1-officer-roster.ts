import { findingsFor } from './rule-helpers';
import { onSiteActs } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'GS-1',
  system: '公示',
  legalBasis: '国办发〔2018〕118号（事前公开执法人员姓名、执法证号等信息）；行政执法人员清单公示制度',
} as const;

/** GS-1 (per case): every officer who acted on site appears on the agency's published officer list. */
export const gs1OfficerRoster: RuleDefinition = {
  ...head,
  title: '执法人员在公示清单中',
  run({ facts }) {
    const f = findingsFor(head);
    const names = [...new Set(onSiteActs(facts).flatMap((a) => a.officers))];
    if (names.length === 0) return f.notApplicable('未录入参与现场执法的人员');
    const roster = new Map(facts.officers.map((o) => [o.name, o]));
    const off = names.filter((n) => roster.get(n)?.onPublicRoster === false);
    const unknown = names.filter((n) => roster.get(n)?.onPublicRoster === undefined);
    const evidence = names.map((n) => roster.get(n)?.source);
    if (off.length > 0) return f.fail(`${off.join('、')} 不在本机关公示的执法人员清单中`, { evidence });
    if (unknown.length > 0) {
      return f.unknown(
        `未录入 ${unknown.join('、')} 是否在公示的执法人员清单中`,
        unknown.map((n) => `${n} 是否在公示清单中`),
        { evidence },
      );
    }
    return f.pass(`参与现场执法的 ${names.join('、')} 均在公示的执法人员清单中`, { evidence });
  },
};
