import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import type { ImportSummary } from '../../../preload/contract/methods/imports';
import { buildCjkPdf } from '../../helpers/build-cjk-pdf';
import { openTestApi } from '../../helpers/open-test-api';

let api: Awaited<ReturnType<typeof openTestApi>>;
beforeAll(async () => (api = await openTestApi()));
afterAll(async () => api.dispose());

async function importStaged(files: Record<string, Buffer>, mode: 'folder' | 'files', caseId?: string) {
  const batch = await api.services.imports.newBatch();
  for (const [path, bytes] of Object.entries(files))
    await api.services.staging.writeFile(batch, path, Readable.from([bytes]));
  const task = await api.services.tasks.wait(api.services.imports.startFromBatch(batch, mode, caseId).id);
  return { task, summary: task.result as ImportSummary };
}

describe('import edge cases', () => {
  it('keeps Chinese names with spaces and very long paths', async () => {
    const longName = `${'关于当事人违法行为的调查询问笔录'.repeat(5)} 第 1 次 (补充).pdf`;
    const folder = `随州市 城市管理执法局/${'子目录'.repeat(20)}`;
    const { summary } = await importStaged(
      { [`案卷 甲/${folder}/${longName}`]: await buildCjkPdf(['询问笔录']) },
      'folder',
    );
    expect(summary).toMatchObject({ imported: 1, failed: 0 });
    expect(summary.cases[0]?.caseName).toBe('案卷 甲');
    const docs = await api.services.documents.list(summary.cases[0]!.caseId);
    expect(docs[0]?.fileName).toBe(longName);
  });

  it('imports a folder of 2,000 files; bad ones are listed and never stop the rest', async () => {
    const pdf = await buildCjkPdf(['现场检查笔录']);
    const files: Record<string, Buffer> = {};
    for (let i = 0; i < 2000; i++) {
      // Most are plain text notes (refused: not a dossier format); every 500th is the same PDF.
      files[`大案卷/${String(i).padStart(4, '0')}.${i % 500 === 0 ? 'pdf' : 'txt'}`] =
        i % 500 === 0 ? pdf : Buffer.from(`备注 ${i}`);
    }
    const { task, summary } = await importStaged(files, 'folder');
    expect(task.status).toBe('done');
    expect(task.done).toBe(2000);
    // Identical content is stored once per case: the first PDF imports, the other three are duplicates.
    expect(summary).toMatchObject({ imported: 1, duplicates: 3, failed: 1996 });
    expect(summary.cases[0]!.failed[0]!.reason).toMatch(/0001\.txt/);
  }, 120_000);
});
