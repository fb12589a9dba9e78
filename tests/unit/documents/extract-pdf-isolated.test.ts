import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AppError } from '../../../preload/contract/app-error';
import { extractPdf } from '../../../main/services/documents/pdf/extract-pdf';
import { extractPdfIsolated } from '../../../main/services/documents/pdf/extract-pdf-isolated';
import { CORPUS_DIR, corpusFile, corpusPresent } from '../../helpers/corpus';
import { buildPdf } from './fixtures/build-pdf';

const settle = (promise: Promise<unknown>) =>
  promise.then(
    (value) => ({ ok: true as const, value }),
    (error: AppError) => ({
      ok: false as const,
      code: error.code,
      reason: (error.details as { reason?: string })?.reason,
    }),
  );

describe('extractPdfIsolated', () => {
  it('extracts the same pages and metadata as extractPdf', async () => {
    const pdf = await buildPdf({
      pages: ['First page', '', 'Third page'],
      title: 'T',
      author: 'A',
      created: new Date('2024-01-02T03:04:05Z'),
    });
    const seen: number[] = [];
    const isolated = await extractPdfIsolated(pdf, { fileName: 'a.pdf', onPage: (done) => seen.push(done) });
    expect(isolated).toEqual(await extractPdf(pdf, { fileName: 'a.pdf' }));
    expect(seen).toEqual([1, 2, 3]);
  });

  it('maps open failures like extractPdf', async () => {
    expect(
      await settle(extractPdfIsolated(Buffer.from('%PDF-1.4 broken'), { fileName: 'x.pdf' })),
    ).toMatchObject({
      ok: false,
      code: 'E_CORRUPT_FILE',
    });
  });

  it('terminates the worker at the time budget (hard guard)', async () => {
    const pdf = await buildPdf({ pages: ['x', 'y'] });
    const result = await settle(extractPdfIsolated(pdf, { fileName: 'slow.pdf', timeoutMs: 1 }));
    // Either nothing was opened yet (timeout error) or only some pages were read (partial result).
    if (result.ok) expect((result.value as { warnings: string[] }).warnings.join()).toContain('超时');
    else expect(result).toMatchObject({ code: 'E_CORRUPT_FILE', reason: 'pdf-timeout' });
  });

  it('reports a worker that runs out of heap as E_TOO_LARGE instead of crashing', async () => {
    const pdf = await buildPdf({ pages: ['x'] });
    const result = await settle(extractPdfIsolated(pdf, { fileName: 'big.pdf', maxHeapMb: 1 }));
    expect(result).toMatchObject({ ok: false, code: 'E_TOO_LARGE', reason: 'pdf-out-of-memory' });
  });

  it('stops on abort', async () => {
    const controller = new AbortController();
    const pending = extractPdfIsolated(await buildPdf({ pages: ['x'] }), {
      fileName: 'a.pdf',
      signal: controller.signal,
    });
    controller.abort();
    expect(await settle(pending)).toMatchObject({ ok: false, code: 'E_CANCELLED' });
  });
});

describe.runIf(corpusPresent)('extractPdfIsolated on the corpus', () => {
  const pdfs = corpusPresent
    ? readdirSync(CORPUS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory() && d.name.startsWith('pdf-'))
        .flatMap((d) => readdirSync(corpusFile(d.name)).map((f) => [d.name, f] as const))
        .filter(([dir]) => dir !== 'pdf-multipage')
    : [];

  it.each(pdfs)(
    '%s/%s gives the same outcome as extractPdf',
    async (dir, file) => {
      const bytes = readFileSync(corpusFile(dir, file));
      const [inline, isolated] = [
        await settle(extractPdf(bytes, { fileName: file })),
        await settle(extractPdfIsolated(bytes, { fileName: file })),
      ];
      expect(isolated).toEqual(inline);
    },
    60_000,
  );
});
