import { canonicalJson } from '../model/canonical-json';
import { standardContentHash } from '../model/content-hash';
import type { Standard } from '../../../../preload/contract/model/standard/standard';
import { validateStandard } from '../model/validate-standard';
import type { StandardValidationError } from '../../../../preload/contract/model/standard/validation-error';

export interface ImportedStandard {
  standard: Standard;
  /** SHA-256 of the canonical JSON; store it with every review. */
  contentHash: string;
}

export type StandardImportResult =
  { ok: true; value: ImportedStandard } | { ok: false; errors: StandardValidationError[] };

/** Files larger than this are not standards; refuse before parsing. */
export const MAX_STANDARD_JSON_BYTES = 5 * 1024 * 1024;

/**
 * Parses and validates a standard from JSON text (file contents, pasted text).
 * Never throws; a JSON syntax error is reported like any other error.
 */
export function importStandardJson(text: string): StandardImportResult {
  if (text.length > MAX_STANDARD_JSON_BYTES) {
    return {
      ok: false,
      errors: [
        {
          path: '(根)',
          field: '(根)',
          message: `文件过大（超过 ${MAX_STANDARD_JSON_BYTES / 1024 / 1024} MB），不是有效的评查标准文件`,
        },
      ],
    };
  }
  let json: unknown;
  try {
    // A UTF-8 BOM (Windows Notepad) is not JSON whitespace.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return { ok: false, errors: [{ path: '(根)', field: '(根)', message: `不是有效的 JSON：${detail}` }] };
  }
  const r = validateStandard(json);
  if (!r.ok) return r;
  return { ok: true, value: { standard: r.value, contentHash: standardContentHash(r.value) } };
}

/**
 * Human-editable export: 2-space indentation with keys in canonical order, so
 * exporting the same standard twice gives identical files (diff-friendly).
 */
export function exportStandardJson(standard: Standard): string {
  return `${JSON.stringify(JSON.parse(canonicalJson(standard)), null, 2)}\n`;
}
