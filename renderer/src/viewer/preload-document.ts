import type { DocumentSummary } from '../../../preload/contract/methods/documents';
import { documentUrl } from './document-url';

let pdfLoading: typeof import('./pdf/pdf-loading') | undefined;

/**
 * Called on the click that opens a document, before React renders its viewer: a PDF
 * starts loading at once. Synchronous once pdf.js is loaded, because React mounts the
 * viewer within the same click; the first time, pdf.js's code is fetched first.
 */
export function preloadDocument(doc: DocumentSummary | undefined): void {
  if (doc?.viewer !== 'pdf') return;
  const url = documentUrl(doc.id);
  if (pdfLoading) return pdfLoading.preloadPdf(url);
  void import('./pdf/pdf-loading').then((loaded) => {
    pdfLoading = loaded;
    loaded.preloadPdf(url);
  });
}
