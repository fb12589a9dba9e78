import type { Kysely } from 'kysely';
import type { DashboardData } from '../../../preload/contract/methods/campaigns';
import type { DB } from '../../db/schema';
import type { CampaignAccess } from './campaign-access';
import { statusOf } from './assignment-rows';
import { parseDecisions } from './stored-decisions';

const pct = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

/**
 * Progress and results of a campaign in three queries (cases, assignments with
 * review status, results). Status only: no reviewer's scores are read here, so
 * the dashboard is safe for the leader during blind scoring; results by agency
 * come from locked consolidated outcomes.
 */
export function createCampaignDashboard(deps: { db: () => Kysely<DB>; access: CampaignAccess }) {
  const { db, access } = deps;
  return async (campaignId: string): Promise<DashboardData> => {
    await access.campaignRow(campaignId);
    const [cases, assignments, results, members] = await Promise.all([
      db()
        .selectFrom('campaign_cases as cc')
        .innerJoin('cases as c', 'c.id', 'cc.case_id')
        .select(['cc.case_id', 'c.case_number', 'c.name', 'c.agency', 'c.act_type'])
        .where('cc.campaign_id', '=', campaignId)
        .where('cc.removed_at', 'is', null)
        .orderBy('c.agency')
        .orderBy('c.case_number')
        .orderBy('cc.case_id')
        .execute(),
      db()
        .selectFrom('campaign_assignments as a')
        .innerJoin('campaign_members as m', 'm.id', 'a.member_id')
        .leftJoin('reviews as r', 'r.id', 'a.review_id')
        .select(['a.case_id', 'a.member_id', 'a.review_id', 'm.name', 'r.status as review_status'])
        .where('a.campaign_id', '=', campaignId)
        .orderBy('m.created_at')
        .orderBy('m.id')
        .execute(),
      db()
        .selectFrom('campaign_results')
        .select(['case_id', 'locked', 'decisions'])
        .where('campaign_id', '=', campaignId)
        .execute(),
      db()
        .selectFrom('campaign_members')
        .selectAll()
        .where('campaign_id', '=', campaignId)
        .orderBy('created_at')
        .orderBy('id')
        .execute(),
    ]);
    const active = new Set(cases.map((c) => c.case_id));
    const byCaseAssignments = new Map<string, typeof assignments>();
    for (const a of assignments) {
      if (!active.has(a.case_id)) continue;
      byCaseAssignments.set(a.case_id, [...(byCaseAssignments.get(a.case_id) ?? []), a]);
    }
    const resultOf = new Map(results.map((r) => [r.case_id, r]));
    const totals = {
      cases: cases.length,
      slots: 0,
      notStarted: 0,
      draft: 0,
      submitted: 0,
      readyToConsolidate: 0,
      locked: 0,
    };
    const reviewerStats = new Map(
      members.map((m) => [
        m.id,
        { memberId: m.id, name: m.name, unit: m.unit, assigned: 0, notStarted: 0, draft: 0, submitted: 0 },
      ]),
    );
    const agencies = new Map<
      string,
      {
        agency: string;
        cases: number;
        locked: number;
        sum: number;
        pass: number;
        grades: Record<string, number>;
      }
    >();

    const byCase = cases.map((c) => {
      const list = byCaseAssignments.get(c.case_id) ?? [];
      const reviews = list.map((a) => ({ memberName: a.name, status: statusOf(a) }));
      for (const [i, a] of list.entries()) {
        const status = reviews[i]!.status;
        totals.slots += 1;
        const stats = reviewerStats.get(a.member_id);
        if (stats) stats.assigned += 1;
        if (status === 'not_started') {
          totals.notStarted += 1;
          if (stats) stats.notStarted += 1;
        } else if (status === 'draft') {
          totals.draft += 1;
          if (stats) stats.draft += 1;
        } else {
          totals.submitted += 1;
          if (stats) stats.submitted += 1;
        }
      }
      const row = resultOf.get(c.case_id);
      const outcome = row ? parseDecisions(row.decisions).outcome : null;
      const locked = row?.locked === 1;
      if (locked) totals.locked += 1;
      else if (list.length > 0 && reviews.every((r) => r.status === 'submitted'))
        totals.readyToConsolidate += 1;
      const agency = c.agency ?? '';
      const a = agencies.get(agency) ?? { agency, cases: 0, locked: 0, sum: 0, pass: 0, grades: {} };
      a.cases += 1;
      if (locked && outcome) {
        a.locked += 1;
        a.sum += outcome.total;
        if (outcome.pass) a.pass += 1;
        a.grades[outcome.grade] = (a.grades[outcome.grade] ?? 0) + 1;
      }
      agencies.set(agency, a);
      return {
        caseId: c.case_id,
        caseNumber: c.case_number ?? '',
        caseName: c.name ?? '',
        agency,
        actType: c.act_type ?? '',
        reviews,
        result: locked ? ('locked' as const) : row ? ('draft' as const) : ('none' as const),
        total: locked ? (outcome?.total ?? null) : null,
        grade: locked ? (outcome?.grade ?? null) : null,
      };
    });
    return {
      campaignId,
      totals,
      byReviewer: [...reviewerStats.values()],
      byCase,
      byAgency: [...agencies.values()].map((a) => ({
        agency: a.agency,
        cases: a.cases,
        locked: a.locked,
        averageScore: a.locked === 0 ? null : Math.round((a.sum / a.locked) * 100) / 100,
        grades: a.grades,
        passRate: pct(a.pass, a.locked),
      })),
    };
  };
}
