import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApi } from '../../../main/api/open-api';
import { caseFactsFromRecord } from '../../../main/services/reviews/case-facts-from-record';
import { openTestApi } from '../../helpers/open-test-api';
import { apiCalls, type TestApi } from './review-api-helpers';

let api: TestApi;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());
const { call, setup } = apiCalls(() => api);

describe('review storage', () => {
  it('keeps the reviewer identity in settings across service instances', async () => {
    expect(await call('reviewer.get', {})).toEqual({ identity: null });
    await call('reviewer.set', { identity: { name: ' 李四 ', unit: '', role: '组长' } });
    const row = await api.runtime
      .db()
      .selectFrom('settings')
      .select('value')
      .where('key', '=', 'reviewer.identity')
      .executeTakeFirst();
    expect(JSON.parse(row!.value)).toEqual({ name: '李四', unit: '', role: '组长' });
    expect(await call('reviewer.get', {})).toEqual({ identity: { name: '李四', unit: '', role: '组长' } });
  });

  it('history is append-only in the database itself', async () => {
    const { caseId, versionId } = await setup();
    const { review } = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    await call('reviews.setItem', { id: review.id, itemCode: '1.1', finding: { status: 'ok' } });
    const db = api.runtime.db();
    await expect(sql`update review_history set actor_name = 'x'`.execute(db)).rejects.toThrow(/append-only/);
    const rows = await db.selectFrom('review_history').select('actor_name').execute();
    expect(rows.every((r) => r.actor_name === '王评查')).toBe(true);
  });

  it('derives only the facts the case record establishes', () => {
    const base = {
      id: 'c',
      documentCount: 0,
      createdAt: '',
      updatedAt: '',
      caseNumber: '',
      name: 'x',
      agency: '',
      sector: '',
      actType: '行政许可' as const,
      procedure: null,
      party: { name: '', kind: null, idNumber: '' },
      dates: { filed: null, decided: null, served: null, closed: null },
      penalty: { types: [], amount: null },
      officers: [],
      tags: [],
      notes: '',
      status: '待评查' as const,
    };
    expect(caseFactsFromRecord(base)).toEqual({ actType: '行政许可' });
    expect(
      caseFactsFromRecord({
        ...base,
        procedure: '简易',
        penalty: { types: ['警告'], amount: null },
        dates: { ...base.dates, closed: '2024-10-01' },
      }),
    ).toEqual({ actType: '行政许可', procedure: '简易', penaltyImposed: true, caseClosed: true });
  });

  it('a review survives reopening the data directory, with its results and timestamps', async () => {
    const { caseId, versionId } = await setup();
    const { review } = await call('reviews.openOrCreate', { caseId, standardVersionId: versionId });
    await call('reviews.setItem', {
      id: review.id,
      itemCode: '0.3',
      finding: { status: 'veto', note: '处罚对象错误' },
    });
    const dataDir = api.dataDir;
    await api.close();
    const again = await openApi({ dataDir, mode: 'test' });
    try {
      const r = await again.router.dispatch('reviews.get', { id: review.id }, { transport: 'test' });
      expect(r.ok).toBe(true);
      if (r.ok) {
        const view = r.value as {
          results: Array<{ itemCode: string; note?: string; updatedAt: string }>;
          report: { total: number };
        };
        expect(view.results).toEqual([expect.objectContaining({ itemCode: '0.3', note: '处罚对象错误' })]);
        expect(view.results[0]!.updatedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
        expect(view.report.total).toBe(0);
      }
    } finally {
      await again.close();
    }
  });
});
