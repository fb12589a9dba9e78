import { getDocument, type PDFDocumentLoadingTask } from 'pdfjs-dist';
import { pdfLoadOptions, pdfWorker } from './pdfjs-assets';

const UNCLAIMED_MS = 10_000;

/** A load started before its viewer mounted (see `preloadPdf`), waiting to be claimed. */
let early: { url: string; task: PDFDocumentLoadingTask } | undefined;
/** The document the mounted viewer shows. */
let lastClaimed: string | undefined;

const load = (url: string, password?: string): PDFDocumentLoadingTask =>
  getDocument({ url, password, withCredentials: true, worker: pdfWorker(), ...pdfLoadOptions() });

/**
 * Starts fetching and parsing a PDF the moment the reviewer clicks it, so that the
 * worker's work overlaps React rendering the viewer instead of following it
 * (bench/suites/pdf-first-page.bench.ts). Only the latest early load is kept: an
 * earlier one nobody claimed is destroyed.
 */
export function preloadPdf(url: string): void {
  // The same document clicked again: its viewer stays mounted and claims nothing.
  if (early?.url === url || url === lastClaimed) return;
  void early?.task.destroy();
  const entry = { url, task: load(url) };
  early = entry;
  // The viewer's first request; pdf.js keeps the page, so the viewer gets it without a round trip.
  entry.task.promise.then((pdf) => pdf.getPage(1)).catch(() => undefined);
  // Nobody claims it if no viewer mounts after all (the reviewer left the page).
  setTimeout(() => {
    if (early !== entry) return;
    early = undefined;
    void entry.task.destroy();
  }, UNCLAIMED_MS);
}

/** The loading task for a viewer: the early one for this URL if there is one, else a new load. */
export function claimPdfLoad(url: string, password?: string): PDFDocumentLoadingTask {
  lastClaimed = url;
  if (password === undefined && early?.url === url) {
    const { task } = early;
    early = undefined;
    return task;
  }
  return load(url, password);
}
