import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RULES } from '../../../main/services/checks';
import { openTestApi } from '../../helpers/open-test-api';
import { call, callError, newCase } from './api-helpers';

let api: Awaited<ReturnType<typeof openTestApi>>;
beforeAll(async () => (api = await openTestApi()));
afterAll(async () => api.dispose());

describe('checks.run', () => {
  it('answers every rule with 无法判定 naming the missing facts when none were entered', async () => {
    const caseId = await newCase(api);
    const run = await call(api, 'checks.run', { caseId });
    expect(run.caseId).toBe(caseId);
    expect(run.findings.map((f) => f.ruleId)).toEqual(RULES.map((r) => r.id));
    for (const f of run.findings) {
      expect(f.result).toBe('无法判定');
      expect(f.title).toBe(RULES.find((r) => r.id === f.ruleId)?.title);
      expect(f.missingFacts?.join('、')).toContain('行为类型');
    }
    expect(Number.isNaN(Date.parse(run.computedAt))).toBe(false);
  });

  it('refuses an unknown case', async () => {
    expect((await callError(api, 'checks.run', { caseId: 'NOPE' })).code).toBe('E_NOT_FOUND');
  });
});
