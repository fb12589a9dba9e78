import type { AvStage, CaseFacts } from '../facts/case-facts-schema';
import type { PenaltyType, Provenance } from '../facts/common-schemas';
import type { RuleParams } from '../params/rule-params-schema';
import { formatYuan } from './rule-helpers';

/** An on-site enforcement act that needs officers, certificates and (possibly) AV. */
export interface OnSiteAct {
  readonly label: string;
  readonly stage: AvStage;
  readonly date: string;
  readonly startTime?: string | undefined;
  readonly endTime?: string | undefined;
  readonly officers: readonly string[];
  readonly source?: Provenance | undefined;
}

export function onSiteActs(facts: CaseFacts): OnSiteAct[] {
  const e = facts.events;
  return [
    ...e.investigations.map((i) => ({
      label: `${i.kind}（${i.date}）`,
      stage: i.kind as AvStage,
      date: i.date,
      startTime: i.startTime,
      endTime: i.endTime,
      officers: i.officers,
      source: i.source,
    })),
    ...e.preservations.map((p) => ({
      label: `先行登记保存（${p.date}）`,
      stage: '先行登记保存' as const,
      date: p.date,
      officers: p.officers,
      source: p.source,
    })),
    ...e.seizures.map((s) => ({
      label: `${s.kind}（${s.date}）`,
      stage: '查封扣押' as const,
      date: s.date,
      startTime: s.time,
      endTime: s.endTime,
      officers: s.officers,
      source: s.source,
    })),
    ...e.enforcements.map((x) => ({
      label: `强制执行（${x.date}）`,
      stage: '强制执行' as const,
      date: x.date,
      startTime: x.startTime,
      endTime: x.endTime,
      officers: x.officers,
      source: x.source,
    })),
  ];
}

/** Everyone who investigated the case (on-site acts): they may not review, chair or vote (ECO24 items 18, 21; APL Art 64(4)). */
export function investigatorNames(facts: CaseFacts): Set<string> {
  const names = new Set<string>();
  for (const e of facts.events.investigations) e.officers.forEach((n) => names.add(n));
  for (const e of facts.events.preservations) e.officers.forEach((n) => names.add(n));
  for (const e of facts.events.seizures) e.officers.forEach((n) => names.add(n));
  return names;
}

export function hasFine(facts: CaseFacts): boolean {
  const d = facts.events.decision;
  return d !== undefined && (d.penaltyTypes.includes('罚款') || (d.amount ?? 0) > 0);
}

export function isPenaltyDecision(facts: CaseFacts): boolean {
  return facts.actType === '行政处罚' && facts.events.decision?.kind === '处罚';
}

export interface ScopeTest {
  /** true = in scope, false = out of scope, undefined = cannot tell. */
  readonly inScope: boolean | undefined;
  readonly reasons: string[];
  readonly missing: string[];
  readonly notes: string[];
}

/** "amount ≥ threshold" by party kind (thresholds are inclusive, "以上" includes 本数). */
export function amountAtLeast(
  facts: CaseFacts,
  amount: number | undefined,
  naturalMin: number,
  orgMin: number,
  what: string,
): { hit: boolean | undefined; text: string; missing?: string } {
  if (amount === undefined || amount <= 0) return { hit: false, text: '' };
  const kind = facts.party?.kind;
  if (kind === undefined) {
    if (amount >= Math.max(naturalMin, orgMin))
      return { hit: true, text: `${what} ${formatYuan(amount)} 达到各类当事人的标准` };
    if (amount < Math.min(naturalMin, orgMin))
      return { hit: false, text: `${what} ${formatYuan(amount)} 低于各类当事人的标准` };
    return {
      hit: undefined,
      text: `${what} ${formatYuan(amount)}，标准取决于当事人类型`,
      missing: '当事人类型',
    };
  }
  const min = kind === '自然人' ? naturalMin : orgMin;
  return amount >= min
    ? { hit: true, text: `${what} ${formatYuan(amount)} ≥ ${kind}标准 ${formatYuan(min)}` }
    : { hit: false, text: `${what} ${formatYuan(amount)} < ${kind}标准 ${formatYuan(min)}` };
}

function typesHit(facts: CaseFacts, types: readonly PenaltyType[]): PenaltyType[] {
  const d = facts.events.decision;
  return d ? d.penaltyTypes.filter((t) => types.includes(t)) : [];
}

function scope(reasons: string[], missing: string[], notes: string[]): ScopeTest {
  return {
    inScope: reasons.length > 0 ? true : missing.length > 0 ? undefined : false,
    reasons,
    missing,
    notes,
  };
}

/** APL Art 63: which penalties carry a hearing right (较大数额 is configurable). */
export function hearingRightScope(facts: CaseFacts, params: RuleParams): ScopeTest {
  const d = facts.events.decision;
  const proposed = facts.events.notices.find((n) => n.proposedAmount !== undefined)?.proposedAmount;
  const amount = d?.amount ?? proposed;
  const reasons: string[] = [];
  const missing: string[] = [];
  const notes: string[] = [];
  const fine = amountAtLeast(
    facts,
    amount,
    params.hearing.largeFineNaturalPerson,
    params.hearing.largeFineOrganisation,
    '罚款',
  );
  if (fine.hit === true) reasons.push(`较大数额罚款：${fine.text}`);
  if (fine.hit === undefined && fine.missing) missing.push(fine.missing);
  if (fine.hit === false && fine.text) notes.push(fine.text);
  const types = typesHit(facts, params.hearing.penaltyTypes);
  if (types.length > 0) reasons.push(`处罚种类：${types.join('、')}`);
  return scope(reasons, missing, notes);
}

/** APL Art 58 + the agency's 法制审核目录清单 (thresholds configurable). */
export function legalReviewScope(facts: CaseFacts, params: RuleParams): ScopeTest {
  const p = params.legalReview;
  const d = facts.events.decision;
  const reasons: string[] = [];
  const missing: string[] = [];
  const notes: string[] = [];
  const flags = facts.flags ?? {};
  if (flags.majorPublicInterest) reasons.push('涉及重大公共利益');
  if (flags.complexFacts) reasons.push('案件情况疑难复杂、涉及多个法律关系');
  if (flags.majorSocialImpact) reasons.push('可能造成重大社会影响或引发社会风险');
  if (p.requiredAfterHearing && facts.events.hearing?.heldDate)
    reasons.push(`经过听证（${facts.events.hearing.heldDate}）`);
  if (facts.actType === '行政处罚' && d) {
    const fine = amountAtLeast(facts, d.amount, p.fineNaturalPersonMin, p.fineOrganisationMin, '罚款');
    if (fine.hit === true) reasons.push(`目录标准：${fine.text}`);
    if (fine.hit === undefined && fine.missing) missing.push(fine.missing);
    if (fine.hit === false && fine.text) notes.push(fine.text);
    const conf = amountAtLeast(
      facts,
      d.confiscationAmount,
      p.confiscationNaturalPersonMin,
      p.confiscationOrganisationMin,
      '没收',
    );
    if (conf.hit === true) reasons.push(`目录标准：${conf.text}`);
    if (conf.hit === undefined && conf.missing) missing.push(conf.missing);
    const types = typesHit(facts, p.penaltyTypes);
    if (types.length > 0) reasons.push(`目录标准：处罚种类 ${types.join('、')}`);
  }
  if (!facts.flags) notes.push('未录入“重大公共利益、疑难复杂、重大社会影响”等标记，须人工判断');
  return scope(reasons, missing, notes);
}

/** APL Art 57 ¶2: complex or major cases go to collective discussion (local thresholds). */
export function collectiveDiscussionScope(facts: CaseFacts, params: RuleParams): ScopeTest {
  const p = params.collectiveDiscussion;
  const d = facts.events.decision;
  const reasons: string[] = [];
  const missing: string[] = [];
  const notes: string[] = [];
  if (facts.flags?.majorCase) reasons.push('标记为情节复杂或重大违法行为');
  if (d) {
    const fine = amountAtLeast(facts, d.amount, p.fineNaturalPersonMin, p.fineOrganisationMin, '罚款');
    if (fine.hit === true) reasons.push(fine.text);
    if (fine.hit === undefined && fine.missing) missing.push(fine.missing);
    if (fine.hit === false && fine.text) notes.push(fine.text);
    const types = typesHit(facts, p.penaltyTypes);
    if (types.length > 0) reasons.push(`处罚种类 ${types.join('、')}`);
  }
  if (facts.flags?.majorCase === undefined) notes.push('是否“情节复杂或重大违法行为”须人工判断');
  return scope(reasons, missing, notes);
}
