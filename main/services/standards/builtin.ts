import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { StandardValidationError } from '../../../preload/contract/model/standard/validation-error';
import { importStandardJson, type ImportedStandard } from './io/json-io';

export interface BuiltinStandard extends ImportedStandard {
  /** File name inside the resources directory, e.g. `three-systems.json`. */
  file: string;
}

export interface BuiltinLoadResult {
  standards: BuiltinStandard[];
  /** Files that failed to read or validate; the others still load. */
  failures: Array<{ file: string; errors: StandardValidationError[] }>;
}

/**
 * Reads every `*.json` in `dir` (the app passes `<resources>/standards`;
 * the path differs between dev, packaged and browser mode, so it is never
 * hard-coded here). Files are read in name order so the result is stable.
 * A broken file is reported, not fatal: one bad data file must not take the
 * other standards down with it.
 */
export async function loadBuiltinStandards(dir: string): Promise<BuiltinLoadResult> {
  const names = (await readdir(dir)).filter((n) => n.toLowerCase().endsWith('.json')).sort();
  const standards: BuiltinStandard[] = [];
  const failures: BuiltinLoadResult['failures'] = [];
  const codes = new Map<string, string>();
  for (const file of names) {
    let text: string;
    try {
      text = await readFile(join(dir, file), 'utf8');
    } catch (e) {
      failures.push({
        file,
        errors: [
          {
            path: '(根)',
            field: '(根)',
            message: `无法读取文件：${e instanceof Error ? e.message : String(e)}`,
          },
        ],
      });
      continue;
    }
    const r = importStandardJson(text);
    if (!r.ok) {
      failures.push({ file, errors: r.errors });
      continue;
    }
    const key = `${r.value.standard.code}@${r.value.standard.version}`;
    const other = codes.get(key);
    if (other !== undefined) {
      failures.push({
        file,
        errors: [{ path: 'code', field: 'code', message: `标准编号和版本「${key}」与 ${other} 重复` }],
      });
      continue;
    }
    codes.set(key, file);
    standards.push({ file, ...r.value });
  }
  return { standards, failures };
}
