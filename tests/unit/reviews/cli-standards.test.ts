import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openApi } from '../../../main/api/open-api';
import type { CliIo } from '../../../main/cli/cli-io';
import { runCli } from '../../../main/cli/run-cli';
import { makeTempDir } from '../../helpers/temp-dir';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err, text: () => out.join('\n'), errors: () => err.join('\n') };
};

let temp: ReturnType<typeof makeTempDir>;
beforeEach(() => (temp = makeTempDir()));
afterEach(() => temp.cleanup());
const cli = async (...args: string[]) => {
  const c = capture();
  const code = await runCli([...args, '--data-dir', temp.dir], c.io);
  return { code, ...c };
};

describe('standards CLI', () => {
  it('lists the seeded built-ins and shows one as a tree or JSON', async () => {
    const list = await cli('standards', 'list');
    expect(list.code).toBe(0);
    expect(list.text()).toContain('PC-XZCF-YB@2024.1');
    expect(list.text()).toContain('ECO24-YBCF@2024');
    const shown = await cli('standards', 'show', 'PC-XZCF-YB@2024.1');
    expect(shown.text()).toMatch(/2\.4 证据合法、充分，形成证据链（8 分，range）/);
    const json = await cli('standards', 'show', 'PC-XZCF-YB@2024.1', '--json');
    expect(JSON.parse(json.text())).toMatchObject({ code: 'PC-XZCF-YB', version: '2024.1' });
    expect((await cli('standards', 'show', 'NOPE@1')).code).toBe(1);
  });

  it('validates, imports and exports files; bad files list every problem with exit 1', async () => {
    const out = join(temp.dir, 'penalty.json');
    expect((await cli('standards', 'export', 'PC-XZCF-YB@2024.1', '--out', out)).code).toBe(0);
    const changed = readFileSync(out, 'utf8').replace('"version": "2024.1"', '"version": "local-1"');
    writeFileSync(out, changed);
    expect((await cli('standards', 'validate', out)).text()).toContain('校验通过');
    const imported = await cli('standards', 'import', out);
    expect(imported.code).toBe(0);
    expect((await cli('standards', 'list')).text()).toContain('PC-XZCF-YB@local-1');
    // Importing the same code@version over a built-in is refused (locked).
    const xlsx = join(temp.dir, 'penalty.xlsx');
    expect((await cli('standards', 'export', 'PC-XZCF-YB@2024.1', '--out', xlsx)).code).toBe(0);
    expect((await cli('standards', 'validate', xlsx)).code).toBe(0);
    const locked = await cli('standards', 'import', xlsx);
    expect(locked.code).toBe(1);
    expect(locked.errors()).toContain('E_LOCKED');

    const bad = join(temp.dir, 'bad.json');
    const parsed = JSON.parse(changed) as { sections: Array<{ items: Array<{ points: number }> }> };
    parsed.sections[1]!.items[0]!.points = -1;
    writeFileSync(bad, JSON.stringify(parsed));
    const invalid = await cli('standards', 'validate', bad);
    expect(invalid.code).toBe(1);
    expect(invalid.errors()).toMatch(/\[1\.1\]/);
    expect((await cli('standards', 'frobnicate')).code).toBe(2);
  });
});

describe('score CLI', () => {
  it('prints the engine result for a case and a results file', async () => {
    const api = await openApi({ dataDir: temp.dir, mode: 'test' });
    const { record } = await api.services.cases.create({
      name: '张某某占道经营案',
      caseNumber: '',
      agency: '',
      sector: '',
      actType: '行政处罚',
      procedure: '普通',
      party: { name: '', kind: null, idNumber: '' },
      dates: { filed: null, decided: null, served: null, closed: null },
      penalty: { types: [], amount: null },
      officers: [],
      tags: [],
      notes: '',
      status: '待评查',
    });
    await api.close();
    const results = join(temp.dir, 'results.json');
    writeFileSync(
      results,
      JSON.stringify([
        { itemCode: '0.1', status: 'veto' },
        { itemCode: '1.1', status: 'ok' },
      ]),
    );
    const text = await cli('score', record.id, '--standard', 'PC-XZCF-YB@2024.1', '--results', results);
    expect(text.code).toBe(0);
    expect(text.text()).toContain('总分 / total: 0 / 100');
    expect(text.text()).toContain('否决 / veto: 0.1');
    const json = await cli(
      'score',
      record.id,
      '--standard',
      'PC-XZCF-YB@2024.1',
      '--results',
      results,
      '--json',
    );
    const parsed = JSON.parse(json.text()) as {
      report: { total: number; complete: boolean; grade: { pass: boolean } };
      facts: object;
    };
    expect(parsed.report).toMatchObject({ total: 0, complete: false, grade: { pass: false } });
    expect(parsed.facts).toMatchObject({ actType: '行政处罚', procedure: '普通' });

    writeFileSync(results, JSON.stringify({ results: [{ itemCode: '9.9', status: 'ok' }] }));
    const bad = await cli('score', record.id, '--standard', 'PC-XZCF-YB@2024.1', '--results', results);
    expect(bad.code).toBe(1);
    expect(bad.errors()).toContain('E_INVALID_ARGS');
    expect(bad.errors()).toContain('9.9');
    expect((await cli('score', record.id)).code).toBe(2);
  });
});
