import { compareIsoDates } from '../calendar/iso-date';
import { toMinutes } from '../calendar/clock-time';
import type { CaseFacts } from './case-facts-schema';
import { labelPath } from './field-labels';
import type { FactIssue } from './parse-case-facts';

type Path = (string | number)[];

/**
 * Cross-field problems that a schema cannot see: dates in an impossible order
 * and people referenced but missing from the rosters. Shown to the reviewer
 * next to the findings; the rules themselves also refuse (无法判定) on these.
 * Only orders that are impossible in any dossier are checked — e.g. an
 * inspection before 立案 is normal, so it is not flagged.
 */
export function checkFactsConsistency(facts: CaseFacts): FactIssue[] {
  const issues: FactIssue[] = [];
  const add = (path: Path, message: string): void => {
    issues.push({ path: path.join('.'), label: labelPath(path), message });
  };
  const order = (
    a: string | undefined,
    aName: string,
    b: string | undefined,
    bName: string,
    path: Path,
  ): void => {
    if (a && b && compareIsoDates(a, b) > 0) add(path, `${bName}（${b}）早于${aName}（${a}）`);
  };
  const e = facts.events;
  const d = e.decision?.date;
  order(e.filing?.date, '立案日期', d, '决定日期', ['events', 'decision', 'date']);
  order(d, '决定日期', e.decisionService?.date, '送达日期', ['events', 'decisionService', 'date']);
  order(d, '决定日期', e.publication?.date, '公示日期', ['events', 'publication', 'date']);
  order(d, '决定日期', e.payment?.date, '缴纳日期', ['events', 'payment', 'date']);
  order(d, '决定日期', e.closing?.date, '结案日期', ['events', 'closing', 'date']);
  order(e.filing?.date, '立案日期', e.closing?.date, '结案日期', ['events', 'closing', 'date']);
  order(e.hearing?.noticeDate, '听证通知日期', e.hearing?.heldDate, '听证日期', [
    'events',
    'hearing',
    'heldDate',
  ]);
  order(e.hearing?.requestedDate, '听证申请日期', e.hearing?.heldDate, '听证日期', [
    'events',
    'hearing',
    'heldDate',
  ]);
  order(e.licensing?.applicationDate, '申请日期', e.licensing?.acceptedDate, '受理日期', [
    'events',
    'licensing',
    'acceptedDate',
  ]);
  order(e.licensing?.acceptedDate, '受理日期', d, '决定日期', ['events', 'decision', 'date']);
  e.notices.forEach((n, i) =>
    order(n.issuedDate, '告知书落款日期', n.servedDate, '送达日期', ['events', 'notices', i, 'servedDate']),
  );
  e.seizures.forEach((s, i) =>
    order(s.date, '实施日期', s.releaseDate, '解除日期', ['events', 'seizures', i, 'releaseDate']),
  );
  e.preservations.forEach((p, i) =>
    order(p.date, '实施日期', p.handledDate, '处理决定日期', ['events', 'preservations', i, 'handledDate']),
  );
  e.suspensions.forEach((s, i) =>
    order(s.startDate, '开始日期', s.endDate, '结束日期', ['events', 'suspensions', i, 'endDate']),
  );
  facts.officers.forEach((o, i) =>
    order(o.validFrom, '有效期起', o.validTo, '有效期止', ['officers', i, 'validTo']),
  );
  e.investigations.forEach((x, i) => {
    if (x.startTime && x.endTime && toMinutes(x.endTime) < toMinutes(x.startTime)) {
      add(['events', 'investigations', i, 'endTime'], `结束时间 ${x.endTime} 早于开始时间 ${x.startTime}`);
    }
  });

  const roster = new Set(facts.officers.map((o) => o.name));
  const refs: [Path, readonly string[]][] = [
    ...e.investigations.map((x, i): [Path, readonly string[]] => [
      ['events', 'investigations', i, 'officers'],
      x.officers,
    ]),
    ...e.preservations.map((x, i): [Path, readonly string[]] => [
      ['events', 'preservations', i, 'officers'],
      x.officers,
    ]),
    ...e.seizures.map((x, i): [Path, readonly string[]] => [
      ['events', 'seizures', i, 'officers'],
      x.officers,
    ]),
    ...e.enforcements.map((x, i): [Path, readonly string[]] => [
      ['events', 'enforcements', i, 'officers'],
      x.officers,
    ]),
  ];
  for (const [path, names] of refs) {
    for (const n of names) if (!roster.has(n)) add(path, `“${n}”不在执法人员名册（officers）中`);
  }
  const reviewers = new Set(facts.legalReviewers.map((r) => r.name));
  e.legalReviews.forEach((r, i) => {
    if (!reviewers.has(r.reviewer))
      add(
        ['events', 'legalReviews', i, 'reviewer'],
        `“${r.reviewer}”不在法制审核人员名单（legalReviewers）中`,
      );
  });
  return issues;
}
