import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceFilesFromPath } from '../../../main/services/imports/source-files';
import { openTestApi } from '../../helpers/open-test-api';
import { makeTempDir } from '../../helpers/temp-dir';
import { call, quietReporter } from './api-helpers';
import { CASE_YAML, writeDossier } from './dossier-fixture';

let api: Awaited<ReturnType<typeof openTestApi>>;
const temp = makeTempDir('pingcha-caseyaml-');
beforeAll(async () => (api = await openTestApi()));
afterAll(async () => {
  await api.dispose();
  temp.cleanup();
});

const importFolder = async (dir: string) => {
  const { mode, files } = await sourceFilesFromPath(dir);
  return api.services.imports.run(mode, files, undefined, quietReporter());
};

describe('case.yaml in a dossier folder', () => {
  it('is stored as the new case facts and not imported as a document', async () => {
    const summary = await importFolder(
      await writeDossier(temp.dir, '带事实的案卷', { 'case.yaml': CASE_YAML }),
    );
    expect(summary.problems).toEqual([]);
    expect(summary.failed).toBe(0);
    const caseId = summary.cases[0]!.caseId;
    expect((await call(api, 'documents.list', { caseId })).map((d) => d.fileName)).not.toContain('case.yaml');
    const facts = await call(api, 'facts.get', { caseId });
    expect(facts.revision).toBe(1);
    expect((facts.facts!.events as { decision: { date: string } }).decision.date).toBe('2024-09-27');
    const gs3 = (await call(api, 'checks.run', { caseId })).findings.find((f) => f.ruleId === 'GS-3')!;
    expect(gs3.result).toBe('不符合');
  });

  it('reports invalid facts in the summary problems with the field path, and still imports the documents', async () => {
    const dir = await writeDossier(temp.dir, '事实有误的案卷');
    writeFileSync(
      join(dir, 'case.json'),
      JSON.stringify({ actType: '行政处罚', events: { decision: { date: '2024-13-01' } } }),
    );
    const summary = await importFolder(dir);
    expect(summary.cases[0]!.imported).toBe(8);
    expect(summary.problems).toHaveLength(1);
    expect(summary.problems[0]).toContain('事实有误的案卷/case.json');
    expect(summary.problems[0]).toContain('events.decision.date');
    expect((await call(api, 'facts.get', { caseId: summary.cases[0]!.caseId })).facts).toBeNull();
  });

  it('reports YAML syntax errors with the line', async () => {
    const summary = await importFolder(
      await writeDossier(temp.dir, '语法错误的案卷', { 'case.yml': 'actType: 行政处罚\nevents: [\n' }),
    );
    expect(summary.problems[0]).toMatch(/case\.yml：案件事实有误.*YAML 语法错误/s);
  });
});
