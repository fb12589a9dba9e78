/**
 * Public surface of the standards capability (validation, engine, IO, built-ins).
 * The standard model itself (schemas, vocabularies, walk helpers) and the
 * ScoreReport types are shared with the renderer and live in
 * preload/contract/model/ — import them from there.
 */
export { validateStandard } from './model/validate-standard';
export { canonicalJson } from './model/canonical-json';
export { standardContentHash } from './model/content-hash';
export * from './scoring/item-result';
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
