import { readFile, stat } from 'node:fs/promises';
import { formatFactIssues, parseCaseYaml } from '../checks';
import type { FactsService } from './facts-service';

const MAX_BYTES = 1_000_000;

/**
 * The folder-import hook: a dossier's `case.yaml`/`case.json` (JSON is valid
 * YAML) becomes the new case's facts. Returns a Chinese problem for the import
 * summary instead of failing the import: the documents are still imported.
 */
export function caseFileHook(facts: FactsService) {
  return async (caseId: string, absolutePath: string): Promise<string | null> => {
    const info = await stat(absolutePath);
    if (info.size > MAX_BYTES) return '案件事实文件过大（超过 1 MB），未读取';
    const text = (await readFile(absolutePath, 'utf8')).replace(/^\uFEFF/, '');
    const parsed = parseCaseYaml(text);
    if (!parsed.ok) return `案件事实有误，未保存：\n${formatFactIssues(parsed.issues)}`;
    await facts.save(caseId, parsed.facts);
    return null;
  };
}
