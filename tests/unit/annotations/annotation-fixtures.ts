import { Readable } from 'node:stream';
import type { ArgsOf } from '../../../preload/contract';
import type { ImportSummary } from '../../../preload/contract/methods/imports';
import { openTestApi } from '../../helpers/open-test-api';
import { routerCalls } from '../../helpers/router-calls';
import { buildPdf } from '../documents/fixtures/build-pdf';
import { buildDocx } from '../documents/fixtures/build-zip';

export type TestApi = Awaited<ReturnType<typeof openTestApi>>;

/** Typed router calls: `call` unwraps, `callError` expects a failure. */
export function annotationCalls(api: () => TestApi) {
  const { call, callError } = routerCalls(() => api().router);

  /** Imports files into a case through the real importer (staging → task). */
  const importInto = async (caseId: string, files: Record<string, Buffer>) => {
    const s = api().services;
    const batch = await s.imports.newBatch();
    for (const [path, bytes] of Object.entries(files))
      await s.staging.writeFile(batch, path, Readable.from([bytes]));
    const task = await s.tasks.wait(s.imports.startFromBatch(batch, 'files', caseId).id);
    return task.result as ImportSummary;
  };

  /** A reviewer and a case holding a 2-page PDF (page 2 scanned) and a DOCX. */
  const setup = async () => {
    await call('reviewer.set', { identity: { name: '王评查', unit: '市司法局', role: '评查员' } });
    const { record } = await call('cases.create', {
      record: { name: '张某某占道经营案', actType: '行政处罚', procedure: '普通' },
    });
    const pdf = await buildPdf({ pages: ['Decision of administrative penalty\nFine 2000 yuan', ''] });
    const docx = await buildDocx([{ text: '行政处罚决定书' }, { text: '决定对当事人罚款人民币贰仟元整。' }]);
    await importInto(record.id, { '决定书.pdf': pdf, '告知书.docx': docx });
    const docs = await call('documents.list', { caseId: record.id });
    const pdfDoc = docs.find((d) => d.viewer === 'pdf')!;
    const docxDoc = docs.find((d) => d.viewer === 'docx')!;
    return { caseId: record.id, pdfDoc, docxDoc, pdf, docx };
  };

  const highlight = (caseId: string, documentId: string, extra: Partial<ArgsOf<'annotations.create'>> = {}) =>
    call('annotations.create', {
      caseId,
      documentId,
      kind: 'highlight',
      anchor: {
        type: 'pdf-text',
        pageIndex: 0,
        rects: [{ x: 50, y: 776, w: 120, h: 14 }],
        quote: { exact: 'Fine 2000 yuan', prefix: 'penalty\n', suffix: '' },
      },
      category: '问题',
      body: '罚款金额与裁量基准不符',
      ...extra,
    });

  return { call, callError, importInto, setup, highlight };
}

/** A mono 8 kHz 16-bit WAV of silence: a real audio record for time notes. */
export function silentWav(seconds: number): Buffer {
  const data = Buffer.alloc(8000 * 2 * seconds);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0);
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8);
  header.write('fmt ', 12);
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20);
  header.writeUInt16LE(1, 22);
  header.writeUInt32LE(8000, 24);
  header.writeUInt32LE(16000, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36);
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
}
