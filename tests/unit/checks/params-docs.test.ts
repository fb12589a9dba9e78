import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RULE_PARAMS,
  DEFAULT_VALUE_NOTE,
  PARAM_DESCRIPTORS,
  loadRuleParams,
  parseRuleParams,
} from '../../../main/services/checks/params';
import { RULES } from '../../../main/services/checks/rules';
import { AppError } from '../../../preload/contract/app-error';

const docs = readFileSync(resolve(__dirname, '../../../docs/checks.md'), 'utf8');

function valueAt(path: string): unknown {
  return path.split('.').reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], DEFAULT_RULE_PARAMS);
}

describe('rule parameters', () => {
  it('defaults match domain.md §4.3', () => {
    expect(DEFAULT_RULE_PARAMS.publication.penaltyLicensingWorkingDays).toBe(7);
    expect(DEFAULT_RULE_PARAMS.publication.otherWorkingDays).toBe(20);
    expect(DEFAULT_RULE_PARAMS.decision.calendarDays).toBe(90);
    expect(DEFAULT_RULE_PARAMS.service.workingDays).toBe(7);
    expect(DEFAULT_RULE_PARAMS.hearing.requestWorkingDays).toBe(5);
    expect(DEFAULT_RULE_PARAMS.simpleProcedure).toEqual({ naturalPersonMax: 200, organisationMax: 3000 });
    expect(DEFAULT_RULE_PARAMS.seizure.maxDays).toBe(30);
    expect(DEFAULT_RULE_PARAMS.licensing).toEqual({ decisionWorkingDays: 20, extensionWorkingDays: 10 });
    expect([DEFAULT_RULE_PARAMS.enforcement.nightStart, DEFAULT_RULE_PARAMS.enforcement.nightEnd]).toEqual([
      '22:00',
      '06:00',
    ]);
    expect(DEFAULT_VALUE_NOTE).toBe('默认值，请按本地规定核对');
  });

  it('every descriptor points at a real parameter and has a legal basis', () => {
    for (const d of PARAM_DESCRIPTORS) {
      expect([d.path, valueAt(d.path)]).not.toEqual([d.path, undefined]);
      expect(d.legalBasis.length).toBeGreaterThan(1);
    }
  });

  it('partial overrides keep the other defaults; bad values are rejected with paths', () => {
    const p = loadRuleParams({ hearing: { largeFineOrganisation: 50_000 } });
    expect(p.hearing.largeFineOrganisation).toBe(50_000);
    expect(p.hearing.requestWorkingDays).toBe(5);
    const bad = parseRuleParams({
      service: { workingDays: -1 },
      enforcement: { nightStart: '25:00' },
      typo: 1,
    });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.issues.map((i) => i.path).sort()).toEqual([
        '',
        'enforcement.nightStart',
        'service.workingDays',
      ]);
    expect(() => loadRuleParams({ service: { workingDays: 'x' } })).toThrow(AppError);
  });
});

describe('docs/checks.md', () => {
  it('documents every rule id and every parameter', () => {
    for (const r of RULES) expect(docs).toMatch(new RegExp(`\\|\\s*${r.id}\\s*\\|`));
    for (const d of PARAM_DESCRIPTORS) expect(docs).toContain(`\`${d.path}\``);
  });
});
