import { caseFactsSchema, type CaseFacts, type CaseFactsInput } from '../../../main/services/checks/facts';
import {
  DEFAULT_RULE_PARAMS,
  loadRuleParams,
  type RuleParamsInput,
} from '../../../main/services/checks/params';
import { createWorkingCalendar } from '../../../main/services/checks/calendar';
import { findRule, type RuleContext, type RuleFinding } from '../../../main/services/checks/rules';
import { runRule } from '../../../main/services/checks/rules/run-all-rules';

/** A compliant 一般程序 penalty case around the National Day 2024 holiday (domain.md §5.3 example 1). */
export function goodPenaltyCase(): CaseFactsInput {
  return {
    actType: '行政处罚',
    procedure: '普通',
    party: { kind: '法人', name: '某某餐饮有限公司' },
    officers: [
      {
        name: '张三',
        certificateNumber: '42010012345',
        validFrom: '2022-01-01',
        validTo: '2026-12-31',
        onPublicRoster: true,
      },
      {
        name: '李四',
        certificateNumber: '42010012346',
        validFrom: '2022-01-01',
        validTo: '2026-12-31',
        onPublicRoster: true,
      },
      { name: '赵六', certificateNumber: '42010012347', validFrom: '2020-01-01', validTo: '2023-12-31' },
    ],
    legalReviewers: [{ name: '王五', legalQualification: true, firstAppointedDate: '2022-03-01' }],
    events: {
      filing: { date: '2024-08-01' },
      investigations: [
        {
          kind: '现场检查',
          date: '2024-08-02',
          startTime: '09:30',
          endTime: '10:15',
          officers: ['张三', '李四'],
          certificateShown: true,
          source: { documentId: 'doc-3', page: 5, quote: '向当事人出示执法证件' },
        },
      ],
      notices: [
        {
          kind: '行政处罚事先告知',
          issuedDate: '2024-09-02',
          servedDate: '2024-09-03',
          periodWorkingDays: 5,
          hearingRightNotified: true,
        },
      ],
      legalReviews: [{ date: '2024-09-20', outcome: '同意', reviewer: '王五' }],
      decision: {
        date: '2024-09-27',
        number: '随城管罚〔2024〕12号',
        kind: '处罚',
        penaltyTypes: ['罚款'],
        amount: 2000,
        source: { documentId: 'doc-9', page: 1 },
      },
      decisionService: { date: '2024-09-29', manner: '直接送达' },
      publication: { date: '2024-10-12', channel: '门户网站' },
      payment: { date: '2024-10-10', amount: 2000 },
      closing: { date: '2024-10-15' },
    },
    avRecords: [
      { stage: '现场检查', kind: 'video', date: '2024-08-02', startTime: '09:28', endTime: '10:20' },
    ],
  };
}

export type Mutator = (c: CaseFactsInput & { events: NonNullable<CaseFactsInput['events']> }) => void;

/** Clone the good case, apply a mutation, validate. */
export function caseWith(mutate?: Mutator, base: CaseFactsInput = goodPenaltyCase()): CaseFacts {
  const c = structuredClone(base) as CaseFactsInput & { events: NonNullable<CaseFactsInput['events']> };
  c.events ??= {};
  mutate?.(c);
  return caseFactsSchema.parse(c);
}

export const calendar = createWorkingCalendar();

export function ctx(facts: CaseFacts, params?: RuleParamsInput): RuleContext {
  return { facts, params: params ? loadRuleParams(params) : DEFAULT_RULE_PARAMS, calendar };
}

/** Runs one rule by id through the same guarded path as runAllRules. */
export function check(id: string, facts: CaseFacts, params?: RuleParamsInput): RuleFinding {
  const rule = findRule(id);
  if (!rule) throw new Error(`no rule ${id}`);
  const c = ctx(facts, params);
  return runRule(rule, c.facts, c.params, c.calendar);
}
