import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkFactsConsistency, parseCaseYaml } from '../../../main/services/checks/facts';
import { DEFAULT_RULE_PARAMS } from '../../../main/services/checks/params';
import { runAllRules, summarizeFindings } from '../../../main/services/checks/rules';
import { calendar, caseWith, check, type Mutator } from './case-builder';

describe('GS-1 officers on the published roster', () => {
  it('passes, fails and names unknown entries', () => {
    expect(check('GS-1', caseWith()).result).toBe('符合');
    const off = check(
      'GS-1',
      caseWith((c) => (c.officers![1]!.onPublicRoster = false)),
    );
    expect(off.result).toBe('不符合');
    expect(off.explanation).toContain('李四');
    const unk = check(
      'GS-1',
      caseWith((c) => delete c.officers![0]!.onPublicRoster),
    );
    expect(unk.missingFacts).toEqual(['张三 是否在公示清单中']);
  });
});

describe('QX-PRESERVE 先行登记保存 within 7 working days', () => {
  const pres =
    (handledDate: string | undefined, approvalDate = '2024-09-27'): Mutator =>
    (c) => {
      c.events.preservations = [
        { date: '2024-09-27', approvalDate, handledDate, officers: ['张三', '李四'] },
      ];
    };

  it('counts working days across National Day 2024', () => {
    const ok = check('QX-PRESERVE', caseWith(pres('2024-10-12')));
    expect(ok.result).toBe('符合');
    expect(ok.explanation).toContain('第 7 个工作日');
    const late = check('QX-PRESERVE', caseWith(pres('2024-10-14')));
    expect(late.result).toBe('不符合');
    expect(late.explanation).toContain('第 8 个工作日');
  });

  it('needs approval first and the handling date', () => {
    expect(check('QX-PRESERVE', caseWith(pres('2024-10-08', '2024-09-28'))).result).toBe('不符合');
    expect(check('QX-PRESERVE', caseWith(pres(undefined))).missingFacts).toEqual([
      '先行登记保存（2024-09-27）的处理决定日期',
    ]);
    expect(check('QX-PRESERVE', caseWith()).result).toBe('不适用');
  });
});

describe('checkFactsConsistency', () => {
  it('finds nothing wrong in the sample case', () => {
    expect(checkFactsConsistency(caseWith())).toEqual([]);
  });

  it('names impossible orders and unknown people with paths', () => {
    const issues = checkFactsConsistency(
      caseWith((c) => {
        c.events.decisionService = { date: '2024-09-20' };
        c.events.notices![0]!.servedDate = '2024-09-01';
        c.events.investigations![0]!.officers = ['张三', '孙七'];
        c.events.legalReviews = [{ date: '2024-09-20', outcome: '同意', reviewer: '周九' }];
      }),
    );
    expect(issues.map((i) => i.path)).toEqual([
      'events.decisionService.date',
      'events.notices.0.servedDate',
      'events.investigations.0.officers',
      'events.legalReviews.0.reviewer',
    ]);
    expect(issues[0]?.message).toBe('送达日期（2024-09-20）早于决定日期（2024-09-27）');
    expect(issues[0]?.label).toBe('事件 › 决定送达 › 日期');
    expect(issues[2]?.message).toContain('孙七');
  });

  it('does not flag an inspection before 立案 (normal: the clue comes first)', () => {
    expect(
      checkFactsConsistency(caseWith((c) => (c.events.investigations![0]!.date = '2024-07-20'))),
    ).toEqual([]);
  });
});

describe('FZ-7 details', () => {
  it('reports a real problem even when voters are not recorded', () => {
    const f = check(
      'FZ-7',
      caseWith((c) => {
        c.events.decision = { date: '2024-09-27', penaltyTypes: ['罚款'], amount: 150_000 };
        c.events.collectiveDiscussions = [{ date: '2024-09-28' }];
      }),
    );
    expect(f.result).toBe('不符合');
    const g = check(
      'FZ-7',
      caseWith((c) => {
        c.events.decision = { date: '2024-09-27', penaltyTypes: ['罚款'], amount: 150_000 };
        c.events.collectiveDiscussions = [{ date: '2024-09-25' }];
      }),
    );
    expect(g.result).toBe('无法判定');
    expect(g.missingFacts).toEqual(['集体讨论表决人员']);
  });
});

describe('summarizeFindings and the docs example', () => {
  it('the YAML example in docs/checks.md parses and runs', () => {
    const docs = readFileSync(resolve(__dirname, '../../../docs/checks.md'), 'utf8');
    const block = /```yaml\n(actType:[\s\S]*?)```/.exec(docs)?.[1];
    expect(block).toBeDefined();
    const parsed = parseCaseYaml(block ?? '');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const summary = summarizeFindings(runAllRules(parsed.facts, DEFAULT_RULE_PARAMS, calendar));
    expect(summary.公示.符合).toBeGreaterThanOrEqual(2);
    const total = Object.values(summary).reduce((n, c) => n + c.符合 + c.不符合 + c.不适用 + c.无法判定, 0);
    expect(total).toBe(23);
  });
});
