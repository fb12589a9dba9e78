import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { A, B, campaignKit, LEADER, type TestApi } from './campaign-test-kit';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const kit = campaignKit(() => api);
const { call, as } = kit;

describe('campaign audit trail', () => {
  it('appends every setting, sampling, membership, assignment, consolidation, lock and reopen change to a verifying chain', async () => {
    for (let i = 0; i < 4; i += 1) await kit.makeCase(`审计案${i}`, LEADER.unit);
    const extra = await kit.makeCase('手工案', '城管局');
    const campaign = await kit.makeCampaign();
    const { id: _id, status: _s, members: _m, createdAt: _c, updatedAt: _u, ...settings } = campaign;
    await call('campaigns.update', { id: campaign.id, settings: { ...settings, name: '改名后的活动' } });
    await call('campaigns.addMember', {
      campaignId: campaign.id,
      member: { name: '李专家', unit: '律师事务所' },
    });
    const expert = (await call('campaigns.get', { id: campaign.id })).members.find(
      (m) => m.name === '李专家',
    )!;
    await call('campaigns.removeMember', {
      campaignId: campaign.id,
      memberId: expert.id,
      reason: '时间冲突',
    });
    const preview = await call('campaigns.previewSample', {
      campaignId: campaign.id,
      params: { size: 1, seed: 'audit' },
    });
    await call('campaigns.confirmSample', {
      campaignId: campaign.id,
      params: { size: 1, seed: preview.seed },
    });
    await call('campaigns.addCase', { campaignId: campaign.id, caseId: extra, reason: '线索' });
    await call('campaigns.removeCase', { campaignId: campaign.id, caseId: extra, reason: '不在范围' });
    await call('campaigns.autoAssign', { campaignId: campaign.id });
    const caseId = preview.caseIds[0]!;
    const leader = campaign.members.find((m) => m.role === 'leader')!;
    const forced = await call('campaigns.assign', {
      campaignId: campaign.id,
      caseId,
      memberId: leader.id,
      overrideReason: '试评',
    });
    await call('campaigns.unassign', {
      campaignId: campaign.id,
      assignmentId: forced.id,
      reason: '试评结束',
    });
    for (const who of [A, B]) {
      const opened = await kit.openFor(campaign.id, who, caseId);
      await kit.scoreAndSubmit(opened.reviewId);
    }
    await as(LEADER);
    await call('campaigns.adoptAgreed', { campaignId: campaign.id, caseId });
    await call('campaigns.lock', { campaignId: campaign.id, caseId });
    await call('campaigns.reopen', { campaignId: campaign.id, caseId, reason: '复查' });

    const rows = await api.runtime
      .db()
      .selectFrom('audit_log')
      .select(['action', 'reason', 'actor_name'])
      .where('action', 'like', 'campaign.%')
      .orderBy('seq')
      .execute();
    const actions = new Set(rows.map((r) => r.action));
    for (const action of [
      'campaign.campaign.create',
      'campaign.campaign.update',
      'campaign.member.add',
      'campaign.member.remove',
      'campaign.sample.confirm',
      'campaign.case.add',
      'campaign.case.remove',
      'campaign.assignment.auto',
      'campaign.assignment.override',
      'campaign.assignment.remove',
      'campaign.result.adopt_agreed',
      'campaign.result.lock',
      'campaign.result.reopen',
    ])
      expect(actions, action).toContain(action);
    const reasons = rows.map((r) => r.reason);
    for (const reason of ['时间冲突', '线索', '不在范围', '试评', '试评结束', '复查'])
      expect(reasons).toContain(reason);
    expect(rows.every((r) => r.actor_name === LEADER.name)).toBe(true);
    const verified = await call('audit.verify', {});
    expect(verified.ok).toBe(true);
  });
});
