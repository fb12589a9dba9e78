import { GlobalWorkerOptions, PDFWorker } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';

// The worker, cMaps (older Chinese PDFs show no text without them), standard
// fonts and wasm decoders are all served from the app's own origin (copied into
// out/renderer/pdfjs by the Vite config): nothing is fetched from the network.
GlobalWorkerOptions.workerSrc = workerUrl;

let sharedWorker: PDFWorker | undefined;

/**
 * One pdf.js worker for every document the reviewer opens: starting a worker
 * (and parsing its script) for each document costs more than rendering page 1.
 * Destroying a loading task leaves a worker it was given running.
 */
export const pdfWorker = (): PDFWorker => (sharedWorker ??= new PDFWorker());

const assetUrl = (path: string) => new URL(`pdfjs/${path}`, document.baseURI).href;

/** Options shared by every document load in the renderer. */
export const pdfLoadOptions = () => ({
  cMapUrl: assetUrl('cmaps/'),
  cMapPacked: true,
  standardFontDataUrl: assetUrl('standard_fonts/'),
  wasmUrl: assetUrl('wasm/'),
  iccUrl: assetUrl('iccs/'),
  isEvalSupported: false,
  enableXfa: false,
  // Documents are read-only evidence: no form scripting, no JavaScript actions.
  enableScripting: false,
});
