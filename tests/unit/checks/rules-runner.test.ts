import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RULES, runAllRules, runAllRulesOnInput } from '../../../main/services/checks/rules';
import { DEFAULT_RULE_PARAMS } from '../../../main/services/checks/params';
import { calendar, caseWith, check, goodPenaltyCase } from './case-builder';

const RESULTS = ['符合', '不符合', '不适用', '无法判定'];

describe('registry', () => {
  it('has the 23 rules with unique stable ids, a system, a title and a legal basis', () => {
    const ids = RULES.map((r) => r.id);
    expect(ids).toEqual([
      'GS-1',
      'GS-2',
      'GS-3',
      'JL-1',
      'JL-2',
      'JL-3',
      'FZ-1',
      'FZ-2',
      'FZ-4',
      'FZ-5',
      'FZ-7',
      'RY-1',
      'QX-WAIT',
      'QX-90',
      'QX-SERVE',
      'QX-HEAR',
      'QX-SIMPLE',
      'QX-PAY',
      'QX-LIC',
      'QX-PRESERVE',
      'QX-SEIZE',
      'QX-ENF',
      'SW-1',
    ]);
    for (const r of RULES) {
      expect(r.legalBasis.length).toBeGreaterThan(10);
      expect(r.title.length).toBeGreaterThan(3);
      expect(['公示', '全过程记录', '法制审核', '程序']).toContain(r.system);
    }
  });
});

describe('runAllRules on the compliant sample case', () => {
  it('gives exactly the expected results', () => {
    const findings = runAllRules(caseWith(), DEFAULT_RULE_PARAMS, calendar);
    const byId = Object.fromEntries(findings.map((f) => [f.ruleId, f.result]));
    expect(byId).toEqual({
      'GS-1': '符合',
      'GS-2': '符合',
      'GS-3': '符合',
      'JL-1': '符合',
      'JL-2': '不适用',
      'JL-3': '不适用',
      'FZ-1': '不适用',
      'FZ-2': '符合',
      'FZ-4': '符合',
      'FZ-5': '符合',
      'FZ-7': '不适用',
      'RY-1': '符合',
      'QX-WAIT': '符合',
      'QX-90': '符合',
      'QX-SERVE': '符合',
      'QX-HEAR': '不适用',
      'QX-SIMPLE': '不适用',
      'QX-PAY': '符合',
      'QX-LIC': '不适用',
      'QX-PRESERVE': '不适用',
      'QX-SEIZE': '不适用',
      'QX-ENF': '不适用',
      'SW-1': '不适用',
    });
    for (const f of findings) {
      expect(f.explanation.length).toBeGreaterThan(3);
      expect(f.legalBasis).toBe(RULES.find((r) => r.id === f.ruleId)?.legalBasis);
    }
  });

  it('carries provenance of the facts used as evidence', () => {
    expect(check('GS-2', caseWith()).evidence).toEqual([
      { documentId: 'doc-3', page: 5, quote: '向当事人出示执法证件' },
    ]);
  });
});

describe('bad input never crashes', () => {
  it('a year missing from the calendar gives 无法判定 naming the year', () => {
    const facts = caseWith((c) => {
      c.events.decision = { date: '2027-03-01', penaltyTypes: ['罚款'], amount: 2000 };
      c.events.publication = { date: '2027-03-05' };
    });
    const f = check('GS-3', facts);
    expect(f.result).toBe('无法判定');
    expect(f.missingFacts).toEqual(['2027 年工作日历']);
    expect(f.explanation).toContain('2027');
  });

  it('invalid raw input makes every rule 无法判定 with the problems named', () => {
    const findings = runAllRulesOnInput(
      { actType: '行政处罚', events: { decision: { date: '2024-02-30' } } },
      DEFAULT_RULE_PARAMS,
      calendar,
    );
    expect(findings).toHaveLength(RULES.length);
    for (const f of findings) {
      expect(f.result).toBe('无法判定');
      expect(f.explanation).toContain('2024-02-30');
    }
  });

  it('valid raw input is parsed and checked', () => {
    const findings = runAllRulesOnInput(goodPenaltyCase(), DEFAULT_RULE_PARAMS, calendar);
    expect(findings.find((f) => f.ruleId === 'GS-3')?.result).toBe('符合');
  });

  it('random facts (any dates, any order, unknown people) always yield one valid finding per rule', () => {
    const date = fc
      .integer({ min: 0, max: 5 * 366 })
      .map((n) => new Date(Date.UTC(2023, 0, 1 + n)).toISOString().slice(0, 10));
    const time = fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
    const name = fc.constantFrom('张三', '李四', '王五', '陌生人');
    const opt = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
    const facts = fc.record({
      actType: fc.constantFrom('行政处罚', '行政许可', '行政强制', '其他'),
      procedure: opt(fc.constantFrom('简易', '普通')),
      party: opt(fc.record({ kind: fc.constantFrom('自然人', '法人', '其他组织') })),
      officers: fc.array(
        fc.record({ name, validFrom: opt(date), validTo: opt(date), onPublicRoster: opt(fc.boolean()) }),
        { maxLength: 3 },
      ),
      legalReviewers: fc.array(
        fc.record({ name, legalQualification: opt(fc.boolean()), firstAppointedDate: opt(date) }),
        { maxLength: 2 },
      ),
      events: fc.record({
        filing: opt(fc.record({ date })),
        investigations: fc.array(
          fc.record({
            kind: fc.constantFrom('现场检查', '询问'),
            date,
            startTime: opt(time),
            officers: fc.array(name, { maxLength: 3 }),
            certificateShown: opt(fc.boolean()),
          }),
          { maxLength: 2 },
        ),
        preservations: fc.array(
          fc.record({
            date,
            approvalDate: opt(date),
            handledDate: opt(date),
            officers: fc.array(name, { maxLength: 2 }),
          }),
          { maxLength: 1 },
        ),
        seizures: fc.array(
          fc.record({
            kind: fc.constantFrom('查封', '扣押'),
            date,
            time: opt(time),
            approvalDate: opt(date),
            approvalTime: opt(time),
            emergency: opt(fc.boolean()),
            releaseDate: opt(date),
            extensionDays: opt(fc.integer({ min: 0, max: 60 })),
            officers: fc.array(name, { maxLength: 2 }),
          }),
          { maxLength: 2 },
        ),
        notices: fc.array(
          fc.record({
            issuedDate: opt(date),
            servedDate: opt(date),
            periodWorkingDays: opt(fc.integer({ min: 1, max: 15 })),
            hearingRightNotified: opt(fc.boolean()),
          }),
          { maxLength: 2 },
        ),
        statements: fc.array(fc.record({ date }), { maxLength: 2 }),
        hearing: opt(
          fc.record({
            requestedDate: opt(date),
            noticeDate: opt(date),
            heldDate: opt(date),
            chair: opt(name),
          }),
        ),
        legalReviews: fc.array(
          fc.record({ date, outcome: fc.constantFrom('同意', '不同意', '退回'), reviewer: name }),
          { maxLength: 2 },
        ),
        collectiveDiscussions: fc.array(fc.record({ date, voters: fc.array(name, { maxLength: 3 }) }), {
          maxLength: 2,
        }),
        decision: opt(
          fc.record({
            date,
            kind: fc.constantFrom('处罚', '不予处罚', '许可'),
            penaltyTypes: fc.array(fc.constantFrom('警告', '罚款', '吊销许可证件'), { maxLength: 2 }),
            amount: opt(fc.integer({ min: 0, max: 500_000 })),
          }),
        ),
        decisionService: opt(fc.record({ date, manner: opt(fc.constantFrom('直接送达', '留置送达')) })),
        publication: opt(fc.record({ date })),
        payment: opt(fc.record({ date, lateFeeCharged: opt(fc.boolean()) })),
        suspensions: fc.array(
          fc.record({
            kind: fc.constantFrom('延期', '中止'),
            startDate: date,
            days: opt(fc.integer({ min: 0, max: 60 })),
          }),
          { maxLength: 2 },
        ),
        enforcements: fc.array(
          fc.record({ date, startTime: opt(time), endTime: opt(time), emergency: opt(fc.boolean()) }),
          { maxLength: 2 },
        ),
        licensing: opt(
          fc.record({
            acceptedDate: opt(date),
            applicationDate: opt(date),
            extensionApproved: opt(fc.boolean()),
          }),
        ),
      }),
      avRecords: fc.array(
        fc.record({
          stage: fc.constantFrom('查封扣押', '现场检查', '听证', '强制执行'),
          kind: fc.constantFrom('video', 'audio', 'photo'),
          date,
          startTime: opt(time),
          endTime: opt(time),
        }),
        { maxLength: 3 },
      ),
      waivers: fc.array(fc.record({ kind: fc.constantFrom('陈述申辩', '听证'), written: fc.boolean() }), {
        maxLength: 2,
      }),
      leniency: opt(
        fc.record({
          ground: fc.constantFrom('首违不罚', '轻微不罚', '无主观过错'),
          educated: opt(fc.boolean()),
          harmMinor: opt(fc.boolean()),
        }),
      ),
    });
    fc.assert(
      fc.property(facts, (input) => {
        const findings = runAllRulesOnInput(JSON.parse(JSON.stringify(input)), DEFAULT_RULE_PARAMS, calendar);
        expect(findings).toHaveLength(RULES.length);
        for (const f of findings) {
          expect(RESULTS).toContain(f.result);
          expect(f.explanation).not.toContain('规则执行出错');
          if (f.result === '无法判定') expect(f.missingFacts ?? [f.explanation]).not.toHaveLength(0);
          else expect(f.missingFacts).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });
});
