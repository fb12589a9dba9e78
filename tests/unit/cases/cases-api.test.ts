import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArgsOf } from '../../../preload/contract';
import { openTestApi } from '../../helpers/open-test-api';
import { maskIdNumber } from '../../../main/services/cases/mask-id-number';
import { routerCalls } from '../../helpers/router-calls';

let api: Awaited<ReturnType<typeof openTestApi>>;
beforeEach(async () => (api = await openTestApi()));
afterEach(async () => api.dispose());

const { call, callError } = routerCalls(() => api.router);

const sample = (over: Partial<ArgsOf<'cases.create'>['record']> = {}): ArgsOf<'cases.create'>['record'] => ({
  caseNumber: '随城管罚〔2024〕12号',
  name: '张某某占道经营案',
  agency: '随州市城市管理执法局',
  actType: '行政处罚',
  procedure: '普通',
  party: { name: '张某某', kind: '自然人', idNumber: '420102198001011234' },
  dates: { filed: '2024-08-01', decided: '2024-09-27', served: '2024-09-29', closed: null },
  penalty: { types: ['罚款'], amount: 2000 },
  officers: [{ name: '李四', certificateNumber: '42010012345' }],
  tags: ['重点'],
  ...over,
});

describe('case records', () => {
  it('creates and reads a full record with defaults filled', async () => {
    const { record, duplicateNumberOf } = await call('cases.create', { record: sample() });
    expect(duplicateNumberOf).toEqual([]);
    const read = await call('cases.get', { id: record.id });
    expect(read).toMatchObject({
      caseNumber: '随城管罚〔2024〕12号',
      party: { idNumber: '420102198001011234', kind: '自然人' },
      dates: { decided: '2024-09-27', closed: null },
      penalty: { types: ['罚款'], amount: 2000 },
      officers: [{ name: '李四', certificateNumber: '42010012345' }],
      status: '待评查',
      notes: '',
      documentCount: 0,
    });
  });

  it('warns (without refusing) when the case number is already used', async () => {
    const first = await call('cases.create', { record: sample() });
    const second = await call('cases.create', { record: sample({ name: '另一案' }) });
    expect(second.duplicateNumberOf).toEqual([{ id: first.record.id, name: '张某某占道经营案' }]);
  });

  it('updates a record and refuses unknown ids', async () => {
    const { record } = await call('cases.create', { record: sample() });
    const updated = await call('cases.update', {
      id: record.id,
      record: sample({ status: '评查中', notes: '已抽取' }),
    });
    expect(updated.record).toMatchObject({ status: '评查中', notes: '已抽取' });
    expect((await callError('cases.update', { id: 'nope', record: sample() })).code).toBe('E_NOT_FOUND');
  });

  it('rejects impossible dates and negative amounts with field paths', async () => {
    const bad = await callError('cases.create', { record: sample({ dates: { filed: '2024-02-30' } }) });
    expect(bad.code).toBe('E_INVALID_ARGS');
    expect(bad.message).toContain('record.dates.filed');
    expect(bad.message).toContain('不存在的日期');
    const negative = await callError('cases.create', { record: sample({ penalty: { amount: -5 } }) });
    expect(negative.message).toContain('record.penalty.amount');
    expect((await callError('cases.create', { record: sample({ name: '  ' }) })).message).toContain(
      '案件名称不能为空',
    );
  });

  it('deletes into a recycle bin and restores (undo)', async () => {
    const { record } = await call('cases.create', { record: sample() });
    await call('cases.delete', { id: record.id });
    expect((await callError('cases.get', { id: record.id })).code).toBe('E_NOT_FOUND');
    expect((await call('cases.list', {})).total).toBe(0);
    const restored = await call('cases.restore', { id: record.id });
    expect(restored.id).toBe(record.id);
    expect((await call('cases.list', {})).total).toBe(1);
    expect((await callError('cases.restore', { id: record.id })).code).toBe('E_NOT_FOUND');
  });
});

describe('case list', () => {
  beforeEach(async () => {
    const agencies = ['随州市城市管理执法局', '随州市市场监督管理局', '随州市生态环境局'];
    const types = ['行政处罚', '行政许可', '行政强制'] as const;
    for (let i = 0; i < 30; i++) {
      await call('cases.create', {
        record: sample({
          caseNumber: `NO-${String(i).padStart(3, '0')}`,
          name: i === 7 ? '100%_达标案' : `案件${i}`,
          agency: agencies[i % 3],
          actType: types[i % 3],
          dates: { decided: `2024-0${(i % 9) + 1}-15` },
          tags: i % 5 === 0 ? ['重点'] : [],
          party: { name: `当事人${i}`, idNumber: '420102198001011234' },
        }),
      });
    }
  });

  it('pages and counts', async () => {
    const page2 = await call('cases.list', {
      page: 2,
      pageSize: 10,
      sort: { field: 'caseNumber', direction: 'asc' },
    });
    expect(page2.total).toBe(30);
    expect(page2.rows.map((r) => r.caseNumber)).toEqual(
      Array.from({ length: 10 }, (_, i) => `NO-${String(i + 10).padStart(3, '0')}`),
    );
  });

  it('filters by agency, act type, tag and decision date range', async () => {
    expect((await call('cases.list', { filter: { agency: '随州市生态环境局' } })).total).toBe(10);
    expect((await call('cases.list', { filter: { actType: '行政许可' } })).total).toBe(10);
    expect((await call('cases.list', { filter: { tag: '重点' } })).total).toBe(6);
    const range = await call('cases.list', {
      filter: { decidedFrom: '2024-02-01', decidedTo: '2024-03-31' },
      pageSize: 100,
    });
    expect(range.rows.every((r) => r.decidedDate! >= '2024-02-01' && r.decidedDate! <= '2024-03-31')).toBe(
      true,
    );
    // Months 02 and 03 come from i % 9 ∈ {1, 2}: i = 1, 10, 19, 28 and 2, 11, 20, 29.
    expect(range.total).toBe(8);
  });

  it('searches text literally (% and _ are not wildcards)', async () => {
    expect((await call('cases.list', { filter: { text: '100%_' } })).rows.map((r) => r.name)).toEqual([
      '100%_达标案',
    ]);
    expect((await call('cases.list', { filter: { text: '当事人2' } })).total).toBe(11);
    expect((await call('cases.list', { filter: { text: '%' } })).total).toBe(1);
  });

  it('masks ID numbers in lists unless asked', async () => {
    const masked = await call('cases.list', { pageSize: 1 });
    expect(masked.rows[0]?.partyIdNumber).toBe('420102********1234');
    const clear = await call('cases.list', { pageSize: 1, unmask: true });
    expect(clear.rows[0]?.partyIdNumber).toBe('420102198001011234');
  });

  it('lists facets for the filters', async () => {
    const facets = await call('cases.facets', {});
    expect(facets.agencies).toHaveLength(3);
    expect(facets.tags).toEqual(['重点']);
  });
});

describe('case list: status filter and sorting', () => {
  // Five cases: two without a decision date, two at the same agency, each status more than once but one.
  const fixture = [
    { name: '甲案', agency: '随州市生态环境局', decided: '2024-03-10', status: '待评查' },
    { name: '乙案', agency: '随州市城市管理执法局', decided: null, status: '评查中' },
    { name: '丙案', agency: '随州市市场监督管理局', decided: '2024-01-05', status: '已评查' },
    { name: '丁案', agency: '广水市城市管理执法局', decided: '2024-12-31', status: '评查中' },
    { name: '戊案', agency: '随州市生态环境局', decided: null, status: '待评查' },
  ] as const;
  const ids: Record<string, string> = {};

  beforeEach(async () => {
    for (const [i, c] of fixture.entries()) {
      const { record } = await call('cases.create', {
        record: sample({
          caseNumber: `S-${i + 1}`,
          name: c.name,
          agency: c.agency,
          dates: { decided: c.decided },
          status: c.status,
        }),
      });
      ids[c.name] = record.id;
    }
  });

  const names = async (args: ArgsOf<'cases.list'>) =>
    (await call('cases.list', args)).rows.map((r) => r.name);
  /** Rows with equal sort keys follow their ids, in the same direction. */
  const byId = (direction: 'asc' | 'desc', ...tied: string[]) =>
    [...tied].sort((a, b) => (ids[a]! < ids[b]! ? -1 : 1) * (direction === 'asc' ? 1 : -1));

  it('filters by review status, alone and with other filters, and follows status changes', async () => {
    const byStatus = async (status: '待评查' | '评查中' | '已评查') => {
      const result = await call('cases.list', {
        filter: { status },
        sort: { field: 'caseNumber', direction: 'asc' },
      });
      expect(result.rows.every((r) => r.status === status)).toBe(true);
      expect(result.total).toBe(result.rows.length);
      return result.rows.map((r) => r.name);
    };
    expect(await byStatus('待评查')).toEqual(['甲案', '戊案']);
    expect(await byStatus('评查中')).toEqual(['乙案', '丁案']);
    expect(await byStatus('已评查')).toEqual(['丙案']);
    expect(await names({ filter: { status: '待评查', agency: '随州市生态环境局', text: '戊' } })).toEqual([
      '戊案',
    ]);
    expect((await callError('cases.list', { filter: { status: '已归档' } })).code).toBe('E_INVALID_ARGS');

    const jia = await call('cases.get', { id: ids['甲案']! });
    const { caseNumber, name, agency, actType, procedure, party, dates, penalty, officers, tags, notes } =
      jia;
    await call('cases.update', {
      id: jia.id,
      record: {
        caseNumber,
        name,
        agency,
        actType,
        procedure,
        party,
        dates,
        penalty,
        officers,
        tags,
        notes,
        status: '已评查',
      },
    });
    expect(await byStatus('待评查')).toEqual(['戊案']);
    expect(await byStatus('已评查')).toEqual(['甲案', '丙案']);
    // The default order is most recently changed first.
    expect((await names({}))[0]).toBe('甲案');
  });

  it('sorts by decision date both ways; cases without one count as earliest', async () => {
    expect(await names({ sort: { field: 'decidedDate', direction: 'asc' } })).toEqual([
      ...byId('asc', '乙案', '戊案'),
      '丙案',
      '甲案',
      '丁案',
    ]);
    expect(await names({ sort: { field: 'decidedDate', direction: 'desc' } })).toEqual([
      '丁案',
      '甲案',
      '丙案',
      ...byId('desc', '乙案', '戊案'),
    ]);
    // Paging keeps the same order, nulls included.
    const paged: string[] = [];
    for (const page of [1, 2, 3])
      paged.push(...(await names({ sort: { field: 'decidedDate', direction: 'desc' }, page, pageSize: 2 })));
    expect(paged).toEqual(await names({ sort: { field: 'decidedDate', direction: 'desc' } }));
    // The date range leaves undated cases out.
    expect(
      await names({
        filter: { decidedFrom: '2024-01-01', decidedTo: '2024-12-31' },
        sort: { field: 'decidedDate', direction: 'asc' },
      }),
    ).toEqual(['丙案', '甲案', '丁案']);
  });

  it('sorts by agency both ways (by character code), ties by id', async () => {
    expect(await names({ sort: { field: 'agency', direction: 'asc' } })).toEqual([
      '丁案', // 广水市…
      '乙案', // 随州市城市…
      '丙案', // 随州市市场…
      ...byId('asc', '甲案', '戊案'), // 随州市生态环境局 ×2
    ]);
    expect(await names({ sort: { field: 'agency', direction: 'desc' } })).toEqual([
      ...byId('desc', '甲案', '戊案'),
      '丙案',
      '乙案',
      '丁案',
    ]);
  });

  it('sorts by case number and by name both ways', async () => {
    expect(await names({ sort: { field: 'caseNumber', direction: 'asc' } })).toEqual(
      fixture.map((c) => c.name),
    );
    expect(await names({ sort: { field: 'caseNumber', direction: 'desc' } })).toEqual(
      fixture.map((c) => c.name).reverse(),
    );
    // 丁 U+4E01 < 丙 U+4E19 < 乙 U+4E59 < 戊 U+620A < 甲 U+7532
    expect(await names({ sort: { field: 'name', direction: 'asc' } })).toEqual([
      '丁案',
      '丙案',
      '乙案',
      '戊案',
      '甲案',
    ]);
    expect(await names({ sort: { field: 'name', direction: 'desc' } })).toEqual([
      '甲案',
      '戊案',
      '乙案',
      '丙案',
      '丁案',
    ]);
  });
});

describe('maskIdNumber', () => {
  it('keeps only the ends visible', () => {
    expect(maskIdNumber('91420100MA4K12345X')).toBe('914201********345X');
    expect(maskIdNumber('12345')).toBe('****5');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('next case (save and next)', () => {
  it('walks live cases by case number, skipping deleted ones, and ends with null', async () => {
    const ids: Record<string, string> = {};
    for (const n of ['B-2', 'A-1', 'C-3'])
      ids[n] = (await call('cases.create', { record: sample({ caseNumber: n, name: n }) })).record.id;
    await call('cases.delete', { id: ids['B-2']! });
    expect(await call('cases.next', { id: ids['A-1']! })).toEqual({ id: ids['C-3'] });
    expect(await call('cases.next', { id: ids['C-3']! })).toEqual({ id: null });
    expect((await callError('cases.next', { id: 'nope' })).code).toBe('E_NOT_FOUND');
  });
});
