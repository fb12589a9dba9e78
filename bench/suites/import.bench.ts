import mammoth from 'mammoth';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { caseInputSchema } from '../../preload/contract/methods/cases';
import { BlobStore, importFile } from '../../main/services/documents';
import { indexPendingPages } from '../../main/services/search/page-indexer';
import { pdfDocumentParams } from '../../main/services/documents/pdf/pdf-options';
import { buildCjkPdf } from '../../tests/helpers/build-cjk-pdf';
import { openTestApi } from '../../tests/helpers/open-test-api';
import { buildDocx } from '../../tests/unit/documents/fixtures/build-zip';
import { measure, measurePair, ratio, type BenchSuite } from '../harness';
import { chineseText } from './chinese-text';

/** The bare library calls an import has to make anyway: every page's text (PDF), raw text + HTML (DOCX). */
async function barePdf(bytes: Buffer) {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), ...pdfDocumentParams(undefined) })
    .promise;
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    await page.getTextContent();
    page.cleanup();
  }
  await doc.destroy();
}

async function bareDocx(bytes: Buffer) {
  await mammoth.extractRawText({ buffer: bytes });
  await mammoth.convertToHtml({ buffer: bytes });
}

/**
 * Import = detect + hash + copy to the blob store + extract + classify + one transaction
 * with the document and page rows. The full-text index follows off the import path
 * (background indexer); its cost is reported on its own row so nothing is hidden.
 */
export const importBench: BenchSuite = {
  name: 'Import overhead (dossiers)',
  async run() {
    const api = await openTestApi();
    try {
      const pdf = await buildCjkPdf(Array.from({ length: 300 }, (_, i) => chineseText(500, i)));
      const docx = await buildDocx(
        Array.from({ length: 600 }, (_, i) => ({ text: chineseText(500, i + 1000) })),
      );
      const pdfPath = join(api.dataDir, 'big.pdf');
      const docxPath = join(api.dataDir, 'big.docx');
      writeFileSync(pdfPath, pdf);
      writeFileSync(docxPath, docx);
      const blobs = new BlobStore(join(api.dataDir, 'blobs'));
      const db = api.runtime.db();
      // Each import goes into a fresh case so it is never a duplicate.
      const importInto = async (path: string) => {
        const { record } = await api.services.cases.create(caseInputSchema.parse({ name: 'bench' }));
        const outcome = await importFile({ db, blobs }, { caseId: record.id, path });
        if (outcome.status !== 'imported') throw new Error(`bench import failed: ${JSON.stringify(outcome)}`);
      };
      const { ours: pdfOurs, reference: pdfBare } = await measurePair(
        () => importInto(pdfPath),
        () => barePdf(pdf),
        { iterations: 9, warmup: 1 },
      );
      const { ours: docxOurs, reference: docxBare } = await measurePair(
        () => importInto(docxPath),
        () => bareDocx(docx),
        { iterations: 15, warmup: 3 },
      );
      const options = { iterations: 5, warmup: 1 };
      // Import followed by the background indexing of its pages (bigram split + FTS5 insert).
      await indexPendingPages(db);
      const indexAfter = (path: string) =>
        measure(async () => {
          await importInto(path);
          await indexPendingPages(db);
        }, options);
      const pdfIndex = await indexAfter(pdfPath);
      const docxIndex = await indexAfter(docxPath);
      return [
        {
          name: `import 300-page Chinese PDF (${(pdf.length / 1e6).toFixed(1)} MB)`,
          ours: pdfOurs,
          reference: { name: 'bare pdf.js text of every page', timing: pdfBare },
          target: '≤ 1.2× bare pdf.js',
          met: ratio(pdfOurs, pdfBare) <= 1.2,
        },
        {
          name: `import DOCX with 300k characters (${(docx.length / 1e6).toFixed(1)} MB)`,
          ours: docxOurs,
          reference: { name: 'bare mammoth raw text + HTML', timing: docxBare },
          target: '≤ 1.2× bare mammoth',
          met: ratio(docxOurs, docxBare) <= 1.2,
        },
        {
          name: 'import + background full-text indexing of the same PDF (300 pages)',
          ours: pdfIndex,
          reference: { name: 'import alone', timing: pdfOurs },
        },
        {
          name: 'import + background full-text indexing of the same DOCX',
          ours: docxIndex,
          reference: { name: 'import alone', timing: docxOurs },
        },
      ];
    } finally {
      await api.dispose();
    }
  },
};
