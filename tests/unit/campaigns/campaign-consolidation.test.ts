import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { A, B, campaignKit, LEADER, type TestApi } from './campaign-test-kit';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const kit = campaignKit(() => api);
const { call, callError, as } = kit;

/** One dossier of the leader's own unit: 回避 leaves it to A and B. */
async function assignedDossier() {
  const caseId = await kit.makeCase('某公司未按规定公示信息案', LEADER.unit);
  const campaign = await kit.makeCampaign();
  await call('campaigns.addCase', { campaignId: campaign.id, caseId, reason: '群众举报线索' });
  const outcome = await call('campaigns.autoAssign', { campaignId: campaign.id });
  expect(outcome.created).toBe(2);
  const assignments = await call('campaigns.assignments', { campaignId: campaign.id });
  return { campaignId: campaign.id, caseId, assignments };
}

describe('blind scoring, consolidation and lock', () => {
  it('keeps reviews blind until submitted, then consolidates, locks with a hash and reopens with a reason', async () => {
    const { campaignId, caseId, assignments } = await assignedDossier();
    // 回避: the leader's own unit's dossier goes to the two other members.
    expect(assignments.map((a) => a.memberName).sort()).toEqual([A.name, B.name].sort());
    expect(assignments.every((a) => !a.conflict)).toBe(true);
    const [first, second] = [A, B];

    const r1 = await kit.openFor(campaignId, first, caseId);
    const r2 = await kit.openFor(campaignId, second, caseId);
    const view1 = await (async () => {
      await as(first);
      return call('reviews.get', { id: r1.reviewId });
    })();
    const deductItem = view1.report.items.find((i) => i.applicability !== false && i.max >= 2 && !i.bonus)!;
    const option = view1.standard.sections.flatMap((s) => s.items).find((i) => i.code === deductItem.itemCode)
      ?.options[0];

    // Second reviewer cannot read or write the first one's draft.
    await as(second);
    expect((await callError('reviews.get', { id: r1.reviewId })).code).toBe('E_UNAUTHORIZED');
    expect(
      (
        await callError('reviews.setItem', {
          id: r1.reviewId,
          itemCode: deductItem.itemCode,
          finding: { status: 'ok' },
        })
      ).code,
    ).toBe('E_LOCKED');
    expect((await call('reviews.listForCase', { caseId })).map((r) => r.id)).toEqual([r2.reviewId]);

    await as(first);
    await kit.scoreAndSubmit(r1.reviewId);
    // Submitted, but the second reviewer has not submitted: still blind for them.
    await as(second);
    expect((await callError('reviews.get', { id: r1.reviewId })).code).toBe('E_UNAUTHORIZED');

    // The leader sees status, not scores, before everything is in.
    await as(LEADER);
    const early = await call('campaigns.comparison', { campaignId, caseId });
    expect(early.ready).toBe(false);
    expect(early.reviewers).toEqual([]);
    expect(early.items).toEqual([]);
    expect(early.pending).toEqual([{ memberName: second.name, status: 'draft' }]);
    expect((await callError('campaigns.lock', { campaignId, caseId })).code).toBe('E_CONFLICT');

    await as(second);
    const finding = option
      ? { status: 'deduct' as const, optionIds: [option.id] }
      : { status: 'deduct' as const, rangeValue: 1 };
    await kit.scoreAndSubmit(r2.reviewId, { [deductItem.itemCode]: finding });
    // Now the second reviewer (submitted) may read the first one's review.
    expect((await call('reviews.get', { id: r1.reviewId })).review.status).toBe('submitted');

    // A member cannot consolidate.
    expect((await callError('campaigns.comparison', { campaignId, caseId })).code).toBe('E_UNAUTHORIZED');

    await as(LEADER);
    const cmp = await call('campaigns.comparison', { campaignId, caseId });
    expect(cmp.ready).toBe(true);
    expect(cmp.reviewers).toHaveLength(2);
    const differing = cmp.items.filter((i) => i.differs).map((i) => i.itemCode);
    expect(differing).toEqual([deductItem.itemCode]);
    const spread = cmp.items.find((i) => i.itemCode === deductItem.itemCode)!.spread;
    expect(spread).toBeGreaterThan(0);
    expect(cmp.flags.totalSpread).toBeCloseTo(Math.abs(cmp.reviewers[0]!.total - cmp.reviewers[1]!.total), 2);

    const agreed = await call('campaigns.adoptAgreed', { campaignId, caseId });
    expect(agreed.items.filter((i) => i.decision === null).map((i) => i.itemCode)).toEqual(
      agreed.items.filter((i) => i.cells.some((c) => c.finding) && i.differs).map((i) => i.itemCode),
    );
    const refused = await callError('campaigns.lock', { campaignId, caseId });
    expect(refused.code).toBe('E_CONFLICT');
    expect(refused.message).toContain(deductItem.itemCode);

    // Consensus needs a reason (contract) and is recorded as such.
    expect(
      (
        await callError('campaigns.decide', {
          campaignId,
          caseId,
          itemCode: deductItem.itemCode,
          decision: { kind: 'consensus', finding: { status: 'ok' }, reason: ' ' },
        })
      ).code,
    ).toBe('E_INVALID_ARGS');
    const secondMember = cmp.reviewers.find((r) => r.name === second.name)!;
    const decided = await call('campaigns.decide', {
      campaignId,
      caseId,
      itemCode: deductItem.itemCode,
      decision: { kind: 'adopt', memberId: secondMember.memberId },
    });
    expect(decided.items.find((i) => i.itemCode === deductItem.itemCode)!.decision).toMatchObject({
      kind: 'adopt',
      memberId: secondMember.memberId,
    });

    const locked = await call('campaigns.lock', { campaignId, caseId });
    expect(locked.result.locked).toBe(true);
    expect(locked.result.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(locked.result.hashValid).toBe(true);
    expect(locked.result.total).toBe(secondMember.total);

    // The consolidated review is a normal submitted review (reports print it), changed only via campaigns.
    const consolidated = await call('reviews.get', { id: locked.result.reviewId! });
    expect(consolidated.review.status).toBe('submitted');
    expect(consolidated.review.reviewer).toEqual({
      name: `${LEADER.name}（合议）`,
      unit: LEADER.unit,
      role: '合议',
    });
    expect((await callError('reviews.reopen', { id: locked.result.reviewId!, reason: '改' })).code).toBe(
      'E_LOCKED',
    );
    // Reviewers cannot reopen their own review under a locked result.
    await as(first);
    expect((await callError('reviews.reopen', { id: r1.reviewId, reason: '想改' })).code).toBe('E_LOCKED');
    expect(
      (
        await callError('campaigns.decide', {
          campaignId,
          caseId,
          itemCode: deductItem.itemCode,
          decision: { kind: 'adopt', memberId: secondMember.memberId },
        })
      ).code,
    ).toBe('E_UNAUTHORIZED');

    await as(LEADER);
    expect(
      (
        await callError('campaigns.decide', {
          campaignId,
          caseId,
          itemCode: deductItem.itemCode,
          decision: { kind: 'adopt', memberId: secondMember.memberId },
        })
      ).code,
    ).toBe('E_LOCKED');

    // Tampering with a locked result's rows is detected by the recomputed hash.
    await api.runtime
      .db()
      .updateTable('review_items')
      .set({ result: JSON.stringify({ status: 'ok' }) })
      .where('review_id', '=', locked.result.reviewId!)
      .where('item_code', '=', deductItem.itemCode)
      .execute();
    expect((await call('campaigns.comparison', { campaignId, caseId })).result.hashValid).toBe(false);

    expect((await callError('campaigns.reopen', { campaignId, caseId, reason: '' })).code).toBe(
      'E_INVALID_ARGS',
    );
    const reopened = await call('campaigns.reopen', { campaignId, caseId, reason: '合议记录有误，重新合议' });
    expect(reopened.result.locked).toBe(false);
    expect(reopened.result.reopenHistory).toEqual([
      expect.objectContaining({
        actor: LEADER.name,
        reason: '合议记录有误，重新合议',
        contentHash: locked.result.contentHash,
      }),
    ]);
    const audit = await api.runtime
      .db()
      .selectFrom('audit_log')
      .select(['action', 'reason'])
      .where('action', 'like', 'campaign.%')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(
      expect.arrayContaining(['campaign.campaign.create', 'campaign.result.lock', 'campaign.result.reopen']),
    );
    expect(audit.find((a) => a.action === 'campaign.result.reopen')!.reason).toBe('合议记录有误，重新合议');
  });
});
