import { sql } from 'kysely';
import { planAssignments } from '../../main/services/campaigns/balanced-assignment';
import { drawStratifiedSample } from '../../main/services/campaigns/stratified-sample';
import { openTestApi } from '../../tests/helpers/open-test-api';
import { measure, type BenchSuite } from '../harness';

const DOSSIERS = 500;
const PER_CASE = 3;
const MEMBERS = 9;
const AGENCIES = [
  '市场监管局',
  '生态环境局',
  '城管局',
  '交通运输局',
  '应急管理局',
  '卫健委',
  '自然资源局',
  '文旅局',
  '农业农村局',
  '住建局',
];

/**
 * A campaign of 500 dossiers × 3 reviewers (issue #8): the dashboard through
 * the router (target p95 ≤ 300 ms), next to the bare SQL it is built from;
 * plus the pure planners (assignment of 1,500 slots, a stratified draw of 500
 * out of 50,000) so regressions show where they are.
 */
export const campaignsBench: BenchSuite = {
  name: 'Campaigns (dashboard, assignment, sampling)',
  async run() {
    const api = await openTestApi();
    try {
      const db = api.runtime.db();
      const call = async (method: string, args: unknown) => {
        const r = await api.router.dispatch(method, args, { transport: 'test' });
        if (!r.ok) throw new Error(`${method}: ${r.error.message}`);
        return r.value as Record<string, unknown>;
      };
      await call('reviewer.set', { identity: { name: '组长', unit: '市司法局', role: '组长' } });
      const standards = (await call('standards.list', {})) as unknown as Array<{
        id: string;
        code: string;
        contentHash: string;
      }>;
      const penalty = standards.find((s) => s.code === 'PC-XZCF-YB')!;
      const campaign = (await call('campaigns.create', {
        settings: {
          name: '基准活动',
          year: 2024,
          reviewersPerCase: PER_CASE,
          standards: { '*': penalty.id },
        },
        members: [
          { name: '组长', unit: '市司法局', role: 'leader' },
          ...Array.from({ length: MEMBERS }, (_, i) => ({ name: `评查员${i}`, unit: AGENCIES[i]! })),
        ],
      })) as { id: string; members: Array<{ id: string; unit: string }> };
      const members = campaign.members.filter((m) => m.unit !== '市司法局');
      await db.transaction().execute(async (trx) => {
        const cases = Array.from(
          { length: DOSSIERS },
          (_, k) => sql`(${`c${k}`}, ${`案${k}`}, ${AGENCIES[k % AGENCIES.length]!}, ${'行政处罚'})`,
        );
        await sql`insert into cases (id, name, agency, act_type) values ${sql.join(cases)}`.execute(trx);
        const inCampaign = Array.from(
          { length: DOSSIERS },
          (_, k) => sql`(${campaign.id}, ${`c${k}`}, ${'sampled'})`,
        );
        await sql`insert into campaign_cases (campaign_id, case_id, source) values ${sql.join(inCampaign)}`.execute(
          trx,
        );
        const reviews = [];
        const assignments = [];
        for (let k = 0; k < DOSSIERS; k += 1) {
          const eligible = members.filter((m) => m.unit !== AGENCIES[k % AGENCIES.length]);
          for (let j = 0; j < PER_CASE; j += 1) {
            const m = eligible[(k + j) % eligible.length]!;
            const id = `r${k}-${j}`;
            const status = (k + j) % 4 === 0 ? 'draft' : 'submitted';
            const started = (k + j) % 7 !== 0;
            if (started)
              reviews.push(
                sql`(${id}, ${`c${k}`}, ${penalty.id}, ${penalty.contentHash}, ${`评查员${j}`}, ${status})`,
              );
            assignments.push(
              sql`(${`a${k}-${j}`}, ${campaign.id}, ${`c${k}`}, ${m.id}, ${started ? id : null})`,
            );
          }
        }
        for (let i = 0; i < reviews.length; i += 300)
          await sql`insert into reviews (id, case_id, standard_version_id, standard_hash, reviewer_name, status) values ${sql.join(reviews.slice(i, i + 300))}`.execute(
            trx,
          );
        for (let i = 0; i < assignments.length; i += 300)
          await sql`insert into campaign_assignments (id, campaign_id, case_id, member_id, review_id) values ${sql.join(assignments.slice(i, i + 300))}`.execute(
            trx,
          );
        const results = Array.from({ length: 200 }, (_, k) => {
          const total = 60 + (k % 40);
          const decisions = JSON.stringify({
            items: {},
            outcome: { total, grade: total >= 90 ? '优秀' : total >= 80 ? '良好' : '合格', pass: true },
          });
          return sql`(${campaign.id}, ${`c${k}`}, ${decisions}, ${1})`;
        });
        await sql`insert into campaign_results (campaign_id, case_id, decisions, locked) values ${sql.join(results)}`.execute(
          trx,
        );
      });

      const dashboard = await measure(() => call('campaigns.dashboard', { campaignId: campaign.id }), {
        iterations: 50,
        warmup: 5,
      });
      const raw = await measure(
        () =>
          Promise.all([
            db
              .selectFrom('campaign_cases as cc')
              .innerJoin('cases as c', 'c.id', 'cc.case_id')
              .select(['cc.case_id', 'c.name', 'c.agency'])
              .where('cc.campaign_id', '=', campaign.id)
              .execute(),
            db
              .selectFrom('campaign_assignments as a')
              .innerJoin('campaign_members as m', 'm.id', 'a.member_id')
              .leftJoin('reviews as r', 'r.id', 'a.review_id')
              .select(['a.case_id', 'm.name', 'r.status'])
              .where('a.campaign_id', '=', campaign.id)
              .execute(),
            db
              .selectFrom('campaign_results')
              .select(['case_id', 'decisions'])
              .where('campaign_id', '=', campaign.id)
              .execute(),
          ]),
        { iterations: 50, warmup: 5 },
      );

      const planCases = Array.from({ length: DOSSIERS }, (_, k) => ({
        caseId: `c${k}`,
        agency: AGENCIES[k % AGENCIES.length]!,
        assigned: [],
      }));
      const planMembers = AGENCIES.slice(0, MEMBERS).map((unit, i) => ({ id: `m${i}`, unit, load: 0 }));
      const plan = await measure(() => planAssignments(planCases, planMembers, PER_CASE), {
        iterations: 50,
        warmup: 5,
      });
      const library = Array.from({ length: 50_000 }, (_, k) => ({
        id: `c${String(k).padStart(6, '0')}`,
        agency: AGENCIES[k % AGENCIES.length]!,
        actType: k % 3 === 0 ? '行政许可' : '行政处罚',
      }));
      const draw = await measure(() => drawStratifiedSample(library, 500, 'bench'), {
        iterations: 20,
        warmup: 3,
      });
      const sortOnly = await measure(() => [...library].sort((a, b) => (a.id < b.id ? -1 : 1)), {
        iterations: 20,
        warmup: 3,
      });

      return [
        {
          name: `campaigns.dashboard through the router (${DOSSIERS} dossiers × ${PER_CASE} reviewers, 200 locked)`,
          ours: dashboard,
          reference: { name: 'the three SELECTs alone (Kysely, no assembly)', timing: raw },
          target: 'p95 ≤ 300 ms',
          met: dashboard.p95 <= 300,
        },
        {
          name: `planAssignments: ${DOSSIERS} dossiers × ${PER_CASE} of ${MEMBERS} reviewers with 回避`,
          ours: plan,
          target: 'p95 ≤ 100 ms',
          met: plan.p95 <= 100,
        },
        {
          name: 'drawStratifiedSample: 500 of 50,000 in 20 strata',
          ours: draw,
          reference: { name: 'sorting the 50,000 ids once', timing: sortOnly },
          target: 'p95 ≤ 500 ms',
          met: draw.p95 <= 500,
        },
      ];
    } finally {
      await api.dispose();
    }
  },
};
