import type { EventBus, PDFViewer } from 'pdfjs-dist/web/pdf_viewer.mjs';

/** What an overlay (e.g. annotations) gets from the PDF viewer once pages are initialised. */
export interface PdfLayerHandle {
  viewer: PDFViewer;
  eventBus: EventBus;
  /** The scroll container (holds the `.page` elements). */
  container: HTMLDivElement;
}
