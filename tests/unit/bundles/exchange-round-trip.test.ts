import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { makeTempDir } from '../../helpers/temp-dir';
import { A, campaignKit, LEADER, type TestApi } from '../campaigns/campaign-test-kit';
import { buildPdf } from '../documents/fixtures/build-pdf';

/** Two data directories = two workstations: the leader's and reviewer A's. */
let leader: TestApi;
let reviewer: TestApi;
let out: ReturnType<typeof makeTempDir>;
beforeEach(async () => {
  leader = await openTestApi();
  reviewer = await openTestApi();
  out = makeTempDir('pingcha-exchange-');
});
afterEach(async () => {
  await leader.dispose();
  await reviewer.dispose();
  out.cleanup();
});
const L = campaignKit(() => leader);
const R = campaignKit(() => reviewer);

const count = async (
  api: TestApi,
  table: 'reviews' | 'review_items' | 'review_history' | 'audit_log' | 'cases',
) =>
  Number(
    (
      await api.runtime
        .db()
        .selectFrom(table)
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  );

/** The leader's side: a dossier with a PDF, a campaign, the dossier assigned to A. */
async function leaderSetup() {
  await L.as(LEADER);
  const caseId = await L.makeCase('某公司未按规定公示信息案', LEADER.unit);
  const s = leader.services;
  const batch = await s.imports.newBatch();
  await s.staging.writeFile(
    batch,
    '决定书.pdf',
    Readable.from([await buildPdf({ pages: ['Decision\nFine 2000 yuan'] })]),
  );
  await s.tasks.wait(s.imports.startFromBatch(batch, 'files', caseId).id);
  const campaign = await L.makeCampaign({ reviewersPerCase: 1 });
  await L.call('campaigns.addCase', { campaignId: campaign.id, caseId, reason: '抽查' });
  const memberA = campaign.members.find((m) => m.name === A.name)!;
  await L.call('campaigns.assign', { campaignId: campaign.id, caseId, memberId: memberA.id });
  return { caseId, campaignId: campaign.id, memberA };
}

describe('exchange between two workstations', () => {
  it('leader → reviewer → leader with the same ids; second imports change nothing; locked results are protected', async () => {
    const { caseId, campaignId, memberA } = await leaderSetup();
    const campaignZip = join(out.dir, 'campaign.zip');
    const exported = await leader.services.bundles.exportCampaign(campaignId, memberA.id, campaignZip);
    expect(exported.summary).toContain('1 个案卷、1 个文件');
    expect(statSync(campaignZip).size).toBe(exported.bytes);

    // Reviewer workstation: preview, import, import again.
    const rb = reviewer.services.bundles;
    const preview = await rb.importFile(campaignZip, { preview: true, expect: { kind: 'campaign' } });
    expect(preview).toMatchObject({
      applied: false,
      campaignId,
      counts: { 案卷: 1, 文件: 1, 分配任务: 1, 评查活动: 1 },
    });
    expect(await count(reviewer, 'cases')).toBe(0);
    const imported = await rb.importFile(campaignZip, { preview: false, expect: { kind: 'campaign' } });
    expect(imported.added).toBeGreaterThan(0);
    const again = await rb.importFile(campaignZip, { preview: false });
    expect(again.added).toBe(0);
    expect(again.message).toContain('没有新内容');
    // Same ids, the document's bytes arrived, and the reviewer identity was taken from the bundle.
    expect((await R.call('cases.get', { id: caseId })).name).toBe('某公司未按规定公示信息案');
    const [doc] = await R.call('documents.list', { caseId });
    expect(existsSync((await reviewer.services.documents.blob(doc!.id)).path)).toBe(true);
    expect(await reviewer.services.reviewer.get()).toMatchObject({ name: A.name, unit: A.unit });

    // The reviewer scores offline and exports results.
    const opened = await R.openFor(campaignId, A, caseId);
    await R.scoreAndSubmit(opened.reviewId);
    const resultsZip = join(out.dir, 'results.zip');
    await reviewer.services.bundles.exportResults(campaignId, resultsZip);

    // Leader: preview says what will be added and writes nothing.
    const lb = leader.services.bundles;
    const reviewsBefore = await count(leader, 'reviews');
    const auditBefore = await count(leader, 'audit_log');
    const p = await lb.importFile(resultsZip, { preview: true, expect: { kind: 'results', campaignId } });
    expect(p.counts['评查记录']).toBe(1);
    expect(p.counts['评分项']).toBeGreaterThan(10);
    expect(p.counts['审计记录']).toBeGreaterThan(10);
    expect(await count(leader, 'reviews')).toBe(reviewsBefore);
    expect(await count(leader, 'audit_log')).toBe(auditBefore);

    const merged = await lb.importFile(resultsZip, {
      preview: false,
      expect: { kind: 'results', campaignId },
    });
    expect(merged.counts).toEqual(p.counts);
    const snapshot = [
      await count(leader, 'reviews'),
      await count(leader, 'review_items'),
      await count(leader, 'review_history'),
      await count(leader, 'audit_log'),
    ];
    const second = await lb.importFile(resultsZip, {
      preview: false,
      expect: { kind: 'results', campaignId },
    });
    expect(second.added).toBe(0);
    expect(second.message).toMatch(/没有新内容.*本次未作任何改动/);
    expect([
      await count(leader, 'reviews'),
      await count(leader, 'review_items'),
      await count(leader, 'review_history'),
      await count(leader, 'audit_log'),
    ]).toEqual(snapshot);

    // Both chains verify on the leader: its own and the reviewer's, kept under the reviewer's origin.
    const verify = await L.call('audit.verify', {});
    expect(verify.ok).toBe(true);
    expect(verify.chains).toHaveLength(2);

    // The leader consolidates and locks.
    await L.as(LEADER);
    const cmp = await L.call('campaigns.comparison', { campaignId, caseId });
    expect(cmp.ready).toBe(true);
    expect(cmp.reviewers.map((r) => r.name)).toEqual([A.name]);
    await L.call('campaigns.adoptAgreed', { campaignId, caseId });
    expect((await L.call('campaigns.lock', { campaignId, caseId })).result.locked).toBe(true);

    // The reviewer reopens and changes a score: the leader refuses to overwrite a locked result.
    await R.call('reviews.reopen', { id: opened.reviewId, reason: '补充扣分理由' });
    const view = await R.call('reviews.get', { id: opened.reviewId });
    const item = view.results[0]!;
    await R.call('reviews.setItem', {
      id: opened.reviewId,
      itemCode: item.itemCode,
      finding: { status: 'ok', note: '改' },
    });
    const changedZip = join(out.dir, 'results-2.zip');
    await reviewer.services.bundles.exportResults(campaignId, changedZip);
    await expect(lb.importFile(changedZip, { preview: false })).rejects.toMatchObject({
      code: 'E_LOCKED',
      message: expect.stringMatching(/合议结果已锁定.*未导入任何内容/),
    });
    expect([
      await count(leader, 'reviews'),
      await count(leader, 'review_items'),
      await count(leader, 'review_history'),
      await count(leader, 'audit_log'),
    ]).toEqual([
      snapshot[0]! + 1, // the consolidated review
      expect.any(Number),
      expect.any(Number),
      expect.any(Number),
    ]);

    // Another campaign's bundle and the wrong kind are refused.
    await expect(
      lb.importFile(resultsZip, { preview: true, expect: { campaignId: 'SOMETHING-ELSE' } }),
    ).rejects.toMatchObject({
      code: 'E_CONFLICT',
      message: expect.stringContaining('另一个评查活动'),
    });
    await expect(
      lb.importFile(campaignZip, { preview: true, expect: { kind: 'results' } }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('此处需要结果包'),
    });
  });

  it('refuses a results bundle from someone who is not that panel member', async () => {
    const { campaignId, memberA } = await leaderSetup();
    const campaignZip = join(out.dir, 'campaign.zip');
    await leader.services.bundles.exportCampaign(campaignId, memberA.id, campaignZip);
    await reviewer.services.bundles.importFile(campaignZip, { preview: false });
    // Someone else at the reviewer's workstation: not a member, so no results bundle.
    await R.as({ name: '周某', unit: '某局', role: '评查员' });
    await expect(reviewer.services.bundles.exportResults(campaignId, join(out.dir, 'x.zip'))).rejects.toThrow(
      /不是该评查活动的成员/,
    );
  });
});
