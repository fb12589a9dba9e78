import type { TimelineDeadline } from '../../../preload/contract/methods/checks';
import {
  addCalendarDays,
  compareIsoDates,
  describeDay,
  explainWorkingDeadline,
  findRule,
  isCalendarYearMissing,
  nextWorkingDayOnOrAfter,
  type CaseFacts,
  type RuleFinding,
  type RuleParams,
  type WorkingCalendar,
} from '../checks';

interface Spec {
  key: string;
  ruleId: string;
  label: string;
  fromKey: string;
  from: string;
  toKey: string;
  to: string | undefined;
  mode: 'within' | 'after';
  /** Working days, or calendar days (末日遇节假日顺延). */
  n: number;
  unit: 'working' | 'calendar';
}

function compute(spec: Spec, cal: WorkingCalendar): { lastDay: string | null; text: string } {
  try {
    if (spec.unit === 'working') {
      const x = explainWorkingDeadline(spec.from, spec.n, cal);
      return { lastDay: x.deadline, text: x.text };
    }
    const nominal = addCalendarDays(spec.from, spec.n);
    const extended = nextWorkingDayOnOrAfter(nominal, cal);
    const text =
      extended === nominal
        ? `${spec.from} 起 ${spec.n} 日，届满 ${describeDay(nominal, cal)}`
        : `${spec.from} 起 ${spec.n} 日，届满 ${describeDay(nominal, cal)}，非工作日顺延至 ${describeDay(extended, cal)}`;
    return { lastDay: extended, text };
  } catch (e) {
    if (isCalendarYearMissing(e)) return { lastDay: null, text: e.message };
    throw e;
  }
}

function deadline(spec: Spec, cal: WorkingCalendar, finding: RuleFinding | undefined): TimelineDeadline {
  const { lastDay, text } = compute(spec, cal);
  const rule = findRule(spec.ruleId);
  const period = spec.unit === 'working' ? `${spec.n} 个工作日` : `${spec.n} 日`;
  let status: TimelineDeadline['status'] = 'unknown';
  let explanation = text;
  if (lastDay && spec.to) {
    const late =
      spec.mode === 'within' ? compareIsoDates(spec.to, lastDay) > 0 : compareIsoDates(spec.to, lastDay) <= 0;
    status = late ? 'violated' : 'met';
    explanation += spec.mode === 'within' ? `；实际 ${spec.to}` : `；决定 ${spec.to}（须晚于届满日）`;
    // The rule has the last word (written waivers, approved extensions …): red only when it says 不符合.
    if (late && finding && finding.result !== '不符合') {
      status = 'met';
      explanation += `；规则结论：${finding.result}（${finding.explanation}）`;
    }
  } else if (lastDay) {
    status = 'open';
  }
  const out: TimelineDeadline = {
    key: spec.key,
    ruleId: spec.ruleId,
    label: spec.label,
    fromKey: spec.fromKey,
    from: spec.from,
    period,
    lastDay,
    mode: spec.mode,
    status,
    explanation,
    legalBasis: rule?.legalBasis ?? '',
  };
  if (spec.to) {
    out.toKey = spec.toKey;
    out.to = spec.to;
  }
  return out;
}

/**
 * The statutory periods of domain.md §4.3 that apply to this case, each with
 * its computed last day (the start day is not counted; see docs/checks.md §1).
 */
export function timelineDeadlines(
  facts: CaseFacts,
  params: RuleParams,
  cal: WorkingCalendar,
  findings: readonly RuleFinding[],
): TimelineDeadline[] {
  const e = facts.events;
  const d = e.decision;
  const specs: Spec[] = [];
  const penalty = facts.actType === '行政处罚';
  if (penalty && facts.procedure !== '简易' && e.filing) {
    const extra = e.suspensions.reduce(
      (sum, s) => sum + (s.kind === '延期' && s.approved === false ? 0 : (s.days ?? 0)),
      0,
    );
    specs.push({
      key: 'decision-90',
      ruleId: 'QX-90',
      label: '作出处罚决定期限',
      fromKey: 'filing',
      from: e.filing.date,
      toKey: 'decision',
      to: d?.date,
      mode: 'within',
      n: params.decision.calendarDays + extra,
      unit: 'calendar',
    });
  }
  if (penalty) {
    e.notices.forEach((n, i) => {
      if (!n.servedDate) return;
      if (n.periodWorkingDays)
        specs.push({
          key: `statement-${i}`,
          ruleId: 'QX-WAIT',
          label: '陈述申辩期',
          fromKey: `notices.${i}.served`,
          from: n.servedDate,
          toKey: 'decision',
          to: d?.date,
          mode: 'after',
          n: n.periodWorkingDays,
          unit: 'working',
        });
      if (n.hearingRightNotified)
        specs.push({
          key: `hearing-request-${i}`,
          ruleId: 'QX-WAIT',
          label: '听证申请期',
          fromKey: `notices.${i}.served`,
          from: n.servedDate,
          toKey: 'decision',
          to: d?.date,
          mode: 'after',
          n: params.hearing.requestWorkingDays,
          unit: 'working',
        });
    });
  }
  if (d) {
    if (penalty)
      specs.push({
        key: 'service',
        ruleId: 'QX-SERVE',
        label: '决定书送达期限',
        fromKey: 'decision',
        from: d.date,
        toKey: 'decisionService',
        to: e.decisionService?.date,
        mode: 'within',
        n: params.service.workingDays,
        unit: 'working',
      });
    const penaltyOrLicence = penalty || facts.actType === '行政许可';
    specs.push({
      key: 'publication',
      ruleId: 'GS-3',
      label: '决定公示期限',
      fromKey: 'decision',
      from: d.date,
      toKey: 'publication',
      to: e.publication?.date,
      mode: 'within',
      n: penaltyOrLicence
        ? params.publication.penaltyLicensingWorkingDays
        : params.publication.otherWorkingDays,
      unit: 'working',
    });
  }
  if (penalty && d?.amount !== undefined && e.decisionService)
    specs.push({
      key: 'payment',
      ruleId: 'QX-PAY',
      label: '罚款缴纳期限',
      fromKey: 'decisionService',
      from: e.decisionService.date,
      toKey: 'payment',
      to: e.payment?.date,
      mode: 'within',
      n: params.payment.calendarDays,
      unit: 'calendar',
    });
  e.preservations.forEach((p, i) =>
    specs.push({
      key: `preservation-${i}`,
      ruleId: 'QX-PRESERVE',
      label: '先行登记保存处理期限',
      fromKey: `preservations.${i}`,
      from: p.date,
      toKey: `preservations.${i}`,
      to: p.handledDate,
      mode: 'within',
      n: params.preservation.workingDays,
      unit: 'working',
    }),
  );
  e.seizures.forEach((s, i) => {
    const n =
      params.seizure.maxDays + (s.extensionNotified ? (s.extensionDays ?? 0) : 0) + (s.excludedDays ?? 0);
    specs.push({
      key: `seizure-${i}`,
      ruleId: 'QX-SEIZE',
      label: `${s.kind}期限`,
      fromKey: `seizures.${i}`,
      from: s.date,
      toKey: `seizures.${i}`,
      to: s.releaseDate,
      mode: 'within',
      n,
      unit: 'calendar',
    });
  });
  const lic = e.licensing;
  if (facts.actType === '行政许可' && lic?.acceptedDate) {
    const ext = lic.extensionApproved && lic.extensionReasonTold ? params.licensing.extensionWorkingDays : 0;
    specs.push({
      key: 'licensing',
      ruleId: 'QX-LIC',
      label: '许可决定期限',
      fromKey: 'licensing.accepted',
      from: lic.acceptedDate,
      toKey: 'decision',
      to: d?.date,
      mode: 'within',
      n: params.licensing.decisionWorkingDays + ext + (lic.excludedWorkingDays ?? 0),
      unit: 'working',
    });
  }
  return specs.map((s) =>
    deadline(
      s,
      cal,
      findings.find((f) => f.ruleId === s.ruleId),
    ),
  );
}
