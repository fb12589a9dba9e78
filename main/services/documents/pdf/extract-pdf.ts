import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ExtractedDocument, ExtractedPage } from '../extracted-document';
import { hasVisibleText } from '../normalize-text';
import { DeadlineExceeded, guarded } from './deadline';
import { isPositionedText, joinTextItems } from './join-text-items';
import { pdfOpenError } from './pdf-error';
import {
  DEFAULT_MAX_PAGES,
  DEFAULT_TIMEOUT_MS,
  pdfDocumentParams,
  type PdfExtractOptions,
} from './pdf-options';
import { buildPdfResult, pdfCancelledError, pdfTimeoutError } from './pdf-result';

export type { PdfExtractOptions } from './pdf-options';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfjsModule> | undefined;
/** Loaded lazily: only the legacy build runs on Node 20 (the default build needs DOMMatrix). */
const loadPdfjs = (): Promise<PdfjsModule> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

/** Loads pdf.js ahead of the first import (the hosts call it after start-up), so that import is not seconds slower. */
export const warmUpPdfjs = (): Promise<void> => loadPdfjs().then(() => undefined);

async function extractPages(
  doc: PDFDocumentProxy,
  limit: number,
  deadline: number,
  options: PdfExtractOptions,
): Promise<{ pages: ExtractedPage[]; timedOut: boolean }> {
  const textOf = (index: number) =>
    guarded(
      doc.getPage(index + 1).then(async (page) => {
        const content = await page.getTextContent();
        page.cleanup();
        return content;
      }),
      deadline,
      options.signal,
    );
  const pages: ExtractedPage[] = [];
  // One page ahead: pdf.js inflates content streams asynchronously (DecompressionStream),
  // so the next page's parsing fills the waits of the current one. Order is kept.
  let ahead = limit > 0 ? textOf(0) : null;
  for (let index = 0; index < limit; index++) {
    if (options.signal?.aborted) throw pdfCancelledError(options.fileName);
    const current = ahead!;
    ahead = index + 1 < limit ? textOf(index + 1) : null;
    ahead?.catch(() => undefined); // awaited in the next round; never an unhandled rejection
    try {
      const content = await current;
      const text = joinTextItems(content.items.filter(isPositionedText));
      pages.push({ index, text, hasText: hasVisibleText(text) });
    } catch (error) {
      if (error instanceof DeadlineExceeded) return { pages, timedOut: true };
      if (options.signal?.aborted) throw pdfCancelledError(options.fileName);
      // A broken page (bad flate stream, illegal token) must not lose the good pages.
      pages.push({ index, text: '', hasText: false, error: (error as Error).message ?? String(error) });
    }
    try {
      options.onPage?.(index + 1, limit);
    } catch {
      // Progress reporting must never break extraction.
    }
  }
  return { pages, timedOut: false };
}

/**
 * Extracts per-page text and metadata with pdf.js (legacy build) on the calling
 * thread. Security: see `pdfDocumentParams`; in addition annotations and actions
 * (Launch, URI, JavaScript) are never read or followed and nothing is rendered,
 * so image bombs are never decoded. For a hard time/memory limit use
 * `extractPdfIsolated` (worker thread).
 * @throws AppError E_ENCRYPTED, E_CORRUPT_FILE, E_CANCELLED
 */
export async function extractPdf(data: Uint8Array, options: PdfExtractOptions): Promise<ExtractedDocument> {
  const { getDocument } = await loadPdfjs();
  const deadline = Date.now() + (options.timeoutMs ?? DEFAULT_TIMEOUT_MS);
  // pdf.js may transfer (detach) the buffer it is given; the caller keeps its own.
  const task = getDocument({ data: new Uint8Array(data), ...pdfDocumentParams(options.password) });
  let doc: PDFDocumentProxy;
  try {
    doc = await guarded(task.promise, deadline, options.signal);
  } catch (error) {
    void task.destroy();
    if (options.signal?.aborted) throw pdfCancelledError(options.fileName);
    if (error instanceof DeadlineExceeded) throw pdfTimeoutError(options.fileName);
    throw pdfOpenError(error, options.fileName);
  }

  try {
    const pageCount = doc.numPages;
    const limit = Math.min(pageCount, options.maxPages ?? DEFAULT_MAX_PAGES);
    const meta = await guarded(doc.getMetadata(), deadline, options.signal).catch(() => null);
    const { pages, timedOut } = await extractPages(doc, limit, deadline, options);
    return buildPdfResult({
      pages,
      pageCount,
      limit,
      timedOut,
      info: (meta?.info ?? {}) as Record<string, unknown>,
      xmpTitle: meta?.metadata?.get('dc:title'),
      passwordGiven: options.password !== undefined,
    });
  } finally {
    await doc.destroy().catch(() => undefined);
  }
}
