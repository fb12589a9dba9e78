import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { call, callError, newCase } from './api-helpers';
import { CASE_YAML } from './dossier-fixture';

let api: Awaited<ReturnType<typeof openTestApi>>;
beforeAll(async () => (api = await openTestApi()));
afterAll(async () => api.dispose());

const gs3Of = async (caseId: string) =>
  (await call(api, 'checks.run', { caseId })).findings.find((f) => f.ruleId === 'GS-3')!;

describe('rule parameters', () => {
  it('starts at the defaults with their legal basis, and a saved override changes the verdict', async () => {
    const view = await call(api, 'params.get', {});
    expect(view.revision).toBe(0);
    const gs3 = view.descriptors.find((d) => d.key === 'publication.penaltyLicensingWorkingDays')!;
    expect(gs3).toMatchObject({ defaultValue: 7, value: 7, unit: '工作日' });
    expect(gs3.legalBasis).toContain('118');
    const caseId = await newCase(api);
    await call(api, 'facts.importYaml', { caseId, text: CASE_YAML });
    expect((await gs3Of(caseId)).result).toBe('不符合');
    const saved = await call(api, 'params.save', {
      params: { publication: { penaltyLicensingWorkingDays: 10 } },
      revision: 0,
    });
    expect(saved.revision).toBe(1);
    expect(saved.descriptors.find((d) => d.key === 'publication.penaltyLicensingWorkingDays')!.value).toBe(
      10,
    );
    expect((await gs3Of(caseId)).result).toBe('符合');
    await call(api, 'params.save', { params: {} });
  });

  it('refuses invalid parameters field by field and stale revisions', async () => {
    const error = await callError(api, 'params.save', {
      params: { publication: { penaltyLicensingWorkingDays: -1 } },
    });
    expect(error.code).toBe('E_INVALID_ARGS');
    expect(JSON.stringify(error.details)).toContain('publication.penaltyLicensingWorkingDays');
    expect((await callError(api, 'params.save', { params: {}, revision: 0 })).code).toBe('E_CONFLICT');
  });
});

describe('working calendar overrides', () => {
  it('refuses to declare a year complete without its holidays, and computes once it has them', async () => {
    const caseId = await newCase(api);
    await call(api, 'facts.importYaml', { caseId, text: CASE_YAML.replaceAll('2024-', '2027-') });
    const before = await gs3Of(caseId);
    expect(before.result).toBe('无法判定');
    expect(before.missingFacts).toContain('2027 年工作日历');
    const view = await call(api, 'calendar.get', {});
    expect(view.bundledYears).toContain(2024);
    expect(view.bundledYears).not.toContain(2027);
    const empty = await callError(api, 'calendar.save', { overrides: { loadedYears: [2027], days: [] } });
    expect(empty.code).toBe('E_INVALID_ARGS');
    expect(empty.message).toContain('2027 年没有录入任何放假安排');
    const dup = await callError(api, 'calendar.save', {
      overrides: {
        loadedYears: [2027],
        days: [
          { date: '2027-01-01', kind: 'holiday' },
          { date: '2027-01-01', kind: 'holiday' },
        ],
      },
    });
    expect(dup.message).toContain('重复');
    await call(api, 'calendar.save', {
      overrides: {
        version: '测试',
        loadedYears: [2027],
        days: [{ date: '2027-10-01', kind: 'holiday', name: '国庆节' }],
      },
    });
    const after = await gs3Of(caseId);
    expect(after.result).not.toBe('无法判定');
  });
});

describe('rosters', () => {
  it('fills certificate validity from the agency roster: an expired certificate fails RY-1', async () => {
    const caseId = await newCase(api);
    const yaml = CASE_YAML.replace(/officers:\n(?: {2}- .*\n)+/, '').replace('agency', 'agency');
    await call(api, 'facts.importYaml', { caseId, text: `agency: 随州市市场监督管理局\n${yaml}` });
    const ry1Before = (await call(api, 'checks.run', { caseId })).findings.find((f) => f.ruleId === 'RY-1')!;
    expect(ry1Before.result).toBe('无法判定');
    await call(api, 'rosters.save', {
      rosters: {
        agencies: [
          {
            name: '随州市市场监督管理局',
            officers: [
              {
                name: '张三',
                certificateNumber: '42010012345',
                validFrom: '2020-01-01',
                validTo: '2026-12-31',
                onPublicRoster: true,
              },
              {
                name: '李四',
                certificateNumber: '42010012346',
                validFrom: '2020-01-01',
                validTo: '2023-12-31',
                onPublicRoster: true,
              },
            ],
          },
        ],
      },
    });
    const ry1 = (await call(api, 'checks.run', { caseId })).findings.find((f) => f.ruleId === 'RY-1')!;
    expect(ry1.result).toBe('不符合');
    expect(ry1.explanation).toContain('李四');
    expect((await call(api, 'rosters.get', {})).rosters.agencies).toHaveLength(1);
    const bad = await callError(api, 'rosters.save', {
      rosters: { agencies: [{ name: '某局', officers: [{ name: '' }] }] },
    });
    expect(bad.code).toBe('E_INVALID_ARGS');
    expect(JSON.stringify(bad.details)).toContain('agencies.0.officers.0.name');
  });
});
