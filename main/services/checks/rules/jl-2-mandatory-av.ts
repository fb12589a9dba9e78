import { combineChecks, findingsFor } from './rule-helpers';
import { checkAvCoverage } from './av-coverage';
import { onSiteActs } from './case-queries';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'JL-2',
  system: '全过程记录',
  legalBasis:
    '国办发〔2018〕118号（对查封扣押财产、强制拆除等直接涉及重大财产权益的现场执法活动和执法办案场所，要推行全程音像记录）；各机关音像记录事项清单',
} as const;

/** JL-2: continuous **video** for the mandatory stages (default 查封扣押, 强制执行). Photos do not count. */
export const jl2MandatoryAv: RuleDefinition = {
  ...head,
  title: '全程音像记录（必须）',
  run({ facts, params }) {
    const f = findingsFor(head);
    const stages = params.avRecording.mandatoryStages;
    const acts = onSiteActs(facts).filter((a) => stages.includes(a.stage));
    if (acts.length === 0) return f.notApplicable(`未录入须全程音像记录的活动（${stages.join('、')}）`);
    const checks = acts.map((a) => checkAvCoverage(a, facts.avRecords, ['video']));
    return combineChecks(f, checks, {
      evidence: [...acts.map((a) => a.source), ...facts.avRecords.map((r) => r.source)],
    });
  },
};
