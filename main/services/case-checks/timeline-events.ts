import {
  TIMELINE_STAGES,
  type TimelineEvent,
  type TimelineStage,
} from '../../../preload/contract/methods/checks';
import type { CaseFacts, Provenance } from '../checks';

type Draft = Omit<TimelineEvent, 'violations'>;

const ev = (
  key: string,
  stage: TimelineStage,
  label: string,
  date: string | undefined,
  extra: { time?: string | undefined; detail?: string | undefined; source?: Provenance | undefined } = {},
): Draft[] => {
  if (!date) return [];
  const out: Draft = { key, stage, label, date };
  if (extra.time) out.time = extra.time;
  if (extra.detail) out.detail = extra.detail;
  if (extra.source) out.source = { ...extra.source };
  return [out];
};

/** Every dated event of the facts, in date order, ties broken by procedural stage. */
export function timelineEvents(facts: CaseFacts): Draft[] {
  const e = facts.events;
  const names = (list: readonly string[]) => (list.length > 0 ? `执法人员：${list.join('、')}` : undefined);
  const list: Draft[] = [
    ...ev('licensing.application', '立案', '许可申请', e.licensing?.applicationDate, {
      source: e.licensing?.source,
    }),
    ...ev('licensing.accepted', '立案', '受理', e.licensing?.acceptedDate, { source: e.licensing?.source }),
    ...ev('filing', '立案', '立案', e.filing?.date, { source: e.filing?.source }),
    ...e.investigations.flatMap((x, i) =>
      ev(`investigations.${i}`, '调查', x.kind, x.date, {
        time: x.startTime,
        detail: names(x.officers),
        source: x.source,
      }),
    ),
    ...e.preservations.flatMap((x, i) =>
      ev(`preservations.${i}`, '调查', '先行登记保存', x.date, {
        detail: names(x.officers),
        source: x.source,
      }),
    ),
    ...e.seizures.flatMap((x, i) =>
      ev(`seizures.${i}`, '调查', x.kind, x.date, {
        time: x.time,
        detail: names(x.officers),
        source: x.source,
      }),
    ),
    ...e.notices.flatMap((x, i) => [
      ...ev(`notices.${i}.issued`, '告知', `${x.kind}书`, x.issuedDate, { source: x.source }),
      ...ev(`notices.${i}.served`, '告知', '告知书送达', x.servedDate, {
        detail: x.periodWorkingDays ? `载明陈述申辩期限 ${x.periodWorkingDays} 个工作日` : undefined,
        source: x.source,
      }),
    ]),
    ...e.statements.flatMap((x, i) =>
      ev(`statements.${i}`, '陈述申辩', '陈述申辩', x.date, { detail: x.manner, source: x.source }),
    ),
    ...ev('hearing.requested', '听证', '申请听证', e.hearing?.requestedDate, { source: e.hearing?.source }),
    ...ev('hearing.notice', '听证', '听证通知', e.hearing?.noticeDate, { source: e.hearing?.source }),
    ...ev('hearing.held', '听证', '举行听证', e.hearing?.heldDate, {
      detail: e.hearing?.chair ? `主持人：${e.hearing.chair}` : undefined,
      source: e.hearing?.source,
    }),
    ...e.legalReviews.flatMap((x, i) =>
      ev(`legalReviews.${i}`, '法制审核', '法制审核', x.date, {
        detail: `${x.outcome}；审核人：${x.reviewer}`,
        source: x.source,
      }),
    ),
    ...e.collectiveDiscussions.flatMap((x, i) =>
      ev(`collectiveDiscussions.${i}`, '集体讨论', '集体讨论', x.date, {
        detail: x.participants.length ? `参加：${x.participants.join('、')}` : undefined,
        source: x.source,
      }),
    ),
    ...ev('decision', '决定', e.decision ? `${e.decision.kind}决定` : '决定', e.decision?.date, {
      detail: e.decision
        ? [e.decision.number, e.decision.amount !== undefined ? `罚款 ${e.decision.amount} 元` : undefined]
            .filter(Boolean)
            .join('；') || undefined
        : undefined,
      source: e.decision?.source,
    }),
    ...ev('decisionService', '送达', '决定书送达', e.decisionService?.date, {
      detail: e.decisionService?.manner,
      source: e.decisionService?.source,
    }),
    ...ev('publication', '公示', '公示', e.publication?.date, {
      detail: e.publication?.channel,
      source: e.publication?.source,
    }),
    ...ev('payment', '执行', '缴纳罚款', e.payment?.date, { source: e.payment?.source }),
    ...e.enforcements.flatMap((x, i) =>
      ev(`enforcements.${i}`, '执行', x.kind ?? '强制执行', x.date, { time: x.startTime, source: x.source }),
    ),
    ...ev('closing', '结案', '结案', e.closing?.date, { source: e.closing?.source }),
  ];
  const rank = (s: TimelineStage) => TIMELINE_STAGES.indexOf(s);
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => a.d.date.localeCompare(b.d.date) || rank(a.d.stage) - rank(b.d.stage) || a.i - b.i)
    .map(({ d }) => d);
}

/** The events a rule's 不符合 finding is about (prefixes of event keys), most specific first. */
export const RULE_EVENTS: Readonly<Record<string, readonly string[]>> = {
  'GS-1': ['investigations'],
  'GS-2': ['investigations'],
  'GS-3': ['publication', 'decision'],
  'JL-2': ['seizures', 'enforcements'],
  'JL-3': ['hearing', 'decisionService'],
  'FZ-1': ['decision'],
  'FZ-2': ['legalReviews', 'decision'],
  'FZ-4': ['legalReviews'],
  'FZ-5': ['legalReviews'],
  'FZ-7': ['collectiveDiscussions', 'decision'],
  'RY-1': ['investigations', 'preservations', 'seizures', 'enforcements'],
  'QX-WAIT': ['decision'],
  'QX-90': ['decision'],
  'QX-SERVE': ['decisionService', 'decision'],
  'QX-HEAR': ['hearing', 'decision'],
  'QX-SIMPLE': ['decision'],
  'QX-PAY': ['payment', 'decisionService'],
  'QX-LIC': ['decision'],
  'QX-PRESERVE': ['preservations'],
  'QX-SEIZE': ['seizures'],
  'QX-ENF': ['enforcements'],
  'SW-1': ['decision'],
  'JL-1': ['decision'],
};

/** Attaches each failing rule to the first group of its events present in the timeline. */
export function flagViolations(events: readonly Draft[], failing: readonly string[]): TimelineEvent[] {
  const out: TimelineEvent[] = events.map((e) => ({ ...e, violations: [] }));
  for (const ruleId of failing) {
    for (const prefix of RULE_EVENTS[ruleId] ?? ['decision']) {
      const hits = out.filter((e) => e.key === prefix || e.key.startsWith(`${prefix}.`));
      if (hits.length === 0) continue;
      for (const h of hits) h.violations.push(ruleId);
      break;
    }
  }
  return out;
}
