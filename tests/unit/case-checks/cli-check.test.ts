import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CliIo } from '../../../main/cli/cli-io';
import { runCli } from '../../../main/cli/run-cli';
import { makeTempDir } from '../../helpers/temp-dir';
import { CASE_YAML, writeDossier } from './dossier-fixture';

const capture = () => {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l) };
  return { io, out, err };
};

const data = makeTempDir('pingcha-cli-data-');
const src = makeTempDir('pingcha-cli-src-');
let folder = '';
beforeAll(async () => {
  folder = await writeDossier(src.dir, '命令行案卷', { 'case.yaml': CASE_YAML });
});
afterAll(() => {
  data.cleanup();
  src.cleanup();
});

describe('cli check', () => {
  let caseId = '';

  it('imports a dossier folder with case.yaml and prints every rule with the right verdicts', async () => {
    const c = capture();
    expect(await runCli(['check', folder, '--data-dir', data.dir], c.io)).toBe(0);
    const text = c.out.join('\n');
    expect(text).toMatch(/^== 命令行案卷 \(/m);
    expect(text).toContain('[不符合] GS-3');
    expect(text).toContain('2024-10-12（星期六，国庆节调休上班）');
    expect(text).toContain('[符合] QX-SERVE');
    expect(text).toMatch(/依据：.*118/);
    expect(c.out.filter((l) => /^\[(符合|不符合|无法判定|不适用)\] /.test(l))).toHaveLength(23);
    caseId = /^== 命令行案卷 \((\w+)\)/m.exec(text)![1]!;
  });

  it('checks a stored case by id, as JSON', async () => {
    const c = capture();
    expect(await runCli(['check', caseId, '--json', '--data-dir', data.dir], c.io)).toBe(0);
    const report = JSON.parse(c.out.join('\n')) as {
      cases: { findings: { ruleId: string; result: string }[] }[];
    };
    expect(report.cases[0]!.findings.find((f) => f.ruleId === 'GS-3')!.result).toBe('不符合');
  });

  it('exits 1 when the case.yaml is invalid, naming the field', async () => {
    const bad = await writeDossier(src.dir, '事实有误', {});
    writeFileSync(join(bad, 'case.yaml'), CASE_YAML.replace('date: 2024-09-27', 'date: 2024-09-31'));
    const c = capture();
    expect(await runCli(['check', bad, '--data-dir', data.dir], c.io)).toBe(1);
    expect(c.out.join('\n')).toContain('events.decision.date');
    expect(c.out.join('\n')).toContain('[无法判定] GS-3');
  });

  it('exits 2 for a usage error', async () => {
    expect(await runCli(['check', '--data-dir', data.dir], capture().io)).toBe(2);
    const c = capture();
    expect(await runCli(['check', 'NO_SUCH_CASE', '--data-dir', data.dir], c.io)).toBe(2);
    expect(c.err.join('\n')).toContain('NO_SUCH_CASE');
  });
});
