import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  allocateProportionally,
  drawStratifiedSample,
} from '../../../main/services/campaigns/stratified-sample';
import { openTestApi } from '../../helpers/open-test-api';
import { campaignKit, type TestApi } from './campaign-test-kit';

const library = (spec: Record<string, number>) =>
  Object.entries(spec).flatMap(([key, n]) => {
    const [agency, actType] = key.split('|') as [string, string];
    return Array.from({ length: n }, (_, i) => ({
      id: `${agency}-${actType}-${String(i).padStart(3, '0')}`,
      agency,
      actType,
    }));
  });

describe('proportional allocation (largest remainder)', () => {
  it('matches a hand-worked example', () => {
    // 10 of 60/30/10 → exactly 6 / 3 / 1; 7 → 4.2 / 2.1 / 0.7 → floors 4 / 2 / 0, the one left goes to 0.7
    expect(allocateProportionally([60, 30, 10], 10)).toEqual([6, 3, 1]);
    expect(allocateProportionally([60, 30, 10], 7)).toEqual([4, 2, 1]);
    // Ties in the remainder go to the earlier stratum.
    expect(allocateProportionally([1, 1, 1], 2)).toEqual([1, 1, 0]);
  });

  it('always sums to min(n, N) and never exceeds a stratum', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 1, max: 400 }),
        (pops, n) => {
          const q = allocateProportionally(pops, n);
          const total = pops.reduce((s, p) => s + p, 0);
          expect(q.reduce((s, x) => s + x, 0)).toBe(Math.min(n, total));
          q.forEach((x, i) => expect(x).toBeLessThanOrEqual(pops[i]!));
          // Proportional within one dossier of the exact share.
          if (n <= total)
            q.forEach((x, i) => expect(Math.abs(x - (n * pops[i]!) / total)).toBeLessThan(1 + 1e-9));
        },
      ),
    );
  });
});

describe('stratified draw', () => {
  const lib = library({
    '市场监管局|行政处罚': 40,
    '市场监管局|行政许可': 10,
    '生态环境局|行政处罚': 30,
    '城管局|行政处罚': 20,
  });

  it('is reproducible from the seed whatever the library order, and differs for another seed', () => {
    const a = drawStratifiedSample(lib, 20, '2024-第一批');
    const b = drawStratifiedSample([...lib].reverse(), 20, '2024-第一批');
    expect(b.caseIds).toEqual(a.caseIds);
    const c = drawStratifiedSample(lib, 20, '2024-第二批');
    expect(c.caseIds).not.toEqual(a.caseIds);
    expect(new Set(a.caseIds).size).toBe(20);
  });

  it('draws each stratum in proportion and reports the distribution', () => {
    const d = drawStratifiedSample(lib, 20, 'seed');
    const quota = Object.fromEntries(d.strata.map((s) => [`${s.agency}|${s.actType}`, s.quota]));
    expect(quota).toEqual({
      '城管局|行政处罚': 4,
      '市场监管局|行政处罚': 8,
      '市场监管局|行政许可': 2,
      '生态环境局|行政处罚': 6,
    });
    for (const s of d.strata)
      for (const id of s.caseIds) expect(id.startsWith(`${s.agency}-${s.actType}`)).toBe(true);
    expect(d.byAgency).toEqual([
      { key: '市场监管局', count: 10, percent: 50 },
      { key: '生态环境局', count: 6, percent: 30 },
      { key: '城管局', count: 4, percent: 20 },
    ]);
    expect(d.byActType).toEqual([
      { key: '行政处罚', count: 18, percent: 90 },
      { key: '行政许可', count: 2, percent: 10 },
    ]);
  });
});

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const kit = campaignKit(() => api);

describe('campaign sampling through the API', () => {
  it('previews, confirms the same draw, records the seed, honours the scope and excludes dossiers already in', async () => {
    for (let i = 0; i < 6; i += 1) await kit.makeCase(`甲局案${i}`, '甲局', '2024-03-01');
    for (let i = 0; i < 4; i += 1) await kit.makeCase(`乙局案${i}`, '乙局', '2024-04-01');
    await kit.makeCase('范围外的案', '甲局', '2023-12-31');
    const campaign = await kit.makeCampaign({
      scope: { closedFrom: '2024-01-01', closedTo: '2024-12-31', actTypes: [], agencies: [] },
    });
    const preview = await kit.call('campaigns.previewSample', {
      campaignId: campaign.id,
      params: { size: 5 },
    });
    expect(preview.population).toBe(10);
    expect(preview.seed).toMatch(/^[0-9a-f]{12}$/);
    expect(preview.byAgency).toEqual([
      { key: '甲局', count: 3, percent: 60 },
      { key: '乙局', count: 2, percent: 40 },
    ]);
    const again = await kit.call('campaigns.previewSample', {
      campaignId: campaign.id,
      params: { size: 5, seed: preview.seed },
    });
    expect(again.caseIds).toEqual(preview.caseIds);
    const confirmed = await kit.call('campaigns.confirmSample', {
      campaignId: campaign.id,
      params: { size: 5, seed: preview.seed },
    });
    expect(confirmed.caseIds).toEqual(preview.caseIds);
    const sample = await api.runtime
      .db()
      .selectFrom('campaign_samples')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(sample.seed).toBe(preview.seed);
    expect(JSON.parse(sample.case_ids)).toEqual(preview.caseIds);
    const cases = await kit.call('campaigns.cases', { campaignId: campaign.id });
    expect(cases.map((c) => c.caseId).sort()).toEqual([...preview.caseIds].sort());
    expect(cases.every((c) => c.source === 'sampled' && c.stratum.includes(' × '))).toBe(true);
    // A second draw only sees the 5 dossiers not yet in the campaign.
    const next = await kit.call('campaigns.previewSample', { campaignId: campaign.id, params: { size: 50 } });
    expect(next.population).toBe(5);
    expect(next.caseIds.some((id) => preview.caseIds.includes(id))).toBe(false);
  });

  it('adds and removes dossiers by hand with reasons, and refuses bad input with Chinese messages', async () => {
    const caseId = await kit.makeCase('手工加入的案', '丙局');
    const campaign = await kit.makeCampaign();
    const added = await kit.call('campaigns.addCase', {
      campaignId: campaign.id,
      caseId,
      reason: '专项检查重点',
    });
    expect(added).toMatchObject({ source: 'manual', reason: '专项检查重点' });
    expect(
      (await kit.callError('campaigns.addCase', { campaignId: campaign.id, caseId, reason: '再加' })).code,
    ).toBe('E_CONFLICT');
    const removed = await kit.call('campaigns.removeCase', {
      campaignId: campaign.id,
      caseId,
      reason: '案卷不完整',
    });
    expect(removed).toMatchObject({ removedReason: '案卷不完整' });
    expect(removed.removedAt).not.toBeNull();
    expect(
      (await kit.callError('campaigns.removeCase', { campaignId: campaign.id, caseId, reason: '' })).code,
    ).toBe('E_INVALID_ARGS');
    const empty = await kit.callError('campaigns.previewSample', {
      campaignId: campaign.id,
      params: { size: 3 },
    });
    expect(empty.code).toBe('E_CONFLICT');
    expect(
      (await kit.callError('campaigns.previewSample', { campaignId: 'nope', params: { size: 3 } })).code,
    ).toBe('E_NOT_FOUND');
    const bad = await kit.callError('campaigns.update', {
      id: campaign.id,
      settings: {
        name: 'x',
        year: 2024,
        scope: { closedFrom: '2024-12-01', closedTo: '2024-01-01', actTypes: [], agencies: [] },
      },
    });
    expect(bad.code).toBe('E_INVALID_ARGS');
    expect(bad.message).toContain('结案日期范围');
  });
});
