import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument, PDFName } from '@cantoo/pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCaptured } from '../../helpers/run-cli-captured';
import { openTestApi } from '../../helpers/open-test-api';
import { annotationCalls, type TestApi } from './annotation-fixtures';

let api: TestApi;
let caseId = '';
let pdfId = '';
beforeAll(async () => {
  api = await openTestApi();
  const { setup, highlight } = annotationCalls(() => api);
  const made = await setup();
  caseId = made.caseId;
  pdfId = made.pdfDoc.id;
  await highlight(caseId, pdfId);
});
// The CLI opens the same data directory with its own connection (WAL allows both).
afterAll(async () => api.dispose());

const run = (...argv: string[]) => runCliCaptured(api.dataDir, argv);

describe('cli: annotations', () => {
  it('exports W3C JSON, re-imports it idempotently and writes an annotated PDF', async () => {
    const file = join(api.dataDir, 'export.jsonld');
    expect((await run('annotations', 'export', caseId, '--out', file)).code).toBe(0);
    expect(JSON.parse(readFileSync(file, 'utf8')).total).toBe(1);
    const again = await run('annotations', 'import', file, '--json');
    expect(again).toMatchObject({ code: 0 });
    expect(JSON.parse(again.out)).toEqual({ created: 0, updated: 0, unchanged: 1 });

    const pdfPath = join(api.dataDir, 'annotated.pdf');
    const pdf = await run('annotations', 'pdf', pdfId, '--out', pdfPath);
    expect(pdf.code).toBe(0);
    const doc = await PDFDocument.load(readFileSync(pdfPath));
    expect(doc.getPage(0).node.Annots()?.size()).toBeGreaterThan(0);
    expect(doc.getPage(0).node.get(PDFName.of('Annots'))).toBeDefined();
  });

  it('exits 2 on usage errors and on a malformed file', async () => {
    expect((await run('annotations', 'frobnicate', 'x')).code).toBe(2);
    expect((await run('annotations', 'import', '/no/such/file.jsonld')).code).toBe(2);
    const bad = join(api.dataDir, 'bad.jsonld');
    writeFileSync(bad, '{"type":"AnnotationCollection"}');
    const refused = await run('annotations', 'import', bad);
    expect(refused.code).toBe(2);
    expect(refused.err).toContain('批注文件格式不对');
  });
});
