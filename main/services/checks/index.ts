/**
 * Pure core of the three-system pre-checks (三项制度预检): no Electron, no DB.
 * The API layer builds a WorkingCalendar from the stored override table, loads
 * RuleParams, parses case facts and calls runAllRules.
 */
export * from './calendar';
export * from './facts';
export * from './params';
export * from './rules';
export * from './extract';
