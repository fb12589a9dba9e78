/** Public surface of the standards capability (model, validation, engine, IO, built-ins). */
export * from './model/vocabulary';
export * from './model/case-facts';
export type { Condition } from './model/condition';
export { conditionSchema } from './model/condition';
export * from './model/item';
export * from './model/section';
export * from './model/grade-bands';
export * from './model/formula';
export * from './model/standard';
export * from './model/validation-error';
export { validateStandard } from './model/validate-standard';
export { canonicalJson } from './model/canonical-json';
export { standardContentHash } from './model/content-hash';
export { listItems, listSections, itemsUnder } from './model/walk';
export * from './scoring/item-result';
export * from './scoring/score-report';
export { scoreReview, parseScoringInput } from './scoring/score-review';
export { validateItemResults } from './scoring/validate-item-results';
export { evaluateCondition, type Truth } from './scoring/applicability';
export { round2 } from './scoring/rounding';
export {
  importStandardJson,
  exportStandardJson,
  MAX_STANDARD_JSON_BYTES,
  type ImportedStandard,
  type StandardImportResult,
} from './io/json-io';
export { importStandardFromXlsx, type XlsxImportResult, type XlsxImportOptions } from './io/xlsx-import';
export type { XlsxImportError } from './io/xlsx-import-error';
export { loadBuiltinStandards, type BuiltinStandard, type BuiltinLoadResult } from './builtin';
export { exportStandardToXlsx, type XlsxExportResult } from './io/xlsx-export';
