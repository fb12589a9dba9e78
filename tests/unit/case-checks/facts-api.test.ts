import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestApi } from '../../helpers/open-test-api';
import { call, callError, newCase } from './api-helpers';
import { CASE_YAML } from './dossier-fixture';

let api: Awaited<ReturnType<typeof openTestApi>>;
beforeAll(async () => (api = await openTestApi()));
afterAll(async () => api.dispose());

describe('facts.save / facts.importYaml', () => {
  it('validates with per-field Chinese errors and changes nothing on error', async () => {
    const caseId = await newCase(api);
    const error = await callError(api, 'facts.save', {
      caseId,
      facts: { actType: '行政处罚', events: { decision: { date: '2024-02-30' }, publicaton: {} } },
    });
    expect(error.code).toBe('E_INVALID_ARGS');
    const issues = (error.details as { issues: { path: string; label: string; message: string }[] }).issues;
    expect(issues.map((i) => i.path)).toEqual(expect.arrayContaining(['events.decision.date', 'events']));
    expect(issues.find((i) => i.path === 'events.decision.date')!.message).toContain('2024年2月只有 29 天');
    expect(issues.find((i) => i.path === 'events')!.message).toContain('未知字段：publicaton');
    expect((await call(api, 'facts.get', { caseId })).facts).toBeNull();
  });

  it('imports case.yaml, renders it back, and detects concurrent edits', async () => {
    const caseId = await newCase(api);
    const saved = await call(api, 'facts.importYaml', { caseId, text: CASE_YAML });
    expect(saved.revision).toBe(1);
    expect(saved.yaml).toContain('actType: 行政处罚');
    expect(saved.yaml).toContain("date: '2024-09-27'");
    const again = await call(api, 'facts.save', { caseId, facts: saved.facts, revision: 1 });
    expect(again.revision).toBe(2);
    expect((await callError(api, 'facts.save', { caseId, facts: saved.facts, revision: 1 })).code).toBe(
      'E_CONFLICT',
    );
    const bad = await callError(api, 'facts.importYaml', { caseId, text: 'actType: 行政处罚\nevents: [' });
    expect(bad.message).toMatch(/YAML 语法错误/);
    expect((await callError(api, 'facts.save', { caseId: 'NOPE', facts: saved.facts })).code).toBe(
      'E_NOT_FOUND',
    );
  });
});

describe('checks.run on stored facts (domain.md §5.3 example)', () => {
  it('decision 2024-09-27 published 2024-10-14 → GS-3 不符合, naming the make-up working day', async () => {
    const caseId = await newCase(api);
    await call(api, 'facts.importYaml', { caseId, text: CASE_YAML });
    const run = await call(api, 'checks.run', { caseId });
    const byId = Object.fromEntries(run.findings.map((f) => [f.ruleId, f]));
    expect(byId['GS-3']).toMatchObject({ result: '不符合', title: expect.stringContaining('公示') });
    expect(byId['GS-3']!.explanation).toContain('2024-10-12（星期六，国庆节调休上班）');
    expect(byId['GS-3']!.legalBasis).toMatch(/118/);
    expect(byId['QX-SERVE']!.result).toBe('符合');
    expect(byId['QX-90']!.result).toBe('符合');
    expect(byId['FZ-2']!.result).toBe('符合');
  });

  it('publishing on 2024-10-12 (the make-up Saturday) is in time', async () => {
    const caseId = await newCase(api);
    await call(api, 'facts.importYaml', {
      caseId,
      text: CASE_YAML.replace('publication: { date: 2024-10-14', 'publication: { date: 2024-10-12'),
    });
    const gs3 = (await call(api, 'checks.run', { caseId })).findings.find((f) => f.ruleId === 'GS-3')!;
    expect(gs3.result).toBe('符合');
  });
});

describe('checks.timeline', () => {
  it('orders the events, computes last days and flags the late publication', async () => {
    const caseId = await newCase(api);
    await call(api, 'facts.importYaml', { caseId, text: CASE_YAML });
    const t = await call(api, 'checks.timeline', { caseId });
    expect(t.events.map((e) => e.key)).toEqual([
      'filing',
      'investigations.0',
      'notices.0.issued',
      'notices.0.served',
      'legalReviews.0',
      'decision',
      'decisionService',
      'publication',
    ]);
    expect(t.events.map((e) => e.date)).toEqual([...t.events.map((e) => e.date)].sort());
    expect(t.events.find((e) => e.key === 'publication')!.violations).toEqual(['GS-3']);
    expect(t.events.filter((e) => e.violations.length > 0)).toHaveLength(1);
    const byKey = Object.fromEntries(t.deadlines.map((d) => [d.key, d]));
    expect(byKey.publication).toMatchObject({
      lastDay: '2024-10-12',
      to: '2024-10-14',
      status: 'violated',
      period: '7 个工作日',
    });
    expect(byKey.service).toMatchObject({ lastDay: '2024-10-12', to: '2024-09-29', status: 'met' });
    expect(byKey['decision-90']).toMatchObject({ lastDay: '2024-10-30', status: 'met' });
    // 2024-09-03 + 5 working days = 2024-09-10; the decision on 09-27 comes after it.
    expect(byKey['statement-0']).toMatchObject({ lastDay: '2024-09-10', mode: 'after', status: 'met' });
    expect(t.problems).toEqual([]);
  });

  it('reports missing facts instead of drawing an empty timeline silently', async () => {
    const caseId = await newCase(api);
    const t = await call(api, 'checks.timeline', { caseId });
    expect(t.events).toEqual([]);
    expect(t.problems).toEqual(['尚未录入案件事实']);
  });

  it('leaves the last day open when the calendar lacks the year', async () => {
    const caseId = await newCase(api);
    await call(api, 'facts.importYaml', { caseId, text: CASE_YAML.replaceAll('2024-', '2027-') });
    const t = await call(api, 'checks.timeline', { caseId });
    const publication = t.deadlines.find((d) => d.key === 'publication')!;
    expect(publication).toMatchObject({ lastDay: null, status: 'unknown' });
    expect(t.problems.join('')).toContain('2027');
  });
});
