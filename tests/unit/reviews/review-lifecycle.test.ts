import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { apiCalls, type TestApi } from './review-api-helpers';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const { call, callError, setup } = apiCalls(() => api);

describe('review lifecycle', () => {
  it('refuses to open a review before the reviewer identity is set', async () => {
    const { record } = await call('cases.create', { record: { name: '案' } });
    const [first] = await call('standards.list', {});
    const error = await callError('reviews.openOrCreate', {
      caseId: record.id,
      standardVersionId: first!.id,
    });
    expect(error.code).toBe('E_CONFLICT');
    expect(error.message).toContain('评查人员');
  });

  it('opens one review per reviewer and returns the same one again', async () => {
    const { caseId, versionId } = await setup();
    const a = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    const b = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    expect(b.review.id).toBe(a.review.id);
    expect(a.review.reviewer).toEqual({ name: '王评查', unit: '市司法局', role: '评查员' });
    expect(a.review.standardHash).toMatch(/^[0-9a-f]{64}$/);
    expect(a.facts).toMatchObject({ actType: '行政处罚', procedure: '普通' });
    expect(a.report.complete).toBe(false);
    await call('reviewer.set', { identity: { name: '李复核', unit: '市司法局', role: '复核员' } });
    const c = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    expect(c.review.id).not.toBe(a.review.id);
    expect(await call('reviews.listForCase', { caseId })).toHaveLength(2);
  });

  it('autosaves, scores, submits, locks, and reopens only with a logged reason', async () => {
    const { caseId, versionId } = await setup();
    const { review } = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    const view = await call('reviews.get', { id: review.id });
    const item11 = view.standard.sections[1]!.items[0]!;
    expect(item11.code).toBe('1.1');
    const option = item11.options[0]!;
    const r = await call('reviews.setItem', {
      id: review.id,
      itemCode: '1.1',
      finding: { status: 'deduct', optionIds: [option.id], note: '登记表缺来源' },
    });
    expect(r.report.total).toBeLessThan(100);
    expect(r.item?.note).toBe('登记表缺来源');
    const afterDeduct = (await call('reviews.get', { id: review.id })).report.total;
    expect(afterDeduct).toBe(100 - option.points);

    // Veto wins over points: 0.1 is zero_total.
    const vetoed = await call('reviews.setItem', {
      id: review.id,
      itemCode: '0.1',
      finding: { status: 'veto', reason: '超越职权' },
    });
    expect(vetoed.report.total).toBe(0);
    expect(vetoed.report.grade.pass).toBe(false);
    expect(vetoed.report.vetoes.map((v) => v.itemCode)).toEqual(['0.1']);
    const cleared = await call('reviews.setItem', { id: review.id, itemCode: '0.1', finding: null });
    expect(cleared.report.total).toBe(afterDeduct);

    // Submitting an incomplete review is refused with the missing codes.
    const incomplete = await callError('reviews.submit', { id: review.id });
    expect(incomplete.code).toBe('E_CONFLICT');

    const current = await call('reviews.get', { id: review.id });
    for (const code of current.report.unscoredItemCodes) {
      await call('reviews.setItem', { id: review.id, itemCode: code, finding: { status: 'ok' } });
    }
    const submitted = await call('reviews.submit', { id: review.id });
    expect(submitted.review.status).toBe('submitted');
    expect(submitted.report.complete).toBe(true);

    const write = await callError('reviews.setItem', {
      id: review.id,
      itemCode: '1.1',
      finding: { status: 'ok' },
    });
    expect(write.code).toBe('E_LOCKED');
    expect((await callError('reviews.submit', { id: review.id })).code).toBe('E_LOCKED');
    expect((await callError('reviews.reopen', { id: review.id, reason: '  ' })).code).toBe('E_INVALID_ARGS');

    const reopened = await call('reviews.reopen', { id: review.id, reason: '复核发现 1.1 扣分有误' });
    expect(reopened.review.status).toBe('draft');
    expect(reopened.review.reopenReason).toBe('复核发现 1.1 扣分有误');
    // Saving an unchanged value writes no history; a real change after reopening does.
    await call('reviews.setItem', { id: review.id, itemCode: '1.1', finding: { status: 'ok' } });
    await call('reviews.setItem', {
      id: review.id,
      itemCode: '1.1',
      finding: { status: 'deduct', optionIds: [option.id] },
    });

    const history = await call('reviews.history', { id: review.id });
    const kinds = history.map((h) => h.kind);
    expect(kinds[0]).toBe('created');
    expect(kinds).toContain('submitted');
    const reopenEntry = history.find((h) => h.kind === 'reopened');
    expect(reopenEntry?.reason).toBe('复核发现 1.1 扣分有误');
    expect(reopenEntry?.actor.name).toBe('王评查');

    const item = await call('reviews.history', { id: review.id, itemCode: '1.1' });
    expect(item.map((h) => h.kind)).toEqual(['set', 'set', 'set']);
    expect(item[0]!.oldValue).toBeNull();
    expect(item[1]!.oldValue?.status).toBe('deduct');
    expect(item[1]!.newValue?.status).toBe('ok');
    expect(item[2]!.newValue).toMatchObject({ status: 'deduct', optionIds: [option.id] });
    expect(item.every((h) => h.actor.name === '王评查' && h.at.length > 0)).toBe(true);
  });
});
