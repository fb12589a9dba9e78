import { extractDocx } from './docx/extract-docx';
import type { ZipLimits } from './docx/zip-inspect';
import type { FileDetection } from './detect/detect-file-type';
import type { ExtractedDocument } from './extracted-document';
import { extractPdf } from './pdf/extract-pdf';
import { extractPdfIsolated } from './pdf/extract-pdf-isolated';
import type { PdfExtractOptions } from './pdf/pdf-options';
import { tiffPageCount } from './tiff-pages';

export interface ExtractionLimits {
  pdfMaxPages?: number;
  pdfTimeoutMs?: number;
  /**
   * `worker` runs pdf.js in a worker thread that is killed at the time budget and
   * whose heap is capped (hard guard, ~0.3-0.8 s start-up per file); `inline`
   * (default) runs it on the calling thread with a cooperative deadline.
   */
  pdfIsolation?: 'inline' | 'worker';
  /** Heap cap of the PDF worker in MB (worker isolation only; default 1024). */
  pdfMaxHeapMb?: number;
  zipLimits?: ZipLimits;
}

const noText = (warnings: string[], pageCount: number): ExtractedDocument => ({
  pages: Array.from({ length: pageCount }, (_, index) => ({ index, text: '', hasText: false })),
  pageCount,
  title: null,
  author: null,
  created: null,
  textStatus: 'none',
  warnings,
});

/** Dispatches to the extractor for the detected content; images and audio/video carry no text. */
export async function extractDocument(
  bytes: Buffer,
  detection: FileDetection,
  options: {
    fileName: string;
    password?: string;
    signal?: AbortSignal;
    onPage?: (done: number, total: number) => void;
    limits?: ExtractionLimits;
  },
): Promise<ExtractedDocument> {
  const limits = options.limits ?? {};
  switch (detection.route) {
    case 'pdf': {
      const extract =
        limits.pdfIsolation === 'worker'
          ? (data: Uint8Array, pdfOptions: PdfExtractOptions) =>
              extractPdfIsolated(data, {
                ...pdfOptions,
                ...(limits.pdfMaxHeapMb ? { maxHeapMb: limits.pdfMaxHeapMb } : {}),
              })
          : extractPdf;
      return extract(bytes, {
        fileName: options.fileName,
        ...(options.password !== undefined ? { password: options.password } : {}),
        ...(options.signal ? { signal: options.signal } : {}),
        ...(options.onPage ? { onPage: options.onPage } : {}),
        ...(limits.pdfMaxPages !== undefined ? { maxPages: limits.pdfMaxPages } : {}),
        ...(limits.pdfTimeoutMs !== undefined ? { timeoutMs: limits.pdfTimeoutMs } : {}),
      });
    }
    case 'docx':
      return extractDocx(bytes, {
        fileName: options.fileName,
        ...(limits.zipLimits ? { zipLimits: limits.zipLimits } : {}),
      });
    case 'image':
      return noText(
        ['图片没有文字层，需要 OCR 才能检索。'],
        detection.kind === 'tiff' ? tiffPageCount(bytes, options.fileName) : 1,
      );
    case 'media':
      return noText([], 0);
    case 'refuse':
      throw new Error(`extractDocument called for a refused file type: ${detection.kind}`);
  }
}
