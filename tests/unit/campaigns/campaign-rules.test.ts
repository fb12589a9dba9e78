import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { A, B, campaignKit, LEADER, type TestApi } from './campaign-test-kit';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const kit = campaignKit(() => api);
const { call, callError, as } = kit;

const count = async (table: 'campaigns' | 'campaign_members' | 'audit_log') =>
  Number(
    (
      await api.runtime
        .db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** A dossier of the leader's unit assigned to A and B, both reviews open. */
async function twoReviews(settings: Parameters<typeof kit.makeCampaign>[0] = {}) {
  const caseId = await kit.makeCase('某局未按期公示案', LEADER.unit);
  const campaign = await kit.makeCampaign(settings);
  await call('campaigns.addCase', { campaignId: campaign.id, caseId, reason: '重点' });
  await call('campaigns.autoAssign', { campaignId: campaign.id });
  const a = await kit.openFor(campaign.id, A, caseId);
  const b = await kit.openFor(campaign.id, B, caseId);
  return { campaign, caseId, a: a.reviewId, b: b.reviewId };
}

describe('campaign rules', () => {
  it('creates all or nothing: a duplicate member rolls back the whole campaign', async () => {
    await as(LEADER);
    const before = { campaigns: await count('campaigns'), audit: await count('audit_log') };
    const error = await callError('campaigns.create', {
      settings: { name: '重复成员', year: 2024 },
      members: [A, { ...A, role: 'member' }].map(({ name, unit }) => ({ name, unit })),
    });
    expect(error.code).toBe('E_CONFLICT');
    expect(error.message).toContain(A.name);
    expect(await count('campaigns')).toBe(before.campaigns);
    expect(await count('campaign_members')).toBe(0);
    expect(await count('audit_log')).toBe(before.audit);
  });

  it('lets the leader read a submitted review but never a draft; the dashboard shows status only', async () => {
    const { campaign, caseId, a, b } = await twoReviews();
    await as(A);
    await kit.scoreAndSubmit(a);
    await as(LEADER);
    expect((await call('reviews.get', { id: a })).review.status).toBe('submitted');
    const draft = await callError('reviews.get', { id: b });
    expect(draft.code).toBe('E_UNAUTHORIZED');
    expect(draft.message).toContain('盲评');
    expect((await callError('reviews.history', { id: b })).code).toBe('E_UNAUTHORIZED');
    expect((await call('reviews.listForCase', { caseId })).map((r) => r.id)).toEqual([a]);
    // The leader sees B's progress on the dashboard, not a score.
    const dashboard = await call('campaigns.dashboard', { campaignId: campaign.id });
    expect(dashboard.byCase[0]!.reviews).toEqual([
      { memberName: A.name, status: 'submitted' },
      { memberName: B.name, status: 'draft' },
    ]);
    expect(dashboard.byCase[0]).toMatchObject({ result: 'none', total: null, grade: null });
  });

  it('applies the campaign grade bands, records a consensus with its reason, and refuses reopen by a member', async () => {
    const bands = [
      { label: '好', min: 95, pass: true },
      { label: '中', min: 60, pass: true },
      { label: '差', min: 0, pass: false },
    ];
    const { campaign, caseId, a, b } = await twoReviews({ gradeBands: bands, reviewThreshold: 0 });
    await as(A);
    await kit.scoreAndSubmit(a);
    await as(B);
    await kit.scoreAndSubmit(b, { '2.5': { status: 'na', reason: '未抽样' } });
    await as(LEADER);
    const cmp = await call('campaigns.comparison', { campaignId: campaign.id, caseId });
    expect(cmp.reviewers.map((r) => r.grade)).toEqual(['好', '好']);
    const item = cmp.items.find((i) => i.itemCode === '2.5')!;
    expect(item.differs).toBe(true);
    await call('campaigns.adoptAgreed', { campaignId: campaign.id, caseId });
    const decided = await call('campaigns.decide', {
      campaignId: campaign.id,
      caseId,
      itemCode: '2.5',
      decision: { kind: 'consensus', finding: { status: 'ok' }, reason: '卷内有抽样记录' },
    });
    expect(decided.items.find((i) => i.itemCode === '2.5')!.decision).toEqual({
      kind: 'consensus',
      finding: { status: 'ok' },
      reason: '卷内有抽样记录',
    });
    const locked = await call('campaigns.lock', { campaignId: campaign.id, caseId });
    expect(locked.result).toMatchObject({ locked: true, grade: '好', total: 100 });
    const audit = await api.runtime
      .db()
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('action', '=', 'campaign.result.decide')
      .execute();
    expect(audit.map((x) => x.reason)).toContain('卷内有抽样记录');

    await as(A);
    expect(
      (await callError('campaigns.reopen', { campaignId: campaign.id, caseId, reason: '想改' })).code,
    ).toBe('E_UNAUTHORIZED');
    // Changing the standard under locked results is refused.
    await as(LEADER);
    const other = (await call('standards.list', {})).find((s) => s.code !== 'PC-XZCF-YB')!;
    const refused = await callError('campaigns.update', {
      id: campaign.id,
      settings: { name: campaign.name, year: 2024, standards: { '*': other.id } },
    });
    expect(refused.code).toBe('E_LOCKED');
  });

  it('refuses to remove a member who has started, and unknown standards in settings', async () => {
    const { campaign } = await twoReviews();
    await as(LEADER);
    const memberA = campaign.members.find((m) => m.name === A.name)!;
    const error = await callError('campaigns.removeMember', {
      campaignId: campaign.id,
      memberId: memberA.id,
      reason: '调走',
    });
    expect(error.code).toBe('E_CONFLICT');
    const bad = await callError('campaigns.update', {
      id: campaign.id,
      settings: { name: 'x', year: 2024, standards: { 行政许可: 'no-such-version' } },
    });
    expect(bad.code).toBe('E_INVALID_ARGS');
    expect(bad.message).toContain('行政许可');
  });
});
