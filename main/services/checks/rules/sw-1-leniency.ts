import { findingsFor } from './rule-helpers';
import type { RuleDefinition } from './rule-types';

const head = {
  id: 'SW-1',
  system: '程序',
  legalBasis:
    '《行政处罚法》第三十三条（违法行为轻微并及时改正，没有造成危害后果的，不予处罚；初次违法且危害后果轻微并及时改正的，可以不予处罚；当事人有证据足以证明没有主观过错的，不予处罚；对不予处罚的当事人应当进行教育）',
} as const;

/** SW-1 首违不罚/轻微不罚: the recorded conditions support the ground and the party was educated. */
export const sw1Leniency: RuleDefinition = {
  ...head,
  title: '首违不罚、轻微不罚的条件与教育',
  run({ facts }) {
    const f = findingsFor(head);
    const l = facts.leniency;
    if (!l) return f.notApplicable('未适用首违不罚、轻微不罚');
    const evidence = [l.source, facts.events.decision?.source];
    const conditions: [string, boolean | undefined][] =
      l.ground === '首违不罚'
        ? [
            ['初次违法', l.firstViolation],
            ['危害后果轻微', l.harmMinor],
            ['及时改正', l.correctedInTime],
          ]
        : l.ground === '轻微不罚'
          ? [
              ['违法行为轻微、没有造成危害后果', l.harmMinor],
              ['及时改正', l.correctedInTime],
            ]
          : [];
    conditions.push(['已对当事人进行教育', l.educated]);
    const problems: string[] = [];
    const decision = facts.events.decision;
    if (decision && decision.kind === '处罚' && decision.penaltyTypes.length > 0) {
      problems.push(`以“${l.ground}”为由，但决定仍为处罚（${decision.penaltyTypes.join('、')}）`);
    }
    const no = conditions.filter(([, v]) => v === false).map(([k]) => k);
    const unknown = conditions.filter(([, v]) => v === undefined).map(([k]) => k);
    const yes = conditions.filter(([, v]) => v === true).map(([k]) => k);
    if (no.length > 0) problems.push(`不具备：${no.join('、')}`);
    const manual = l.ground === '无主观过错' ? '；“有证据足以证明没有主观过错”须人工判断' : '';
    if (problems.length > 0) return f.fail(`${l.ground}：${problems.join('；')}`, { evidence });
    if (unknown.length > 0)
      return f.unknown(`${l.ground}：未录入 ${unknown.join('、')}${manual}`, unknown, { evidence });
    return f.pass(`${l.ground}：${yes.join('、')}${manual}`, {
      evidence,
      warnings: ['条件是否真实成立（如危害后果是否轻微）须人工判断'],
    });
  },
};
