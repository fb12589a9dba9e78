export * from './rule-types';
export { finding, findingsFor, worstOf } from './rule-helpers';
export { RULES, findRule } from './registry';
export { runRule, runAllRules, runAllRulesOnInput } from './run-all-rules';
export { summarizeFindings, type FindingCounts } from './summarize-findings';
