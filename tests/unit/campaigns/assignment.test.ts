import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { conflictsWith } from '../../../main/services/campaigns/avoidance';
import { planAssignments } from '../../../main/services/campaigns/balanced-assignment';
import { openTestApi } from '../../helpers/open-test-api';
import { A, B, campaignKit, LEADER, type TestApi } from './campaign-test-kit';

const UNITS = ['市场监管局', '生态环境局', '城管局', '交通运输局', ''];

describe('回避 and balanced load (pure planner)', () => {
  it('never assigns a reviewer a dossier of their own unit, and never twice', () => {
    const arbitrary = fc.record({
      cases: fc.array(fc.constantFrom(...UNITS), { minLength: 0, maxLength: 60 }),
      members: fc.array(fc.constantFrom(...UNITS), { minLength: 1, maxLength: 8 }),
      perCase: fc.integer({ min: 1, max: 4 }),
    });
    fc.assert(
      fc.property(arbitrary, ({ cases, members, perCase }) => {
        const ms = members.map((unit, i) => ({ id: `m${i}`, unit, load: 0 }));
        const cs = cases.map((agency, i) => ({ caseId: `c${i}`, agency, assigned: [] }));
        const { planned, shortfalls } = planAssignments(cs, ms, perCase);
        const seen = new Set<string>();
        for (const p of planned) {
          const c = cs.find((x) => x.caseId === p.caseId)!;
          const m = ms.find((x) => x.id === p.memberId)!;
          expect(conflictsWith(m.unit, c.agency)).toBe(false);
          expect(seen.has(`${p.caseId}/${p.memberId}`)).toBe(false);
          seen.add(`${p.caseId}/${p.memberId}`);
        }
        // Every dossier gets N reviewers or is reported with exactly what is missing.
        for (const c of cs) {
          const got = planned.filter((p) => p.caseId === c.caseId).length;
          const eligible = ms.filter((m) => !conflictsWith(m.unit, c.agency)).length;
          expect(got).toBe(Math.min(perCase, eligible));
          const short = shortfalls.find((s) => s.caseId === c.caseId);
          expect(short?.missing ?? 0).toBe(perCase - got);
        }
      }),
    );
  });

  it('keeps loads within one of each other when nobody is excluded', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 2, max: 7 }),
        fc.integer({ min: 1, max: 3 }),
        (n, m, k) => {
          const perCase = Math.min(k, m);
          const ms = Array.from({ length: m }, (_, i) => ({ id: `m${i}`, unit: `外单位${i}`, load: 0 }));
          const cs = Array.from({ length: n }, (_, i) => ({
            caseId: `c${i}`,
            agency: '被评查局',
            assigned: [],
          }));
          const { planned } = planAssignments(cs, ms, perCase);
          const loads = ms.map((x) => planned.filter((p) => p.memberId === x.id).length);
          expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('compares units ignoring whitespace; empty units never conflict', () => {
    expect(conflictsWith(' 市场 监管局', '市场监管局')).toBe(true);
    expect(conflictsWith('', '市场监管局')).toBe(false);
    expect(conflictsWith('市场监管局', '生态环境局')).toBe(false);
  });
});

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const kit = campaignKit(() => api);

describe('assignment through the API', () => {
  it('auto-assigns with 回避, refuses a conflicting manual assignment without a reason and logs the override', async () => {
    const own = await kit.makeCase('市场监管局的案', A.unit);
    const other = await kit.makeCase('城管局的案', '城管局');
    const campaign = await kit.makeCampaign();
    for (const caseId of [own, other])
      await kit.call('campaigns.addCase', { campaignId: campaign.id, caseId, reason: '指定' });
    const outcome = await kit.call('campaigns.autoAssign', { campaignId: campaign.id });
    expect(outcome.created).toBe(4);
    expect(outcome.shortfalls).toEqual([]);
    const list = await kit.call('campaigns.assignments', { campaignId: campaign.id });
    expect(list.filter((a) => a.caseId === own).map((a) => a.memberName)).not.toContain(A.name);
    expect(outcome.loads.map((l) => l.count).sort()).toEqual([1, 1, 2]);
    // Idempotent: nothing more to do.
    expect((await kit.call('campaigns.autoAssign', { campaignId: campaign.id })).created).toBe(0);

    const memberA = campaign.members.find((m) => m.name === A.name)!;
    const refused = await kit.callError('campaigns.assign', {
      campaignId: campaign.id,
      caseId: own,
      memberId: memberA.id,
    });
    expect(refused.code).toBe('E_CONFLICT');
    expect(refused.message).toContain('回避');
    const forced = await kit.call('campaigns.assign', {
      campaignId: campaign.id,
      caseId: own,
      memberId: memberA.id,
      overrideReason: '本局无其他人员',
    });
    expect(forced).toMatchObject({ conflict: true, override: true, overrideReason: '本局无其他人员' });
    const audit = await api.runtime
      .db()
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('action', '=', 'campaign.assignment.override')
      .executeTakeFirstOrThrow();
    expect(audit.reason).toBe('本局无其他人员');

    // Queues: each reviewer sees only their own dossiers.
    await kit.as(B);
    const queueB = await kit.call('campaigns.myQueue', { campaignId: campaign.id });
    expect(queueB.every((q) => list.some((a) => a.id === q.assignmentId && a.memberName === B.name))).toBe(
      true,
    );
    // Only the leader manages the campaign once it has one.
    const notLeader = await kit.callError('campaigns.autoAssign', { campaignId: campaign.id });
    expect(notLeader.code).toBe('E_UNAUTHORIZED');
    // A reviewer cannot open someone else's assignment.
    const aAssignment = list.find((a) => a.memberName !== B.name)!;
    expect((await kit.callError('campaigns.openAssignment', { assignmentId: aAssignment.id })).code).toBe(
      'E_UNAUTHORIZED',
    );
    await kit.as(LEADER);
    const dashboard = await kit.call('campaigns.dashboard', { campaignId: campaign.id });
    expect(dashboard.totals).toMatchObject({ cases: 2, slots: 5, notStarted: 5, submitted: 0, locked: 0 });
  });
});
