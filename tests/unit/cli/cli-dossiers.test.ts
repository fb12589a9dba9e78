import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCliCaptured } from '../../helpers/run-cli-captured';
import { buildCjkPdf } from '../../helpers/build-cjk-pdf';
import { makeTempDir } from '../../helpers/temp-dir';
import { buildCfb } from '../documents/fixtures/build-cfb';

const temp = makeTempDir();
const dataDir = join(temp.dir, 'data');
const dossier = join(temp.dir, 'in', '李某某无证经营案');

const run = (...argv: string[]) => runCliCaptured(dataDir, argv);

beforeAll(async () => {
  mkdirSync(join(dossier, '证据'), { recursive: true });
  writeFileSync(join(dossier, '1-立案审批表.pdf'), await buildCjkPdf(['立案审批表']));
  writeFileSync(join(dossier, '证据', '询问笔录.pdf'), await buildCjkPdf(['询问笔录', '当事人申请听证']));
  writeFileSync(join(dossier, '旧.wps'), buildCfb(['WordDocument', 'WpsCustomData']));
});
afterAll(() => temp.cleanup());

describe('cli: dossiers', () => {
  let caseId = '';

  it('imports a folder as one dossier, lists the failure and exits 1', async () => {
    const r = await run('import', dossier);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/李某某无证经营案 \(\w+\)：导入 2，重复 0，失败 1/);
    expect(r.out).toContain('旧.wps');
    expect(r.err).toMatch(/\[3\/3\]/);
  });

  it('lists cases and their documents, as text and JSON', async () => {
    const list = await run('cases', '--json');
    const cases = JSON.parse(list.out) as { id: string; name: string; documentCount: number }[];
    expect(cases).toMatchObject([{ name: '李某某无证经营案', documentCount: 2 }]);
    caseId = cases[0]!.id;
    const docs = await run('docs', caseId);
    expect(docs.code).toBe(0);
    expect(docs.out.split('\n')).toEqual([
      expect.stringMatching(/^1\. 立案审批表\s+1-立案审批表\.pdf\s+pdf\s+1页\s+第1-1页/),
      expect.stringMatching(/^2\. 询问（调查）笔录\s+询问笔录\.pdf\s+pdf\s+2页\s+第2-3页/),
    ]);
  });

  it('searches with the hit marked, globally and in one case', async () => {
    const r = await run('search', '听证');
    expect(r.out).toBe('李某某无证经营案  询问笔录.pdf  第2页  当事人申请【听证】');
    const inCase = await run('search', '听证', '--case', caseId, '--json');
    expect(JSON.parse(inCase.out)).toHaveLength(1);
  });

  it('imports again without duplicating into the same case', async () => {
    const r = await run('import', dossier, '--case', caseId);
    expect(r.out).toMatch(/导入 0，重复 2，失败 1/);
  });

  it('exits 2 on usage errors', async () => {
    expect((await run('import')).code).toBe(2);
    expect((await run('docs')).code).toBe(2);
    expect((await run('search')).code).toBe(2);
    expect((await run('search', 'x', '--limit', '0')).code).toBe(2);
    expect((await run('import', join(temp.dir, 'nope'))).code).toBe(2);
    expect((await run('import', join(dossier, '1-立案审批表.pdf'))).code).toBe(2);
  });
});
