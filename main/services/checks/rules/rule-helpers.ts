import type { Provenance } from '../facts/common-schemas';
import type { CheckResult, Evidence, RuleFinding } from './rule-types';

interface FindingHead {
  readonly id: string;
  readonly system: RuleFinding['system'];
  readonly legalBasis: string;
}

export interface FindingExtras {
  readonly evidence?: readonly (Provenance | undefined)[];
  readonly warnings?: readonly string[];
  readonly missingFacts?: readonly string[];
}

/** Builds a finding; empty optional lists are omitted so results stay small. */
export function finding(
  head: FindingHead,
  result: CheckResult,
  explanation: string,
  extras: FindingExtras = {},
): RuleFinding {
  const evidence: Evidence[] = (extras.evidence ?? [])
    .filter((e): e is Provenance => e !== undefined)
    .map((e) => ({ ...e }));
  const out: {
    -readonly [K in keyof RuleFinding]: RuleFinding[K];
  } = { ruleId: head.id, system: head.system, result, explanation, legalBasis: head.legalBasis };
  if (evidence.length > 0) out.evidence = evidence;
  if (extras.warnings && extras.warnings.length > 0) out.warnings = [...extras.warnings];
  if (extras.missingFacts && extras.missingFacts.length > 0)
    out.missingFacts = [...new Set(extras.missingFacts)];
  return out;
}

/** Convenience wrapper: `const f = findingsFor(def); return f.fail('…')`. */
export function findingsFor(head: FindingHead) {
  return {
    pass: (explanation: string, extras?: FindingExtras) => finding(head, '符合', explanation, extras),
    fail: (explanation: string, extras?: FindingExtras) => finding(head, '不符合', explanation, extras),
    notApplicable: (explanation: string, extras?: FindingExtras) =>
      finding(head, '不适用', explanation, extras),
    unknown: (explanation: string, missingFacts: readonly string[], extras?: FindingExtras) =>
      finding(head, '无法判定', explanation, {
        ...extras,
        missingFacts: [...missingFacts, ...(extras?.missingFacts ?? [])],
      }),
  };
}

/**
 * Combines per-item outcomes: any 不符合 wins, then any 无法判定, then 符合.
 * Used by rules that check several acts (every seizure, every officer …).
 */
export function worstOf(results: readonly CheckResult[]): CheckResult {
  if (results.includes('不符合')) return '不符合';
  if (results.includes('无法判定')) return '无法判定';
  if (results.includes('符合')) return '符合';
  return '不适用';
}

/** The outcome of one part of a rule: one act, one seizure, … */
export interface SubCheck {
  readonly result: CheckResult;
  readonly text: string;
  readonly missing: readonly string[];
}

/**
 * One finding from several sub-checks: the worst result, every line of
 * explanation, every missing fact. `warningsWhenPassed` are shown only on 符合.
 */
export function combineChecks(
  f: ReturnType<typeof findingsFor>,
  checks: readonly SubCheck[],
  extras: { evidence?: FindingExtras['evidence']; warningsWhenPassed?: readonly string[] } = {},
): RuleFinding {
  const text = checks.map((c) => c.text).join('\n');
  const evidence = { evidence: extras.evidence ?? [] };
  const result = worstOf(checks.map((c) => c.result));
  if (result === '不符合') return f.fail(text, evidence);
  if (result === '无法判定')
    return f.unknown(
      text,
      checks.flatMap((c) => c.missing),
      evidence,
    );
  return f.pass(text, {
    ...evidence,
    ...(extras.warningsWhenPassed ? { warnings: extras.warningsWhenPassed } : {}),
  });
}

export function formatYuan(amount: number): string {
  return `${amount.toLocaleString('zh-CN', { maximumFractionDigits: 2 })} 元`;
}
