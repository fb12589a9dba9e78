import { CORE_SCHEMA, load } from 'js-yaml';
import { parseCaseFacts, type FactsParseResult } from './parse-case-facts';

/** Largest case.yaml accepted; a dossier's facts are a few KB. */
const MAX_YAML_CHARS = 1_000_000;

interface YamlMark {
  readonly line?: number;
  readonly column?: number;
}

/**
 * Parses a `case.yaml` into validated case facts. Uses the YAML core schema so
 * that unquoted dates such as `2024-10-08` stay strings (the default YAML 1.1
 * timestamp type would turn them into host-time-zone `Date`s). Never throws.
 */
export function parseCaseYaml(text: string): FactsParseResult {
  if (text.length > MAX_YAML_CHARS) {
    return { ok: false, issues: [{ path: '', label: '（文件）', message: 'case.yaml 过大（超过 1 MB）' }] };
  }
  if (text.split(/\r?\n/).every((line) => line.trim() === '' || line.trim().startsWith('#'))) {
    return { ok: false, issues: [{ path: '', label: '（文件）', message: 'case.yaml 为空' }] };
  }
  let data: unknown;
  try {
    data = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    const mark = (e as { mark?: YamlMark }).mark;
    const reason = (e as { reason?: string }).reason ?? (e instanceof Error ? e.message : String(e));
    const where = mark?.line !== undefined ? `第 ${mark.line + 1} 行第 ${(mark.column ?? 0) + 1} 列：` : '';
    return {
      ok: false,
      issues: [{ path: '', label: '（YAML 语法）', message: `${where}YAML 语法错误（${reason}）` }],
    };
  }
  if (data === undefined || data === null) {
    return { ok: false, issues: [{ path: '', label: '（文件）', message: 'case.yaml 为空' }] };
  }
  return parseCaseFacts(data);
}
